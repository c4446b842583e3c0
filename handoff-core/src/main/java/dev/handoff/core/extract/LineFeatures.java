package dev.handoff.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One linear pass over a line that says which detectors can possibly match it. Java's regex engine tries
 * every alternative of a vocabulary at every position, which costs tens of milliseconds per megabyte and
 * pattern; most lines of a 150 KB ticket (code, logs, prose) hold none of the trigger words, so gating the
 * patterns on these bits keeps extraction at a few milliseconds.
 */
final class LineFeatures {

    static final int OS = 1;
    static final int DEVICE = 1 << 1;
    static final int APP = 1 << 2;
    static final int CHANGE = 1 << 3;
    static final int ERROR = 1 << 4;
    static final int DIGIT = 1 << 5;
    static final int DOTTED = 1 << 6;
    /** A release qualifier: GA, RC1, Beta2, v20150220105635. */
    static final int RELEASE = 1 << 7;
    /** Words that introduce a bare version: "version 3.1.3", "I use 3.2.2.GA". */
    static final int VERSION_CUE = 1 << 8;
    /** Words that introduce a machine name: hostname, asset tag, Gerät, appareil, equipo. */
    static final int MACHINE_CUE = 1 << 9;
    /** A quotation mark that can open a quoted message: " “ „ «. */
    static final int QUOTE = 1 << 10;
    /** A word that can be an errno code: "E" and a capital (EACCES, EAI_AGAIN). */
    static final int ERRNO = 1 << 11;
    /** The first word of a well-known crash phrase, in its exact case: Unfortunately, FATAL, Crashed, ... */
    static final int CRASH_PHRASE = 1 << 12;
    /** Words that open a change named after its time: after, since, following. */
    static final int AFTER_CUE = 1 << 13;
    /** Words that open a change in German, French or Spanish ("nach dem Update", "j'ai installé", "desde la actualización"). */
    static final int FOREIGN_CHANGE_CUE = 1 << 14;
    /** Words a named component ends with: module, plugin, library, framework (stems: "modules" still holds "module"). */
    static final int COMPONENT = 1 << 15;

    private LineFeatures() {
    }

