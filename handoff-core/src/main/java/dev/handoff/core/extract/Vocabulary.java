package dev.handoff.core.extract;

import dev.handoff.core.ledger.GatedPattern;

import java.util.regex.Pattern;

/**
 * Precompiled patterns for the five slots. Every quantifier over free text is bounded and every
 * alternation starts on a distinct token, so a pathological line costs linear time, not a backtracking storm.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** ASCII vocabularies: Unicode case folding would only slow the hot alternations down. */
    private static final int CI = Pattern.CASE_INSENSITIVE;
    /** Patterns with German, French or Spanish words (Ä, É, ...). */
    private static final int CIU = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A version as people write it next to a product: 7.0.1.GA, 4.0.0.v20150220105635, 8.0.0GA, 2016, v9.3.0. */
    static final String VER = "v?\\d{1,4}(?:\\.(?:\\d{1,14}|x{1,8})){0,4}"
            + "(?:[.\\s-]?(?:GA|RC\\d{0,2}|beta\\s?\\d{0,2}|alpha\\d{0,2}|final|snapshot|v\\d{6,14})(?![A-Za-z]))?";

    /** Dotted version (at least two parts). */
    static final String DOTTED = "v?\\d{1,4}(?:\\.\\d{1,14}){1,4}"
            + "(?:[.\\s-]?(?:GA|RC\\d{0,2}|beta\\s?\\d{0,2}|alpha\\d{0,2}|final|snapshot|v\\d{6,14})(?![A-Za-z]))?";

    private static final String MAC_CODENAMES = "el\\s?capitan|high\\s?sierra|sierra|mojave|catalina|big\\s?sur|monterey"
            + "|ventura|sonoma|sequoia|yosemite|mavericks|mountain\\s?lion|snow\\s?leopard";
    private static final String ANDROID_CODENAMES = "lollipop|marshmallow|nougat|oreo|kit\\s?kat|jelly\\s?bean"
            + "|ice\\s?cream\\s?sandwich";

    /**
     * Operating systems with an optional version, build, codename or bitness tail ("Windows 10 22H2 build 19045",
     * "macOS High Sierra 10.13.6", "Android 5.0 Lollipop", "Windows 7 - 64", "iOS5").
     */
    static final Pattern OS = Pattern.compile(
            "(?<![\\w./\\\\@$-])(?:"
                    + "mac\\s?os\\s?x|macosx|mac\\s?os|os\\s?x|osx"
                    + "|i(?:phone\\s)?os|ipados|tvos|watchos"
                    + "|android(?:\\sos)?"
                    + "|mac(?=\\s\\d{1,2}\\.\\d)"
                    + "|windows(?:[\\s_]?nt|\\s+server|\\s+phone|\\s+mobile)?"
                    + "|ubuntu|debian|fedora|centos|rhel|red\\s?hat(?:\\s+enterprise\\s+linux)?|linux\\s?mint|linux"
                    + "|chrome\\s?os|freebsd"
                    // Android as phone makers ship it: the skin's version is what their settings screen shows
                    + "|hyperos|miui|coloros|emui|harmonyos|oxygenos"
                    + "|" + MAC_CODENAMES + "|" + ANDROID_CODENAMES
                    + ")"
                    + "(?:\\s(?:" + MAC_CODENAMES + "))?"
                    + "(?:[ \\t:_(]{0,3}(?:version\\s?|v)?(?:\\d{1,5}(?:\\.(?:\\d{1,6}|x)){0,3}\\+?|xp|vista)(?![\\w]))?"
                    // the edition of a Windows version ("Windows 10 Enterprise 22H2", "Windows Server 2019 Datacenter")
                    + "(?:(?<=windows\\s\\d{1,2}|windows\\s\\d{4}|server\\s\\d{4})\\s(?:pro(?:fessional)?|enterprise|home|education"
                    + "|ltsc|ltsb|standard|datacenter)(?![\\w]))?"
                    + "(?:\\slts(?![\\w]))?"
                    + "(?:\\s(?:\\d\\d[hH]\\d))?"
                    + "(?:,?\\s\\(?build\\s\\d{3,6}(?:\\.\\d{1,5})?\\)?)?"
                    + "(?:\\s(?:" + ANDROID_CODENAMES + "))?"
                    + "(?:\\s?(?:-\\s?)?(?:64|32)(?:[\\s-]?bits?)?(?![\\w.]))?"
                    + "(?![\\w])",
            CI);

    /** Further versions of the same product: "Ti SDK 8.1.0.GA and 8.1.1.GA", "Hyperloop 3.1.4 or 3.1.3". */
    static final Pattern MORE_VERSIONS = Pattern.compile(
            "^[ \\t]{0,2}(?:,|/|&|and|or|und|et|y|ou|o)[ \\t]{0,2}(" + DOTTED + ")(?![\\w]|\\.\\d)", CI);

    /** After a bare brand, words that make it a general remark: "the Titanium platform", "Appcelerator team". */
    static final Pattern BRAND_REMARK = Pattern.compile(
            "^\\s(?:platform|framework|community|team|docs?|documentation|forums?|guides?|website|staff|engineers?|developers?"
                    + "|examples?|company|inc)\\b", CI);

    /** Words that turn an OS name into something else: "iOS SDK", "Android Studio", "android:name". */
    static final Pattern OS_NOT_FOLLOWED = Pattern.compile(
            "^(?:\\s?(?:sdk|ndk|studio|module|modules|build[\\s-]tools|platform[\\s-]tools|developer|api\\s?level|manifest"
                    + "|support|library|app\\b|apps\\b|auto\\b|emulator\\b|version\\s*:|platform\\s+(?:is|of))|:[a-z]|\\.[a-z])",
            CI);

    /**
     * Products that are themselves the answer even without a version (vocabulary of a service desk for mobile
     * developers and office users).
     */
    private static final String STRONG_APPS = "(?:titanium|appcelerator|ti|appc)[\\s-]?(?:mobile\\s)?(?:sdk|studio|cli)"
            + "|appcelerator\\s(?:command[\\s-]line\\sinterface|platform|dashboard|studio)"
            + "|(?:titanium|appcelerator)\\scommand-line\\sinterface(?:,\\scli)?"
            + "|(?:titanium|appcelerator)\\s(?:push|app|project|alloy|mobile\\ssdk)"
            + "|titanium\\smobile|tistudio|tisdk|titanium|appcelerator"
            + "|(?:ios|iphone|android|mac\\s?os\\s?x?|windows)\\s(?:sdk|ndk)"
            + "|android\\s(?:studio|build[\\s-]tools|platform[\\s-]tools)"
            + "|alloy|hyperloop|xcode|genymotion|node(?:\\.js|js)|arrowdb|cocoapods|gradle|eclipse|android\\sndk"
            + "|kitchen\\s?sink(?:-v\\d)?"
            + "|google\\smaps(?:\\sapi)?(?:\\sv\\d)?|google\\splay\\sservices|firebase(?:\\s\\w{3,12})?|crashlytics"
            + "|visual\\sstudio(?:\\scode)?|vs\\scode|intellij(?:\\sidea)?|internet\\sexplorer|microsoft\\sedge"
            + "|outlook|onedrive|sharepoint|skype(?:\\sfor\\sbusiness)?|microsoft\\steams|ms\\steams|excel|powerpoint"
            + "|chrome|firefox|safari|thunderbird|(?:adobe\\s)?acrobat(?:\\sreader)?(?:\\s(?:dc|pro))?|citrix(?:\\s(?:workspace|receiver))?"
            + "|(?:microsoft|office|ms)\\s365(?:\\sapps(?:\\sfor\\s(?:enterprise|business))?)?|m365|microsoft\\soffice|sap\\s?gui(?:\\sfor\\s(?:windows|java))?"
            + "|anyconnect|globalprotect|docker|kubernetes|tomcat|nginx|jenkins|jira|confluence|zoom|slack";
    /** Generic words that only count as a product when a version stands next to them. */
    private static final String WEAK_APPS = "sdk|cli|studio|node|npm|java|jdk|jre|python|php|ruby|office|word|teams"
            + "|edge|dashboard|acs|arrow|module|plugin|app|application|ti|appium|cordova|react\\snative|flutter";

    private static final String APP_VERSION_TAIL = "(?:[ \\t](?:client|clients|agent|app|desktop\\sapp)(?:\\s(?:auf|to|version))?)?"
            + "(?:,?[ \\t]{0,3}(?:version|ver\\.?|build|v\\.?)?[ \\t]{0,3}[:=#]?[ \\t]{0,3})"
            + "(?:" + VER + ")(?![\\w])"
            // the build or patch level after it: "Version 2311 (Build 17029.20068)", "7.70 patch 11"
            + "(?:,?[ \\t]\\(?(?:build|patch(?:\\slevel)?|pl|sp)[ \\t]?\\d[\\d.]{0,19}\\)?(?![\\w]))?";

    /** A strong product, optionally with its version. */
    static final Pattern STRONG_APP = Pattern.compile(
            "(?<![\\w./\\\\@$-])(?:" + STRONG_APPS + ")(?![\\w-])(?:" + APP_VERSION_TAIL + ")?", CI);

    /** A generic product word that needs its version ("Studio 5.1.0", "CLI 7.0.0", "Node v8.9.1", "Outlook 2016"). */
    static final Pattern WEAK_APP = Pattern.compile(
            "(?<![\\w./\\\\@$-])(?:" + WEAK_APPS + ")(?![\\w-])" + APP_VERSION_TAIL, CI);

    /** A named component: "Ti.InAppBilling module", "Bluebird Promise library", "genymotion plugin". */
    static final Pattern NAMED_COMPONENT = Pattern.compile(
            // a sentence's first word is capitalised but names nothing ("Since apm module isn't essential")
            "(?<![\\w.-])((?:(?!(?:since|the|this|that|my|our|your|when|after|before|if|and|but|with|without|for|from|because|so|then)\\s)"
                    + "(?-i:[A-Z])[\\w.-]{1,30}[ \\t])?[A-Za-z][\\w.-]{1,40})[ \\t](?:module|plugin|library|framework)(?![\\w-])", CI);
    static final java.util.Set<String> NOT_A_NAME = java.util.Set.of("the", "a", "an", "this", "that", "these", "those",
            "my", "your", "our", "its", "his", "her", "their", "same", "new", "old", "native", "custom", "any", "some", "every",
            "each", "which", "what", "one", "other", "another", "no", "of", "in", "on", "for", "with", "to", "from", "by",
            "and", "or", "is", "was", "be", "use", "using", "used", "install", "installed", "add", "added", "latest", "third",
            "party", "external", "own", "core", "whole", "entire", "main", "following", "above", "below", "sample", "test",
            "commonjs", "js", "java", "titanium", "ti", "android", "ios", "iphone", "windows", "mobile", "app", "appc");

    /** An npm package pinned to a version in prose: "appcelerator@4.2.2", "appcd@1.1.3". */
    static final Pattern NPM_PACKAGE = Pattern.compile("(?<![\\w./\\\\@-])(?:@[a-z][\\w.-]{0,40}/)?[a-z][\\w.-]{1,40}@v?\\d{1,4}(?:\\.\\d{1,6}){1,3}(?![\\w.])");

    /** "Studio" and "CLI" written as names (capitalised) are the tools in use even without a version. */
    static final Pattern BARE_TOOL = Pattern.compile("(?<![\\w./\\\\@$-])(?:Studio|CLI)(?![\\w-])");

    /** Version before the product: "3.0.0.GA SDK", "4.1.0SDK". */
    static final Pattern VERSION_THEN_SDK = Pattern.compile(
            "(?<![\\w.])" + DOTTED + "\\s?(?:sdk|cli)(?![\\w])", CI);

    /** A bare version that stands apart from its product: "I'm using version 3.1.3", "I use 3.2.2.GA". */
    static final Pattern BARE_VERSION = Pattern.compile(
            "(?:\\bversion\\s(?:is\\s|of\\s\\w{2,20}\\sis\\s)?|\\bversión\\s|\\b(?:node(?:\\.?js)?|sdk|cli|studio|xcode|alloy|java|jdk|npm)\\sis\\s|\\b(?:using|use|running|run|installed|on|with|have)\\s(?:the\\s|version\\s)?)"
                    + "(" + DOTTED + ")(?!\\w|\\.\\w)",
            CI);

    static final Pattern SYSTEM_NOUN = Pattern.compile(
            "\\b(?:system|sistema|système|systeme|betriebssystem|systems|firmware)\\b", CIU);

    /** Titanium-style build tokens are products in themselves: 3.2.2.GA, 4.0.0.Beta2, 3.5.2.v20160311103211. */
    static final Pattern RELEASE_TOKEN = Pattern.compile(
            "(?<![\\w./\\\\-])\\d{1,3}(?:\\.\\d{1,4}){1,3}[.\\s]?(?:GA|RC\\d{0,2}|Beta\\d{0,2}|v\\d{8,14})(?![\\w./\\\\-])",
            CI);

    /** The generation or variant after a business laptop's model number: "Gen 3", "G8", "Carbon Gen 9", "x360". */
    private static final String PC_GENERATION =
            "(?:\\s(?:carbon|yoga|nano|extreme|titanium|x360))?(?:\\s(?:gen\\s?\\d{1,2}|g\\d{1,2}))?";

    /** Words after a phone maker's name that are no model: function words, and the brand used as a platform. */
    private static final String NOT_A_MODEL = "to|and|or|as|on|in|at|for|with|without|is|are|was|were|i|too|only|still|should|would|will"
            + "|can|the|a|an|but|also|not|which|that|it|require\\w*|support\\w*|justify|platforms?|sdks?|ndk|build\\w*|native|path"
            + "|folder|assets?|application\\w*|apps?|installation|install\\w*|fail\\w*|developers?|simulators?|emulators?|model|custom"
            + "|version\\w*|preferences|settings";

    /** Devices named specifically; generic words (phone, laptop, simulator) are deliberately absent. */
    static final Pattern DEVICE = Pattern.compile(
            "(?<![\\w./\\\\@$-])(?:"
                    + "(?:iphone|ipad|ipod)(?:\\s?(?:\\d{1,2}(?:s|c|e)?\\+?|x[rs]?|se|pro|max|plus|mini|air|touch|retina)(?![\\w])){0,3}"
                    + "|nexus[\\s_]?\\d{1,2}[xp]?"
                    + "|pixel(?:\\s?\\d{1,2}a?)?(?:\\s?(?:xl|pro))?"
                    + "|(?:samsung\\s)?galaxy\\s?z\\s?(?:flip|fold)\\s?\\d{0,2}"
                    + "|(?:xiaomi\\s)?(?:redmi|poco)(?:\\snote)?\\s?[a-z]?\\d{1,2}[a-z]?(?:\\s(?:pro\\+?|plus|lite|ultra|max|5g))?"
                    + "|(?:samsung\\s)?galaxy\\s(?:tab\\s|note\\s?)?[a-z]{0,2}\\d{1,3}\\+?(?:\\s?(?:plus|edge|ultra|lite|\\d{1,2}(?:\\.\\d)?(?:\"|-inch|\\sinch)))?"
                    + "|samsung\\s(?:device|phone|tablet|[a-z]{1,2}-?[a-z]?\\d{3,4}\\w{0,4}|[a-z]\\d{2}[a-z]?)"
                    + "|sm-[a-z]\\d{3,4}[a-z]{0,2}"
                    + "|(?:htc|huawei|xiaomi|oneplus|motorola|nokia|sony\\sxperia|xperia|oppo|realme|zte|blackberry)\\s"
                    // the brand as a platform or a word in a sentence ("Blackberry to", "BlackBerry SDK", "Blackberry Simulator"), no model
                    + "(?!(?:" + NOT_A_MODEL + ")(?![\\w+-]))[a-z0-9][\\w+-]{0,15}"
                    + "(?:\\s(?:plus|pro|ultra|lite|compact|mini|max)(?![\\w-]))?"
                    + "|moto\\s?[a-z]\\d?(?:\\splus)?"
                    + "|genymotion\\scustom\\s\\d{1,2}\""
                    + "|(?:(?:dell|hp|lenovo)\\s)?(?:latitude|precision|optiplex|xps|inspiron|vostro|elitebook|probook|zbook|thinkpad|thinkcentre|ideapad|yoga)\\s(?:x360\\s)?[a-z]{0,2}\\d{2,4}\\w{0,3}"
                    + "(?:\\s9\\d{3})?" + PC_GENERATION // "XPS 13 9310", "EliteBook 840 G8", "ThinkPad T14 Gen 3"
                    + "|thinkpad\\s[a-z]{1,2}\\d{1,3}\\w{0,2}" + PC_GENERATION
                    + "|surface\\s(?:pro|laptop|book|go)(?:\\s?\\d)?"
                    + "|macbook(?:\\s?(?:pro|air))?(?:\\s?\\([^)\\n]{1,60}\\))?"
                    + "|imac(?:\\s?pro)?(?:\\s?\\([^)\\n]{1,60}\\))?"
                    + "|mac\\s?mini(?:\\s?\\([^)\\n]{1,60}\\))?"
                    + ")(?![\\w-])",
            CI);

    /** Words after a device name that make it generic or not a device: "iPhone simulator", "iPhone OS", "iPhone SDK". */
    static final Pattern DEVICE_NOT_FOLLOWED = Pattern.compile(
            "^(?:\\s?(?:simulator|sim\\b|emulator|os\\b|sdk|app\\b|apps\\b|platform|version\\s+of|developer|build|target)|\\.[a-z])",
            CI);

    /** Android virtual device names: Nexus_5X_API_28_x86. */
    static final Pattern AVD = Pattern.compile("(?<![\\w./\\\\-])[A-Za-z][A-Za-z0-9]{0,20}(?:_[A-Za-z0-9]{1,12}){0,4}_API_\\d{1,2}(?:_[A-Za-z0-9]{1,12}){0,3}(?![\\w])");

    /** Host names that say what they are: sebastian-MacBook-Pro, jdoe-PC. */
    static final Pattern HOSTNAME = Pattern.compile(
            "(?<![\\w./\\\\@-])[A-Za-z0-9]{1,30}+(?:-[A-Za-z0-9]{1,30}+){0,3}-(?:macbook(?:-pro|-air)?|imac|mbp|pc|laptop|desktop|workstation)(?![\\w-])",
            CI);

    /** A device named after a cue word, in English, German, French and Spanish. */
    static final Pattern CUED_DEVICE = Pattern.compile(
            "\\b(?:hostname|host\\sname|computer\\sname|machine\\sname|device\\sname|device|asset(?:\\stag)?|serial(?:\\snumber|\\sno\\.?)?"
                    + "|service\\stag|workstation|gerätename|gerät|rechnername|appareil|poste|ordinateur|equipo|dispositivo)"
                    + "(?:\\s(?:is|ist|est|es))?\\s?[:=#]\\s?"
                    + "((?=[A-Za-z_-]{0,30}\\d)[A-Za-z0-9][A-Za-z0-9_-]{2,30})(?![\\w.(])", CIU);

    /** Asset-tag shaped words (WS-0142); the scanner only tries them on a line that speaks about a machine. */
    static final Pattern ASSET_TAG = Pattern.compile("(?<![\\w./\\\\-])[A-Z]{2,5}-\\d{3,6}(?![\\w-])");

    /**
     * A machine cue right before an asset-tag shaped word ("Inventarnummer WS-0871", "laptop LAP-20931"); elsewhere on a
     * line that mentions a device such a word is mostly an issue key ("Due to ALOY-760 and TIMOB-14884").
     */
    static final Pattern CUE_BEFORE_TAG = Pattern.compile(
            "\\b(?:host\\s?name|computer|machine|laptop|desktop|pc|workstation|asset|serial|service\\stag|inventar\\w*|rechner\\w*"
                    + "|gerät\\w*|appareil|poste|ordinateur|equipo|dispositivo|device)"
                    + "(?:[\\s:#=(]{1,3}(?:is|ist|est|es|tag|number|nummer|no\\.?|id|name|nr\\.?))?[\\s:#=(]{1,3}$", CIU);

    // ---- last change ----

    private static final String CHANGE_STEM = "(?:updat|upgrad|install|re-?install|uninstall|downgrad|migrat|switch|chang"
            + "|modif|apply|appli|patch|restart|reboot|reset|replac|edit|revert|releas|mov|enabl|disabl)\\w{0,6}";
    private static final String CHANGE_PARTICIPLE = "(?:updated|upgraded|installed|re-?installed|uninstalled|downgraded|migrated"
            + "|switched|changed|modified|applied|patched|restarted|rebooted|reset|replaced|edited|reverted|released|moved"
            + "|enabled|disabled|pushed|rolled\\sout)";

    /** "after updating to Xcode 9.3", "since the update to iOS 7", "since KB5034441 was installed". */
    static final Pattern CHANGE_AFTER = Pattern.compile(
            "\\b(?:after|since|following)\\s(?:(?:the|my|our|a|an|this|that|i|we|last|latest|recent|recently|new|today's|yesterday's|having|just"
                    + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day's|(?:week|weekend|night|morning|month)'s)\\s){0,3}"
                    // what was changed, named before the change: "the KB5034441 update", "the Windows 11 24H2 upgrade", "Monday's password change"
                    + "(?:(?:kb\\d{6,8}|(?-i:[A-Z])[\\w.+-]{1,24}|\\d[\\w.]{0,15}|password|vpn|driver|firmware|bios|certificate|policy|profile"
                    + "|security|antivirus|mfa|network|wi-?fi|proxy|dns|printer|account|system|windows|office|app|client)\\s){0,3}"
                    + CHANGE_STEM + "(?![\\w])"
                    // someone else's change, or new hardware: "since IT pushed the new VPN profile", "after we got a new dock"
                    + "|\\b(?:after|since)\\s(?:it|the\\sadmins?|support|the\\sservice\\sdesk|the\\shelp\\s?desk|someone|they|we|i)"
                    + "\\s(?:just\\s|recently\\s)?(?:" + CHANGE_PARTICIPLE + "|deployed|reimaged|re-?enrolled"
                    + "|(?:got|received|were\\sgiven|was\\sgiven)\\s(?:a|the|my|our)\\s(?:new|replacement))\\b"
                    + "|\\b(?:after|since)\\s(?:[^.;!?\\n]|\\.(?=\\d)){1,40}?\\s(?:was|were|has\\sbeen|have\\sbeen|got)\\s(?:just\\s|recently\\s)?" + CHANGE_PARTICIPLE + "\\b",
            CI);

    /** "I upgraded our SDK to 5.2.0", "we have just updated Studio". */
    static final Pattern CHANGE_SELF = Pattern.compile(
            "\\b(?:upgrad|updat|downgrad|migrat|switch)ing\\s(?:from|to|my|our)\\b|"
                    + 
            "\\b(?:i|we)(?:'ve|'d|\\shave|\\shad)?\\s(?:just\\s|recently\\s|now\\s|then\\s|also\\s|finally\\s|today\\s|yesterday\\s){0,2}"
                    + CHANGE_PARTICIPLE + "\\b"
                    + "|\\b(?:i|we)(?:'ve|\\shave)?\\s(?:managed|needed|had|decided|tried|try|wanted)\\sto\\s" + CHANGE_STEM + "\\b"
                    + "|\\b(?:managed|needed|had)\\sto\\s" + CHANGE_STEM + "\\b"
                    + "|\\b(?:i|we)\\s(?:revert|upgrade|update|downgrade|reinstall|migrate)\\b"
                    + "|\\b(?:just|recently)\\s" + CHANGE_PARTICIPLE + "\\b"
                    + "|\\b(?:the\\s)?(?:latest|recent|last)\\s(?:update|upgrade)\\sof\\b",
            CI);

    /** The same cues in German, French and Spanish. */
    static final Pattern CHANGE_FOREIGN = Pattern.compile(
            "\\b(?:nach|seit)\\s(?:(?:dem|der|einem|einer|den)\\s)?(?:letzten\\s|neuen\\s)?"
                    + "(?:update|upgrade|aktualisierung|installation|neuinstallation|umstellung|wechsel|änderung|neustart|patch|migration"
                    + "|aktivierung|deaktivierung|zurücksetzen|einrichtung)\\w{0,3}(?![\\w-])"
                    + "|\\bich\\shabe\\s[^.;!?\\n]{0,40}?(?:aktualisiert|installiert|geändert|neu\\sgestartet|umgestellt)"
                    + "|(?:\\bdepuis|\\baprès)\\s(?:la\\s|le\\s|l'|une\\s|un\\s|les\\s|ma\\s|mon\\s)(?:dernière\\s|nouvelle\\s)?"
                    + "(?:mise\\sà\\sjour|mise\\sa\\sjour|installation|réinstallation|mise\\sà\\sniveau|migration|changement|modification|redémarrage|màj|maj)"
                    + "|\\bj'ai\\s(?:mis\\sà\\sjour|installé|réinstallé|changé|modifié|redémarré)"
                    + "|\\b(?:desde|después\\sde|despues\\sde|tras)\\s(?:la|el|una|un|mi)\\s(?:última\\s|nueva\\s)?"
                    + "(?:actualización|actualizacion|instalación|instalacion|reinstalación|migración|cambio|reinicio|modificación)"
                    + "|\\b(?:he|hemos)\\s(?:actualizado|instalado|reinstalado|cambiado|modificado|reiniciado)", CIU);

    /** A sentence that reports the fix, not the onset of the problem. */
    static final Pattern FIX_SENTENCE = Pattern.compile(
            "\\b(?:fixed|solved|resolved|did\\sthe\\strick|works\\snow|working\\snow|now\\sworks|it\\sworked|that\\shelped"
                    + "|problem\\sis\\sgone|issue\\sis\\sgone|behoben|gelöst|funktioniert\\sjetzt|résolu|corrigé|solucionado|resuelto)\\b", CIU);

    /**
     * Idioms built on a change verb that change nothing in the environment: "I switched gears and went for the
     * ID-driven solution", "I changed my mind, this isn't a duplicate".
     */
    static final Pattern CHANGE_IDIOM = Pattern.compile(
            "\\b(?:switch|chang|shift)(?:ed|es|ing|e)?\\s+(?:gears?|(?:my|our|his|her|their)\\s+minds?|the\\s+subject|tack|course)\\b", CI);

    /**
     * Switching or changing something on screen or in the test code is a step to reproduce, not a change to the
     * environment: "After switching to the 2nd tab", "Switching to XML view", "After Orientation Change", "We changed
     * tintColor to white", "I changed Ti.UI.iOS.createNavigationWindow to ...".
     */
    static final Pattern UI_STEP = Pattern.compile(
            "\\b(?:switch|chang)\\w*\\b[^\\n]{0,60}?\\b(?:tabs?|\\w*views?|window|screens?|pages?|activit(?:y|ies)|labels?|rows?|buttons?"
                    + "|fields?|zoom|orientation|\\w*colou?r|scroll\\w*)\\b"
                    + "|\\borientation\\schange", CI);

    /** A change that did not alter anything ("I reinstalled, same error"). */
    static final Pattern NO_EFFECT = Pattern.compile(
            "\\b(?:same\\s(?:error|issue|problem|result|thing)|still|didn'?t\\s+(?:help|fix|solve|change)|did\\s+not\\s+(?:help|fix|solve|change)"
                    + "|no\\sluck|nothing\\schanged|without\\ssuccess)\\b",
            CI);

    // ---- error strings ----

    /** "[ERROR] : msg", "[ERROR] [tag] msg", logcat "E/TiExceptionHandler( 123): msg". */
    static final Pattern LOG_ERROR = Pattern.compile(
            "^[ \\t]{0,8}(?:\\[?(?:ERROR|ERR|FATAL|SEVERE)\\][ \\t]{0,4}:?[ \\t]{0,4}(?:\\[[^\\]\\n]{0,40}\\][ \\t]{0,4})?:?"
                    + "|E/[\\w.]{1,40}[ \\t]{0,3}\\([ \\t]{0,6}\\d{1,7}\\):"
                    // the Appcelerator CLI's own log: "2015-11-26T10:24:56.682Z | ERROR  | Error: ti run exited with error code 1"
                    + "|(?:\\d{4}-\\d\\d-\\d\\dT[\\d:.]{8,15}Z[ \\t]{1,3}\\|[ \\t]{1,3})?(?:ERROR|FATAL)[ \\t]{1,4}\\|)"
                    + "[ \\t]{0,8}(\\S[^\\n]{0,300})");

    /**
     * A log message that is really a stack frame, a crash-report frame (its library name padded to a column: "5   UIKit"
     * and 31 blanks before "0x00904ba3"; "17  HIP Mobile ... 0x000b0a28"), a backtrace of bare addresses, a file and line alone ("(/usr/local/.../parse.js:664:9)"), a banner, one field
     * of a dumped object or a tally.
     */
    static final Pattern NOT_A_MESSAGE = Pattern.compile(
            "[\\x00-\\x20]{0,12}(?:at\\s|\\.\\.\\.|\\*\\*|[\\w.$]{1,40}:\\s{1,8}(?:at\\s|\\.\\.\\.)|\\d{1,3}\\s{1,8}[\\w.+?-]{1,60}(?:\\s[\\w.+?-]{1,30}){0,3}\\s{1,60}0x|\\(?0x\\p{XDigit}{4,16}\\s0x|\\w{1,20}\\s?=\\s?"
                    + "|\\(\\d{1,4}\\sfailures?\\)|\\(?(?:/|[A-Za-z]:\\\\)[^\\s()]{2,300}\\)?[ \\t]*$)");

    /**
     * A log level or a logcat thread tag left before a message that was found by its quotes or its intro
     * ("[ERROR] No releases found!", "(main) [55786,86040] ----- Titanium Javascript Runtime Error"): not the message.
     */
    static final Pattern LOG_TAG_PREFIX = Pattern.compile(
            "[\"'\\[(]{0,2}(?:(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|SEVERE)\\][ \\t]{0,4}:?|\\w{1,20}\\)[ \\t]{1,4}\\[\\d{1,7},\\d{1,7}\\])"
                    + "[ \\t]{0,8}(?:-{1,6}[ \\t]{1,4})?");

    /** The message field of an error object dumped line by line into the log: {@code message = "...";}. */
    static final Pattern DUMPED_MESSAGE = Pattern.compile("[\\x00-\\x20]{0,12}message[ \\t]{0,2}=[ \\t]{0,2}\"([^\"\\n]{3,300})\"");

    /** A timestamp and process tag before a logged message, with the tool's own "error:" label. */
    static final Pattern STAMPED_PREFIX = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,6})?Z?[ \\t]{1,4}(?:[\\w.-]{1,40}\\[[\\w:]{1,20}\\][ \\t]{1,4})?(?:error:[ \\t]{0,4})?",
            Pattern.CASE_INSENSITIVE);

    /** Exception class with its message: java.lang.NullPointerException: ..., TypeError: Bad argument. */
    static final Pattern EXCEPTION = Pattern.compile(
            "(?<![\\w.$])((?:[a-z][\\w$]{0,30}\\.){1,8}[A-Z][\\w$]{0,60}(?:Exception|Error)|[A-Z][A-Za-z]{1,40}(?:Exception|Error)|SystemExit)(?![\\w$])"
                    + "(?:(?::|,\\s?reason:)[ \\t]{0,3}(\\S[^\\n]{0,200}))?");

    /** "Error: spawn EACCES", "clang: error: linker command failed". */
    static final Pattern ERROR_COLON = Pattern.compile(
            "(?<![\\w])(?:error|fatal\\serror|fatal|fehler|fehlermeldung|erreur|message\\sd'erreur|mensaje\\sde\\serror)[ \\t]{0,3}:[ \\t]{0,3}"
                    + "([^\\s\\[\\]{}][^\\n]{2,250})", CIU);

    /** A message introduced by "says", "reads", "error is": the rest of the clause. */
    static final Pattern SAYS = Pattern.compile(
            "\\b(?:says|saying|reads|error\\s(?:message\\s)?(?:is|was)[ \\t]{0,2}:|message\\s(?:is|was)[ \\t]{0,2}:|lautet|indique(?=[ \\t]{0,3}[:\"“«])|dice(?:\\sque\\b)?)[ \\t]{0,3}:?[ \\t]{0,3}"
                    // "Fazlul says it works fine", "it says it will use the latest": a paraphrase, not the message
                    + "[\"“']?(?!(?-i:(?:it|he|she|they|we|you|that|this|there|I)\\b))([A-Za-z](?:[^\\n\"”.!?]|[.!?](?=[^\\s\"”])){5,250})", CIU);

    /** The word "error" alone ("Ti.API.error(\"ERROR \" + e.error)") names no message. */
    static final Pattern BARE_ERROR_WORD = Pattern.compile(
            "\\W*(?:errors?|fehler|erreur|exception|failed|failure|fatal)\\W*", CIU);

    /** Just before "saying": a person speaks ("what you are saying, I need to ..."), not a message. */
    static final Pattern PERSON_BEFORE_SAYS = Pattern.compile(
            "\\b(?:you|i|we|they|he|she)(?:'re|'m|\\s(?:are|am|were|was|is))?\\s$", CI);

    /**
     * A quoted message near an error cue. Between them no new clause may start: after "when", "if" or a subject the
     * quote names what was done or meant ("the error appears when I do \"Check for updates\"", "what you are saying
     * I need to uninstall \"Appcelerator Studio\""), unless its subject sees the message ("the error I get is \"...\"").
     */
    static final Pattern QUOTED_NEAR_CUE = Pattern.compile(
            "(?:error|message|alert|says|saying|reads|popup|dialog|warning|displays|shows|phrase|notification|fehlermeldung|meldung|zeigt|angezeigt"
                    + "|benachrichtigung|erreur|affiche|mensaje|notificación|muestra|aviso)"
                    + "(?:(?!\\b(?:when|whenever|if|after|before|while|once|wenn|beim|quand|lorsque|si|cuando|al)\\b"
                    + "|\\b(?:i|you|we|they|ich|je|yo)\\b(?!'m\\s|\\s(?:get|got|see|saw|receive|received|am|are|keep|kept)\\b))"
                    + "[^\"“„«\\n]){0,40}"
                    + "[\"“„«]\\s{0,2}([^\"”“»\\n]{6,300}?)\\s{0,2}[\"”“»]", CIU);

    /** "the following error:" at a line end: the next line holds the message. */
    static final Pattern ERROR_INTRO = Pattern.compile(
            "(?:error|message|exception|alert|popup|dialog|fehlermeldung|meldung|erreur|mensaje\\sde\\serror)s?[^\\n]{0,20}:[ \\t]*$", CIU);

    /**
     * A line that is only a label for the message below it, as a heading or a form field without a colon:
     * "h3. Error message" (the heading marker is gone by now), "*Fehlermeldung*", "Message d'erreur".
     */
    static final Pattern ERROR_HEADING = Pattern.compile(
            "[#*_\\s]{0,6}(?:(?:exact|full|complete)\\s)?(?:(?:error|fehler|erreur)(?:\\s?(?:message|meldung|code|text|details?))?"
                    + "|fehlermeldung|message\\sd['\u2019]erreur|mensaje\\sde\\serror|c\u00f3digo\\sde\\serror)(?:\\s\\(exact\\))?[*_\\s]{0,3}", CIU);

    /** Codes: HTTP status, HRESULT, Windows event id, errno, NSError domain, exit code. */
    static final Pattern ERROR_CODE = Pattern.compile(
            "\\bHTTP(?:/\\d\\.\\d)?[ \\t]{0,2}(?:status[ \\t]{0,2}(?:code)?[ \\t]{0,2})?:?[ \\t]{0,2}[1-5]\\d\\d\\b(?:[ \\t][A-Z][a-z]{1,12}(?:[ \\t][A-Z][a-z]{1,12}){0,2})?"
                    + "|\\b(?:status|response)[ \\t]code[ \\t]{0,2}:?[ \\t]{0,2}[45]\\d\\d\\b"
                    + "|\\b[45]\\d\\d[ \\t](?:Internal[ \\t]Server[ \\t]Error|Not[ \\t]Found|Forbidden|Bad[ \\t]Request|Unauthorized|Service[ \\t]Unavailable|Bad[ \\t]Gateway|Gateway[ \\t]Timeout)"
                    + "|\\b0x[8Cc]0[0-9A-Fa-f]{6}\\b"
                    // a Win32 or stop code after its cue: "error 0x00000709", "Stop code 0x0000007E"
                    + "|\\b(?i:error|code|fehler|erreur)[ \\t](?i:code[ \\t])?0x[0-9A-Fa-f]{8}\\b"
                    + "|\\bEvent[ \\t]?ID[ \\t]{0,2}:?[ \\t]{0,2}\\d{1,5}\\b"
                    + "|\\bError[ \\t]Domain=[\\w.]{1,60}[ \\t]Code=-?\\d{1,8}"
                    + "|\\b(?:error|exit)[ \\t]code[ \\t]{0,2}:?[ \\t]{0,2}-?\\d{1,6}\\b"
                    + "|\\b(?:EACCES|EPERM|ENOENT|EEXIST|EISDIR|ENOTDIR|EMFILE|ETIMEDOUT|EPIPE|EAI_AGAIN|ELIFECYCLE|ERESOLVE|EINTEGRITY"
                    + "|ENOTFOUND|ECONNREFUSED|ECONNRESET|EADDRINUSE|EBADPLATFORM|EBADENGINE|ENOSPC|ENOTEMPTY)\\b");

    /** Well-known crash and build failure phrasings. */
    static final Pattern ERROR_PHRASE = Pattern.compile(
            "\\bUnfortunately,[ \\t][^\\n.]{1,60}has[ \\t]stopped"
                    + "|\\bFATAL[ \\t]EXCEPTION[^\\n]{0,80}"
                    + "|\\bAssertion[ \\t]failure[ \\t]in[ \\t][^\\n]{3,150}"
                    + "|\\bUndefined[ \\t]symbols[ \\t]for[ \\t]architecture[ \\t]\\w{1,20}"
                    + "|\\bCrashed:[ \\t][^\\n]{3,80}"
                    + "|\\bProject[ \\t]failed[ \\t]to[ \\t]build"
                    + "|\\bApplication[ \\t]Installer[ \\t]abnormal[ \\t]process[ \\t]termination[^\\n]{0,60}");

    /** "Failed to ...", "Unable to ..." messages, taken only from log or code lines. */
    static final Pattern LOG_FAILURE = Pattern.compile("\\b(?:Failed|Unable|Cannot|Could[ \\t]not|Couldn't)[ \\t]to?[ \\t]?[^\\n]{3,200}");

    /** Where a message turns into variable detail: a quoted Windows or Unix path. */
    static final Pattern MESSAGE_DETAIL = Pattern.compile("[ \\t]['\"]?(?:[A-Za-z]:\\\\|/[\\w.~-])");

    /** A prose line that is itself a failure message ("Failed to install alloy. Please see the Studio log"). */
    static final Pattern FAILURE_LINE = Pattern.compile("^[ \\t]{0,8}(?:Failed|Unable|Cannot|Could[ \\t]not|Couldn't)[ \\t]to?[ \\t]?\\S[^\\n]{3,150}$");

    // ---- versions discussed rather than used ----

    /** Just after a version, in the same clause: "... 7.0.3 works fine" (but not "8.2.0GA but it solved when ..."). */
    static final Pattern WORKS_AFTER = Pattern.compile(
            "^(?:(?!\\bbut\\b)[^.;!?\\n(]){0,25}?\\b(?:works?|worked|is\\sworking|was\\sworking|runs\\sfine|is\\sfine|fixed|solves|solved"
                    + "|or\\s(?:newer|later|higher|above|greater))\\b", CI);
    /** The clause goes on to say the problem is not there: "running ios 7.0.4 and do NOT have the issue". */
    static final Pattern NO_ISSUE_AFTER = Pattern.compile(
            "^(?:(?!\\bbut\\b)[^.;!?\\n(]){0,25}?\\b(?:(?:do|does|did)\\s(?:not|never)|don't|doesn't|didn't|never)\\s(?:have|get|see|had|got|saw)"
                    + "\\s(?:the|this|that|any|such)\\s(?:issue|problem|bug|error|crash)", CI);
    static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|no|n't|never|stopped|no\\slonger|nicht|pas|ne)\\b|n't", CIU);

    /** A comment from someone else that reports the same problem makes its author an affected party. */
    /** Tried only where one of its phrases can start: it runs over every comment of other people. */
    static final GatedPattern SAME_PROBLEM = new GatedPattern(
            "(?iu)\\b(?:same\\s(?:issue|problem|error|bug|thing|behaviou?r|crash)|also\\s(?:have|having|see|seeing|get|getting|experienc\\w{1,4})"
                    + "|me\\stoo|i\\shave\\sthis|happening\\sto\\sme"
                    + "|gleiche[sn]?\\sproblem|même\\sproblème|mismo\\sproblema)\\b",
            "same ,also ,me too,i have this,happening to me,gleiche,même problème,mismo problema", "", false);

    // ---- tickets that describe no environment ----

    /** A toll-free or support phone number in the summary: spam that names devices and error codes as bait. */
    static final Pattern SPAM_SUMMARY = Pattern.compile(
            "(?<![\\w.])(?:\\+?\\d{1,3}[\\s*-]{1,2})?\\(?\\d{2,4}\\)?[\\s.*-]{1,2}\\d{3}[\\s.*-]{1,2}\\d{3,4}(?![\\w.])"
                    + "|\\b1?8[0-9]{2}[.-]?\\d{3}[.-]?\\d{4}\\b"
                    + "|\\b(?:customer\\s(?:service|care|support)|tech(?:nical)?\\ssupport)\\s(?:phone\\s|telephone\\s)?number\\b"
                    + "|\\btoll[\\s-]free\\b|\\bhelpline\\b", CI);

    /** "test", "Test Ticket for Studio", "Please delete this": placeholder tickets. */
    static final Pattern PLACEHOLDER_SUMMARY = Pattern.compile(
            "^\\W{0,3}(?:test(?:ing)?(?:\\s(?:ticket|issue|submission)s?)?\\b.{0,40}|.{0,40}\\bplease\\sdelete\\b.{0,60}"
                    + "|bitte\\slöschen.{0,60}|merci\\sde\\ssupprimer.{0,60}|por\\sfavor\\sborrar.{0,60})$", CIU);

    // ---- line classification ----

    static final Pattern LOG_LINE = Pattern.compile(
            "^[ \\t>]{0,8}(?:[\\u2514\\u251C\\u2502\\u252C\\u2500`|]|\\[?(?:INFO|DEBUG|TRACE|WARN|WARNING|ERROR|ERR|LOG|FATAL|SEVERE|V|D|I|W|E)\\]"
                    + "|\\d{1,2}:\\d{2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}[ T]\\d|[VDIWEF]/[\\w.]{1,40}[ \\t]{0,3}\\("
                    + "|at[ \\t][\\w$.<>]{1,200}\\(|Caused[ \\t]by:|\\d{1,3}[ \\t]{1,6}[\\w.-]{1,60}[ \\t]{1,30}0x[0-9a-f]{6,16}"
                    + "|npm[ \\t](?:ERR!|WARN|notice|info|http|verb|install|uninstall|update|i)\\b|sudo[ \\t]|\\$[ \\t]|>[ \\t]|#[ \\t]?\\d"
                    + "|!(?:ENTRY|MESSAGE|STACK|SESSION|SUBENTRY)\\b)",
            CI);

    /** The first line of an Eclipse/Studio log entry: "!MESSAGE (Build 3.2.3.201404181442) [ERROR] ...". */
    static final Pattern STUDIO_BUILD = Pattern.compile("!MESSAGE[ \\t]\\((Build[ \\t]\\d{1,2}(?:\\.\\d{1,12}){2,3})\\)");

    /** An NSError's domain and code: "Error Domain=NSPOSIXErrorDomain Code=2". */
    static final Pattern NS_ERROR = Pattern.compile("Error[ \\t]Domain=[\\w.]{1,60}[ \\t]Code=-?\\d{1,8}");

    /**
     * Source code, markup and JSON: the normaliser removes {code} fences, so code is recognised by its shape
     * (statement ends, braces, tags, assignments, calls).
     */
    static final Pattern CODE_LINE = Pattern.compile(
            "^[ \\t]{0,40}(?:(?:var|let|const|function|import|return|if|for|while|else|public|private|static|class|def|#import|#include|@property)\\b"
                    + "|<[/?!]?[A-Za-z][\\w:.-]{0,40}[\\s/>]|//|/\\*|[{}\\[\\]]|\"[\\w.-]{1,60}\"[ \\t]{0,4}:"
                    + "|[\\w.$\\[\\]'\"]{1,80}[ \\t]{0,4}[+\\-*/]?=[^=]"
                    // an indented object property ("    message: 'Click confirm',") or a call on an object ("dialog.setMessage(")
                    + "|(?<=[ \\t])[\\w$]{1,40}[ \\t]{0,2}:[ \\t]{0,4}(?:['\"\\[{]|true\\b|false\\b|null\\b|function\\b)"
                    + "|[\\w$]{1,40}(?:\\.[\\w$]{1,40}){1,6}\\([^\\n]{0,200}\\)[ \\t]{0,4}[;,]?$)");

    static final Pattern STACK_FRAME = Pattern.compile("^[ \\t]{0,12}(?:at[ \\t][\\w$.<>]{1,200}\\(|\\.\\.\\.[ \\t]\\d{1,5}[ \\t]more)");

    /**
     * "Key = value" / "Key: value" lines of pasted environment reports (ti info, appc info, system info). Keys may
     * hold accented letters ("Gerätename", "Versión de Android"); a hyphen before "Version" joins a German compound
     * key ("Android-Version = 6.0.1", "CWA-Version = 1.3.1") instead of separating it.
     */
    static final Pattern KEY_VALUE = Pattern.compile(
            "^[ \\t*>|-]{0,12}(?:\\[?(?:INFO|DEBUG|TRACE|LOG)\\]?[ \\t]{0,6}[|:]?[ \\t]{0,6})?[*_]{0,2}"
                    + "([\\p{L}#][\\p{L}0-9 .#/()_'-]{0,40}?)[*_]{0,2}[ \\t]{0,40}(?:=|:|\\||-(?![Vv]ersion\\b))[*_]{0,2}[ \\t]{0,40}(\\S[^\\n]{0,120}?)[ \\t]*$");

    /** A pasted user agent: its first product ("Tchap/2.8.0 (realme RMX3241; Android 13)"), or a browser's. */
    static final Pattern USER_AGENT = Pattern.compile(
            "[ \\t*>-]{0,6}user[ -]?agent[*_]{0,2}[ \\t]{0,3}[:=][*_]{0,2}[ \\t]{0,3}[\"']?([a-z][\\w.-]{0,30}/\\d[\\w.]{0,30})", CI);

    /** Browsers in a "Mozilla/5.0 (...)" user agent, most specific first: Edge and Opera also name Chrome and Safari. */
    static final Pattern BROWSER = Pattern.compile("(?<![\\w/])(?:Edg|EdgA|EdgiOS|OPR|Firefox|FxiOS|CriOS|Chrome|Version)/\\d[\\w.]{0,30}");

    /** A form label alone on its line, its value below: "### Device Model", "*OS Version:*", "Betriebssystem". */
    static final Pattern LABEL_LINE = Pattern.compile(
            "[ \\t]{0,3}(?:#{1,6}[ \\t]{1,3})?[*_]{0,2}(\\p{L}[\\p{L}0-9 .()'-]{0,30}?)[*_]{0,2}[ \\t]{0,3}:?[*_]{0,2}");

    /** A report value that is a version: "8.3.0", "v9.3.0", "5.0.2 GA", "4.0.0 (4.0.0.201504272049)", "(v6.3.0.GA)". */
    static final Pattern VERSION_VALUE = Pattern.compile("^\\(?v?\\d{1,4}(?:\\.[\\dx]{1,14}){1,4}", CI);

    /** A major version as the whole report value: "11" under "### Android version", "v17". */
    static final Pattern MAJOR_VERSION_VALUE = Pattern.compile("v?\\d{1,2}", CI);

    /** Report sections that list what is installed or available ("iOS Simulators", "Android Platforms", "Titanium SDKs"). */
    static final Pattern LISTING_SECTION = Pattern.compile(
            "(?:simulators|emulators|platforms|add-ons|devices|sdks|modules|certificates|profiles|keychains|avds|targets|browsers)[ \\t]*:?$");

    /** Report keys that name a product. */
    static final Pattern PRODUCT_KEY = Pattern.compile(
            "version|build|sdk|cli|studio|module|plugin|xcode|node|alloy|titanium|appc|java|jdk|gradle|genymotion|hyperloop"
                    + "|outlook|office|chrome|firefox|safari|edge|teams", CI);

    /** A module's version given per platform: "module versions: iOS 1.2.2", "Module version : Android 2.2.0". */
    static final Pattern MODULE_KEY = Pattern.compile("^modules?\\sversions?$", CI);
    static final Pattern PLATFORM_THEN_VERSION = Pattern.compile("(?:ios|iphone|android)[ \\t:]{1,3}(v?\\d{1,3}(?:\\.\\d{1,4}){1,3})(?![\\w.])", CI);

    /** Report keys that name the operating system rather than an application. */
    static final Pattern OS_KEY = Pattern.compile(
            "^(?:os|os[\\s-]version|(?:host\\s)?operating\\ssystem(?:\\sversion)?|platform(?:\\sos)?\\sversion|mac\\s?os\\s?x?(?:[\\s-]version)?|os\\s?x(?:[\\s-]version)?"
                    + "|macos(?:[\\s-]version)?|windows(?:[\\s-]version)?|ios(?:[\\s-]version)?|android(?:[\\s-]version)?|ubuntu|linux(?:[\\s-]version)?"
                    + "|betriebssystem(?:[\\s-]version)?|(?:version\\sdu\\s)?système(?:\\sd'exploitation)?|sistema(?:\\soperativo)?"
                    + "|versi[oó]n\\sde\\s(?:android|ios)|versi[oó]n\\sdel\\ssistema(?:\\soperativo)?)$", CIU);

    /** Report keys that name the machine. */
    static final Pattern DEVICE_KEY = Pattern.compile(
            "^(?:device|device\\smodel|model|hardware|computer|machine|hostname|host\\sname|computer\\sname|asset\\stag"
                    + "|serial\\snumber|gerät|gerätename|gerätemodell|modell|handy|smartphone|telefon|rechner|appareil|modèle|téléphone|ordinateur"
                    + "|equipo|dispositivo|modelo|móvil|teléfono|celular|emulator|simulator)$", CIU);

    /** A host name, asset tag or model number as a report value: one token with a digit. */
    static final Pattern NAMED_MACHINE = Pattern.compile("(?=[A-Za-z_-]{0,40}\\d)[A-Za-z0-9][A-Za-z0-9_-]{1,40}");

    /**
     * Report keys whose version is not the stack in use: what is available ("Latest Titanium SDK"), the Java that runs
     * Studio or Eclipse ("JRE Version", "java.version", "APTANA_VERSION") and a device's kernel build ("Kernel Version").
     */
    static final Pattern NOT_IN_USE_KEY = Pattern.compile("^(?:latest\\b|jre\\b|java[._ ]version$|aptana[_ ]version$|kernel\\sversion$)", CI);

    /** Report keys that carry no environment (paths, counts, identifiers). */
    static final Pattern IGNORED_KEY = Pattern.compile(
            "(?:path|home|dir|directory|url|id|arch|architecture|cpus|memory|date|time|email|user|name|identifier|code\\stype"
                    + "|parent\\sprocess|pid|port|key|minimum|target|exception\\stype|crashed\\sthread|build\\sversion)$", CI);

    /** Build settings of a log, not the installed stack: "Minimum iOS version", "Building using iOS SDK", "iPhone SDK version". */
    static final Pattern BUILD_SETTING_KEY = Pattern.compile("^(?:(minimum|building)|simulator|(?:ios|iphone|android)\\s(?:sdk|ndk))\\b", CI);
}