    // A trailing '*' marks a stem ("ios*" also fires on "iOS10"); other triggers must be the whole word.
    private static final String[] OS_WORDS = {"mac*", "os", "osx*", "ios*", "iphone*", "ipados", "tvos", "watchos",
        "android*", "windows*", "hyperos*", "miui*", "coloros*", "emui*", "harmonyos*", "oxygenos*", "ubuntu*", "debian", "fedora", "centos*", "rhel", "red", "redhat", "linux", "chrome",
        "chromeos", "freebsd", "el", "high", "sierra", "mojave", "catalina", "big", "monterey", "ventura", "sonoma", "sequoia",
        "yosemite", "mavericks", "mountain", "snow", "lollipop", "marshmallow", "nougat", "oreo", "kit", "kitkat", "jelly",
        "jellybean", "ice"};
    private static final String[] DEVICE_WORDS = {"iphone*", "ipad*", "ipod*", "nexus*", "pixel*", "galaxy*", "samsung",
        "sm", "htc", "huawei", "xiaomi", "redmi", "poco", "oneplus", "motorola", "moto*", "nokia", "sony", "xperia", "oppo",
        "realme", "zte",
        "blackberry", "genymotion", "dell", "hp", "lenovo", "latitude", "precision", "optiplex", "xps", "inspiron",
        "vostro", "elitebook", "probook", "zbook", "thinkcentre", "ideapad", "yoga", "thinkpad*", "surface", "macbook*", "imac*", "mac", "api",
        "mbp", "pc", "laptop", "desktop", "workstation"};
    private static final String[] MACHINE_CUE_WORDS = {"hostname", "host", "computer", "machine", "device", "asset",
        "serial", "service", "workstation", "laptop", "desktop", "pc", "gerät*", "rechner*", "inventar*", "appareil", "poste",
        "ordinateur", "equipo", "dispositivo"};
    private static final String[] APP_WORDS = {"titanium*", "appcelerator*", "ti", "appc", "ios", "iphone", "android",
        "mac", "macos", "windows", "alloy", "hyperloop", "xcode", "genymotion", "node*", "arrow*", "cocoapods", "gradle",
        "eclipse", "google", "firebase", "crashlytics", "visual", "vs", "intellij", "internet", "microsoft", "outlook",
        "onedrive", "sharepoint", "skype", "ms", "excel", "powerpoint", "chrome", "firefox", "safari", "thunderbird",
        "acrobat", "citrix", "anyconnect", "globalprotect", "docker", "kubernetes", "tomcat", "nginx", "jenkins", "jira",
        "confluence", "zoom", "slack", "sdk", "cli", "studio", "npm", "java", "jdk", "jre", "python", "php", "ruby",
        "office", "word", "teams", "edge", "dashboard", "acs", "module", "plugin", "app", "application", "appium",
        "cordova", "react", "flutter", "tistudio", "tisdk", "command", "kitchen*", "sap*", "m365"};
    private static final String[] CHANGE_WORDS = {"updat*", "upgrad*", "install*", "reinstall*", "uninstall*",
        "downgrad*", "migrat*", "switched", "switching", "chang*", "modif*", "applied", "applying", "patch*", "restart*",
        "reboot*", "reset", "replac*", "edited", "revert*", "releas*", "moved", "enabled", "disabled", "pushed", "rolled",
        "aktualis*", "geändert", "neustart", "umstell*", "umgestellt", "wechsel", "änderung", "mise", "màj", "maj",
        "installé", "réinstall*", "redémarr*", "actualiz*", "instal*", "reinstal*", "cambi*", "reinici*", "migra*",
        "aktivierung", "deaktivierung", "zurücksetzen", "einrichtung", "got", "received", "deployed", "reimaged"};
    private static final String[] AFTER_CUE_WORDS = {"after", "since", "following"};
    // The regex folds as (?iu) does: a long s or a dotless i may stand for the first letter.
    private static final String[] FOREIGN_CHANGE_CUE_WORDS = {"nach", "seit", "\u017Feit", "ich", "\u0131ch", "depuis", "apr\u00e8s",
        "j", "desde", "despu\u00e9s", "despues", "tras", "he", "hemos"};
    private static final String[] COMPONENT_WORDS = {"module*", "plugin*", "library*", "framework*"};
    private static final String[] ERROR_WORDS = {"err*", "exception*", "fehler*", "fatal", "fail*", "unfortunately",
        "assertion", "undefined", "crash*", "unable", "cannot", "could", "couldn", "says", "saying", "reads", "message",
        "alert", "popup", "dialog", "warning", "meldung", "mensaje", "lautet", "indique", "dice", "http", "status",
        "response", "event", "exit", "abnormal", "project", "application", "not", "forbidden", "unauthorized", "bad",
        "internal", "gateway", "code", "erreur", "displays", "shows", "phrase", "systemexit", "notification*", "zeigt", "angezeigt",
        "benachrichtigung*", "affiche", "notificación", "muestra", "aviso"};

    private static final String[] RELEASE_WORDS = {"ga", "rc*", "beta*", "alpha*"};
    private static final String[] VERSION_CUE_WORDS = {"version", "using", "use", "running", "run", "installed", "on",
        "with", "have", "is", "versión"};

    /** One trigger: a whole word, or a prefix when it is a stem. */
    private record Trigger(String word, int bit, boolean stem) {
    }

    /** Triggers bucketed by first character; flat arrays, because this is the innermost loop of extraction. */
    private static final Trigger[][] BUCKETS = new Trigger[37][];

    static {
        List<List<Trigger>> buckets = new ArrayList<>();
        for (int i = 0; i < BUCKETS.length; i++) {
            buckets.add(new ArrayList<>());
        }
        register(buckets, OS_WORDS, OS);
        register(buckets, DEVICE_WORDS, DEVICE);
        register(buckets, APP_WORDS, APP);
        register(buckets, CHANGE_WORDS, CHANGE);
        register(buckets, ERROR_WORDS, ERROR);
        register(buckets, RELEASE_WORDS, RELEASE);
        register(buckets, MACHINE_CUE_WORDS, MACHINE_CUE);
        register(buckets, VERSION_CUE_WORDS, VERSION_CUE);
        register(buckets, AFTER_CUE_WORDS, AFTER_CUE);
        register(buckets, FOREIGN_CHANGE_CUE_WORDS, FOREIGN_CHANGE_CUE);
        register(buckets, COMPONENT_WORDS, COMPONENT);
        for (int i = 0; i < BUCKETS.length; i++) {
            BUCKETS[i] = buckets.get(i).toArray(new Trigger[0]);
        }
    }

    private static void register(List<List<Trigger>> buckets, String[] words, int bit) {
        for (String w : words) {
            boolean stem = w.endsWith("*");
            buckets.get(bucket(w.charAt(0))).add(new Trigger(stem ? w.substring(0, w.length() - 1) : w, bit, stem));
        }
    }

    private static int bucket(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return 36;
    }

    static int of(String text, int from, int to) {
        int bits = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' && i > from && i + 1 < to && Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1))) {
                    bits |= DOTTED;
                } else if (c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB') {
                    bits |= QUOTE;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            bits |= word(text, start, i);
        }
        return bits;
    }

    private static int word(String text, int start, int end) {
        int bits = 0;
        char first = Character.toLowerCase(text.charAt(start));
        if (Character.isDigit(first)) {
            bits |= DIGIT;
        }
        int len = end - start;
        // Node errno codes (EACCES) and exception class names (TypeError) are read in their original case.
        if (len >= 4 && text.charAt(start) == 'E' && Character.isUpperCase(text.charAt(start + 1))
                && Character.isUpperCase(text.charAt(start + 2))) {
            bits |= ERROR;
        }
        if (len >= 3 && text.charAt(start) == 'E' && text.charAt(start + 1) >= 'A' && text.charAt(start + 1) <= 'Z') {
            bits |= ERRNO;
        }
        if (crashPhraseStart(text, start, len)) {
            bits |= CRASH_PHRASE;
        }
        if (len == 10 && first == '0' && (text.charAt(start + 1) == 'x' || text.charAt(start + 1) == 'X')) {
            bits |= ERROR; // an HRESULT such as 0x80070005
        }
        if (len >= 5 && (endsWithIgnoreCase(text, end, "error") || endsWithIgnoreCase(text, end, "exception"))) {
            bits |= ERROR;
        }
        if (len >= 3 && (bits & DIGIT) != 0 && endsWithIgnoreCase(text, end, "ga")
                || len >= 9 && first == 'v' && Character.isDigit(text.charAt(start + 1))) {
            bits |= RELEASE;
        }
        for (int k = start + 1; k < end && (bits & DIGIT) == 0; k++) {
            if (Character.isDigit(text.charAt(k))) {
                bits |= DIGIT;
            }
        }
        for (Trigger t : BUCKETS[bucket(first)]) {
            int wl = t.word.length();
            if (wl > len || !t.stem && wl != len || (bits & t.bit) != 0) {
                continue; // too long, not the whole word, or its bit is already set
            }
            if (text.regionMatches(true, start, t.word, 0, wl)) {
                bits |= t.bit;
            }
        }
        return bits;
    }

    /** Whether the word opens one of {@link Vocabulary#ERROR_PHRASE}'s phrases, which it matches case-sensitively. */
    private static boolean crashPhraseStart(String text, int start, int len) {
        return switch (text.charAt(start)) {
            case 'U' -> is(text, start, len, "Unfortunately") || is(text, start, len, "Undefined");
            case 'F' -> is(text, start, len, "FATAL");
            case 'A' -> is(text, start, len, "Assertion") || is(text, start, len, "Application");
            case 'C' -> is(text, start, len, "Crashed");
            case 'P' -> is(text, start, len, "Project");
            default -> false;
        };
    }

    private static boolean is(String text, int start, int len, String word) {
        return len == word.length() && text.startsWith(word, start);
    }

    private static boolean endsWithIgnoreCase(String text, int end, String suffix) {
        return text.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length());
    }
}
