package dev.handoff.core.extract;

import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scans one source line by line and emits candidates. Prose lines feed every slot; code blocks and
 * log lines feed only error strings and pasted environment reports, because versions and platform
 * names inside code, paths and stack traces are not the reporter's environment.
 */
final class SourceScanner {

    /** Longest line scanned in full; beyond it only the head is read (a pasted minified file is not prose). */
    private static final int MAX_LINE = 4_000;
    private static final int MAX_ERRORS_PER_SOURCE = 4;

    /** How a source is read. */
    enum Mode {
        /** Jira's own environment field: everything in it is the environment. */
        FIELD,
        /** The reporter or another affected user: versions need to be in use, not merely discussed. */
        AFFECTED
    }

    private final SourceText source;
    private final String text;
    private final Mode mode;
    private final double base;
    private final List<Candidate> out;
    private final int orderBase;
    private int errors;
    /** One matcher per pattern for the whole source, moved from line to line with region(): no per-line allocation. */
    private final java.util.Map<Pattern, Matcher> matchers = new java.util.IdentityHashMap<>();

    SourceScanner(SourceText source, Mode mode, double base, int orderBase, List<Candidate> out) {
        this.source = source;
        this.text = source.text();
        this.mode = mode;
        this.base = base;
        this.orderBase = orderBase;
        this.out = out;
    }

    private Matcher m(Pattern p) {
        Matcher m = matchers.get(p);
        if (m == null) {
            m = p.matcher(text);
            matchers.put(p, m);
        }
        return m;
    }

    void scan(boolean environmentSlots, boolean changeAndError) {
        int n = text.length();
        boolean inCode = false;
        String section = "";
        boolean listing = false;
        boolean pendingIntro = false;
        // a form's label on a line of its own ("### OS Version", "h3. Device"): its value is the next line with text
        String pendingLabel = null;
        // where the label's name starts when nothing but a colon follows it on its line ("### Android version"), else -1
        int pendingLabelStart = -1;
        int lineStart = 0;
        while (lineStart <= n) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            // Jira colour markup before a pasted log line ("{color:red}[ERROR] ...") is not part of the line.
            if (text.startsWith("{color:", lineStart)) {
                int close = text.indexOf('}', lineStart);
                if (close > 0 && close < lineEnd) {
                    lineStart = close + 1;
                }
            }
            int scanEnd = Math.min(lineEnd, lineStart + MAX_LINE);
            int contentEnd = scanEnd;
            while (contentEnd > lineStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            int fences = countFences(lineStart, contentEnd);
            boolean fenceLine = fences > 0;
            boolean codeLine = inCode || fenceLine;
            if ((fences & 1) == 1) {
                inCode = !inCode;
            }
            if (contentEnd > lineStart) {
                boolean log = codeLine || m(Vocabulary.LOG_LINE).region(lineStart, contentEnd).lookingAt()
                        || m(Vocabulary.CODE_LINE).region(lineStart, contentEnd).lookingAt() || codeEnding(lineStart, contentEnd)
                        || debugTiming(lineStart, contentEnd);
                // "* [ ] Bug is specific for Android only ...": an issue template's box nobody ticked states nothing
                boolean untickedBox = untickedBox(lineStart, contentEnd);
                boolean frame = untickedBox || m(Vocabulary.STACK_FRAME).region(lineStart, contentEnd).lookingAt();
                // "  ✓  Xcode  installed (5.1.1)", "  !  Unable to locate an Android NDK.": a check list, neither prose nor errors.
                boolean checkItem = checkItem(lineStart, contentEnd);
                log |= checkItem || untickedBox;
                int f = LineFeatures.of(text, lineStart, contentEnd);
                // Items under "iOS Simulators", "Android Platforms", "Titanium SDKs": what is installed, not what is in use.
                boolean shortLine = !Character.isWhitespace(text.charAt(lineStart)) && contentEnd - lineStart < 40;
                String heading = shortLine ? text.substring(lineStart, contentEnd).toLowerCase(Locale.ROOT) : null;
                char last = text.charAt(contentEnd - 1);
                boolean listingHeading = shortLine && (last == 's' || last == 'S' || last == ':')
                        && Vocabulary.LISTING_SECTION.matcher(heading).find();
                boolean listed = listingHeading || listing && Character.isWhitespace(text.charAt(lineStart));
                if (listed && environmentSlots && within(lineStart, contentEnd, "[selected]")) {
                    selectedItem(lineStart, contentEnd); // "3.1.3.GA [selected]": the one in use
                }
                boolean kv = false;
                if (environmentSlots && !frame && !listed) {
                    // an indented line under "Xcode" is an item of a listing, not the value of a form label
                    boolean labelValue = pendingLabel != null && !Character.isWhitespace(text.charAt(lineStart));
                    kv = labelValue && labelled(pendingLabel, -1, pendingLabelStart, lineStart, contentEnd, section, log)
                            || keyValue(lineStart, contentEnd, section, log);
                }
                pendingLabel = null;
                if (environmentSlots && !kv && firstLetterIs(lineStart, contentEnd, 'u') && userAgent(lineStart, contentEnd)) {
                    // the browser's platform tokens ("Chrome/… Safari/…") are not further applications
                    os(lineStart, contentEnd);
                    devices(lineStart, contentEnd, f);
                    kv = true;
                }
                if (environmentSlots && !kv && shortLine && !log) {
                    Matcher label = m(Vocabulary.LABEL_LINE).region(lineStart, contentEnd);
                    // not a command whose output follows ("node -v" then "v0.10.13")
                    pendingLabel = label.matches() && !label.group(1).contains(" -")
                            ? label.group(1).trim().toLowerCase(Locale.ROOT) : null;
                    pendingLabelStart = pendingLabel != null && bareLabelEnd(label.end(1), contentEnd) ? label.start(1) : -1;
                }
                if (environmentSlots && log && text.startsWith("!MESSAGE (Build ", lineStart)) {
                    Matcher build = m(Vocabulary.STUDIO_BUILD).region(lineStart, contentEnd);
                    if (build.lookingAt()) {
                        add(Slot.APPLICATION, build.start(1), build.end(1), -0.1); // Studio's log names its own build
                    }
                }
                if (environmentSlots && !frame && !kv && !listed) {
                    if (mode == Mode.FIELD || !log) {
                        environment(lineStart, contentEnd, f);
                    } else if ((f & LineFeatures.APP) != 0 && (f & LineFeatures.DIGIT) != 0) {
                        banners(lineStart, contentEnd);
                    }
                }
                if (changeAndError && mode == Mode.AFFECTED && !log && (f & LineFeatures.CHANGE) != 0) {
                    lastChange(lineStart, contentEnd, f);
                }
                if (changeAndError && !frame && !checkItem) {
                    if (pendingIntro && !fenceLine) {
                        // A log right after "Here is the error I got:" answers the intro itself, line by line.
                        if (!m(Vocabulary.LOG_ERROR).region(lineStart, contentEnd).lookingAt()
                                && !m(Vocabulary.NOT_A_MESSAGE).region(lineStart, contentEnd).lookingAt()
                                && ((f & LineFeatures.ERROR) != 0 || !m(Vocabulary.LOG_LINE).region(lineStart, contentEnd).lookingAt())) {
                            introduced(lineStart, contentEnd);
                        }
                        pendingIntro = false;
                    }
                    errorStrings(lineStart, contentEnd, log, f);
                    // An intro ends with its colon (the pattern's $ also holds before a final U+0085, which is no whitespace).
                    char end = text.charAt(contentEnd - 1);
                    boolean colonEnd = end == ':' || end == '\u0085';
                    if ((f & LineFeatures.ERROR) != 0 && (colonEnd && m(Vocabulary.ERROR_INTRO).region(lineStart, contentEnd).find()
                            || contentEnd - lineStart <= 40 && m(Vocabulary.ERROR_HEADING).region(lineStart, contentEnd).matches())) {
                        pendingIntro = true;
                    }
                }
                if (!kv && shortLine) {
                    // A version line ("8.4" under "iOS Simulators") groups the items of the same listing.
                    listing = listingHeading || listing && Character.isDigit(heading.charAt(0));
                    section = heading;
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
    }

    private void selectedItem(int from, int to) {
        int s = from;
        while (s < to && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        Matcher v = m(Vocabulary.RELEASE_TOKEN).region(s, to);
        if (v.lookingAt()) {
            add(Slot.APPLICATION, v.start(), v.end(), 0.1);
        }
    }

    /** An item of check-list output such as "ti setup check": a tick, a cross or "!" and blanks before the item. */
    private boolean checkItem(int from, int to) {
        int i = from;
        while (i < to && i - from <= 8 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i + 2 >= to) {
            return false;
        }
        char c = text.charAt(i);
        boolean blank = text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t';
        return blank && ("\u2713\u2714\u221A\u2717\u2718\u00D7".indexOf(c) >= 0
                || c == '!' && (text.charAt(i + 2) == ' ' || text.charAt(i + 2) == '\t'));
    }

    /** A Markdown task-list item left open: "- [ ] ...", "* [ ] ...", "[ ] ...". */
    private boolean untickedBox(int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i + 1 < to && (text.charAt(i) == '-' || text.charAt(i) == '*' || text.charAt(i) == '+') && text.charAt(i + 1) == ' ') {
            i += 2;
        }
        return text.startsWith("[ ] ", i);
    }

    /** Output of the debug module ends with the time since its last line: "appc:install exec: npm install ws@0.4.32 ... +1ms". */
    private boolean debugTiming(int from, int to) {
        int i = to;
        if (i - from < 4 || text.charAt(i - 1) != 's') {
            return false;
        }
        i -= text.charAt(i - 2) == 'm' ? 2 : 1;
        int digits = 0;
        while (i > from && Character.isDigit(text.charAt(i - 1))) {
            i--;
            digits++;
        }
        return digits > 0 && i - 2 >= from && text.charAt(i - 1) == '+' && text.charAt(i - 2) == ' ';
    }

    /** A statement or block end: "foo();", "});", "if (x) {". */
    private boolean codeEnding(int from, int to) {
        char last = text.charAt(to - 1);
        if (!(last == ';' || last == '{' || last == '}' || to - from >= 2 && text.startsWith("=>", to - 2))) {
            return false;
        }
        // Prose that happens to end with a semicolon has sentences; code has calls or assignments and no ". ".
        boolean codeMark = false;
        for (int i = from; i < to - 1; i++) {
            char c = text.charAt(i);
            if (c == '.' && text.charAt(i + 1) == ' ') {
                return false;
            }
            codeMark |= c == '(' || c == '=' || c == '{' || c == '}';
        }
        return codeMark || to - from <= 3;
    }

    /** Jira and Markdown code fences on a line: {code...}, {noformat}, ``` and ~~~. */
    private int countFences(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '{' && (text.startsWith("{code", i) || text.startsWith("{noformat", i))) {
                count++;
            } else if ((c == '`' || c == '~') && i + 2 < to && text.charAt(i + 1) == c && text.charAt(i + 2) == c) {
                count++;
                i += 2;
            }
        }
        return count;
    }

    // ---- pasted reports ----

    private boolean keyValue(int from, int to, String section, boolean log) {
        Matcher m = m(Vocabulary.KEY_VALUE).region(from, to);
        if (!m.lookingAt()) {
            return false;
        }
        int vs = m.start(2);
        int ve = m.end(2);
        int sep = vs - 1;
        while (sep > m.end(1) && (Character.isWhitespace(text.charAt(sep)) || text.charAt(sep) == '*' || text.charAt(sep) == '_')) {
            sep--;
        }
        String key = m.group(1).trim().toLowerCase(Locale.ROOT);
        if (text.charAt(sep) == '|') {
            // A form's table row "OS | Windows 10 | ok" gives its second cell. Rows of product versions are
            // mostly a tester's verification matrix, not the reporter's setup, so only OS and device rows count.
            if (!Vocabulary.OS_KEY.matcher(key).matches() && !Vocabulary.DEVICE_KEY.matcher(key).matches()) {
                return Vocabulary.BUILD_SETTING_KEY.matcher(key).find(); // "Android SDK version | 22" names no application
            }
            int cell = text.indexOf('|', vs);
            ve = cell > 0 && cell < ve ? cell : ve;
        }
        return labelled(key, m.start(1), -1, vs, ve, section, log);
    }

    /** Only a colon, if anything, follows a label's name on its line: "### Android version", not "**iOS Version:**". */
    private boolean bareLabelEnd(int nameEnd, int lineEnd) {
        for (int i = nameEnd; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c != ':' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A value under its label: {@code keyStart} is where the label starts on the same line, or -1 for a label
     * on a line of its own (a form heading such as "### OS Version"). Such a heading's name joins the value's span
     * only where it must, to keep an OS named ("### Android version" then "11" reads "Android version 11" once line
     * breaks are shown as spaces), and only from {@code headingStart}, set when no markup follows the name.
     */
    private boolean labelled(String key, int keyStart, int headingStart, int vs, int ve, String section, boolean log) {
        if (words(vs, ve) > 6) {
            return false; // a sentence after a label ("iOS: App crashes when closing windows with SDK 3.0"), not a report value
        }
        if (Vocabulary.NOT_IN_USE_KEY.matcher(key).find()) {
            return true; // "Latest Titanium SDK: 3.2.3.GA", "JRE Version: 1.6.0_65": a value, but not of the reporter's stack
        }
        Matcher setting = Vocabulary.BUILD_SETTING_KEY.matcher(key);
        if (setting.find() && (log || setting.group(1) != null)) {
            return true; // but in prose "Android SDK: 4.0 (API 14)" is the reporter's setup
        }
        if (Vocabulary.MODULE_KEY.matcher(key).matches()) {
            // the platform names which build of the module, not the OS: "module versions: iOS 1.2.2" gives 1.2.2
            Matcher v = m(Vocabulary.PLATFORM_THEN_VERSION).region(vs, ve);
            boolean found = false;
            while (v.find()) {
                add(Slot.APPLICATION, v.start(1), v.end(1), 0.05);
                found = true;
            }
            return found;
        }
        boolean osSection = section.contains("operating system") || section.equals("os");
        Slot slot = null;
        if (osSection && (key.equals("name") || key.equals("version"))) {
            slot = Slot.OS;
        } else if (key.equals("cli version") || key.equals("sdk version") || key.equals("node.js version")
                || key.equals("node version") || key.equals("titanium sdk version") || key.equals("titanium cli version")
                || key.equals("studio version") || (key.equals("version") && (section.startsWith("titanium cli")
                || section.startsWith("appcelerator cli") || section.equals("titanium sdk") || section.startsWith("node")))) {
            slot = Slot.APPLICATION;
        } else if (Vocabulary.OS_KEY.matcher(key).matches()) {
            Matcher os = m(Vocabulary.OS).region(vs, ve);
            if (os.find()) {
                add(Slot.OS, os.start(), os.end(), 0.1);
                return true;
            }
            // "iOS: 12.2" keeps its name; "OS Version: 10.14" is just the version.
            boolean named = !key.startsWith("os") && !key.startsWith("operating") && !key.startsWith("platform");
            // a key that names the OS makes a bare major version one too ("Android version" then "11")
            Matcher version = m(Vocabulary.VERSION_VALUE).region(vs, ve);
            int end = ve;
            if (version.lookingAt()) {
                end = osVersionEnd(version.end(), ve);
                if (end < 0) {
                    return false; // "android-6.0.0.zip'}]}]", "Windows: 5.3.0.beta is awful": a file or another product's version
                }
            } else if (!(named && m(Vocabulary.MAJOR_VERSION_VALUE).region(vs, ve).matches())) {
                return false;
            }
            int start = named ? keyStart >= 0 ? keyStart : headingStart : vs;
            if (start < 0) {
                return false; // "12.2" under "**iOS Version:**" would lose the name that makes it an OS
            }
            add(Slot.OS, start, end, 0.1);
            return true;
        } else if (Vocabulary.DEVICE_KEY.matcher(key).matches()) {
            Matcher d = m(Vocabulary.DEVICE).region(vs, ve);
            if (d.find()) {
                add(Slot.DEVICE, d.start(), d.end(), 0.1);
                // the asset tag beside the model: "HP EliteBook 840 G8 (Inventarnummer WS-0871)"
                Matcher tag = m(Vocabulary.ASSET_TAG).region(d.end(), ve);
                if (tag.find()) {
                    add(Slot.DEVICE, tag.start(), tag.end(), 0.1);
                }
                return true;
            }
            if (!m(Vocabulary.NAMED_MACHINE).region(vs, ve).matches()) {
                return false;
            }
            slot = Slot.DEVICE;
        } else if (!Vocabulary.IGNORED_KEY.matcher(key).find() && key.split(" ").length <= 5
                && Vocabulary.PRODUCT_KEY.matcher(key).find() && !key.startsWith("npm") && (!key.equals("version") || keyStart < 0)
                && !key.endsWith("sdks")
                && m(Vocabulary.VERSION_VALUE).region(vs, ve).lookingAt()) {
            // "Ti SDK = 8.3.0", "Titanium CLI Version: 5.0.5", "titanium-code-processor: 1.1.1": the product and its version.
            if (ve - vs > 60) {
                return false;
            }
            add(Slot.APPLICATION, keyStart < 0 ? vs : keyStart, ve, 0.05);
            return true;
        }
        if (slot == null || ve - vs > 60) {
            return false;
        }
        add(slot, vs, versionEnd(vs, ve), 0.1);
        return true;
    }

    /**
     * Where an OS version given as a report value ends: at the version, with a bracketed build or name right after it
     * ("10.9.5 (13F34)", "10.11.1 (EI Capitan)"); the rest of a sentence ("5.1.x Ti.UI.ActivityIndicatorStyle favored, but
     * fails") is not the value. -1 when the version runs on into a name ("6.0.0.zip", "5.3.0.beta"): no OS version.
     */
    private int osVersionEnd(int versionEnd, int ve) {
        if (versionEnd >= ve) {
            return ve;
        }
        char next = text.charAt(versionEnd);
        if (Character.isLetterOrDigit(next) || next == '.' && versionEnd + 1 < ve && Character.isLetterOrDigit(text.charAt(versionEnd + 1))
                || next == '\'' || next == '}' || next == ']' || next == '/' || next == '_') {
            return -1;
        }
        int i = versionEnd;
        while (i < ve && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < ve && text.charAt(i) == '(') {
            int close = text.indexOf(')', i);
            if (close > 0 && close < ve) {
                return close + 1;
            }
        }
        return versionEnd;
    }

    /** "1.8.0.1 (12/22/11 13:09 fbdc96f)" is the version 1.8.0.1; a parenthesised build "(4.0.0.201504272049)" stays. */
    private int versionEnd(int vs, int ve) {
        int open = text.indexOf(" (", vs);
        if (open < 0 || open >= ve || !Character.isDigit(text.charAt(vs))) {
            return ve;
        }
        for (int i = open + 2; i < ve; i++) {
            if (text.charAt(i) == ' ') {
                return open;
            }
        }
        return ve;
    }

    /** Whether the line is a pasted user agent; if so, adds its application (the caller reads its device and OS). */
    private boolean userAgent(int from, int to) {
        Matcher ua = m(Vocabulary.USER_AGENT).region(from, to);
        if (!ua.lookingAt()) {
            return false;
        }
        if (!text.regionMatches(true, ua.start(1), "Mozilla/", 0, 8)) {
            add(Slot.APPLICATION, ua.start(1), ua.end(1), 0.1);
            return true;
        }
        Matcher browser = m(Vocabulary.BROWSER).region(ua.end(1), to);
        int bestStart = -1;
        int bestEnd = -1;
        int bestRank = Integer.MAX_VALUE;
        while (browser.find()) {
            int rank = BROWSER_RANK.indexOf(text.substring(browser.start(), text.indexOf('/', browser.start())) + ",");
            if (rank >= 0 && rank < bestRank) {
                bestRank = rank;
                bestStart = browser.start();
                bestEnd = browser.end();
            }
        }
        if (bestStart >= 0) {
            add(Slot.APPLICATION, bestStart, bestEnd, 0.1);
        }
        return true;
    }

    /** Browser tokens by precedence: Edge's and Opera's user agents also name Chrome; "Version/" is Safari's release. */
    private static final String BROWSER_RANK = "Edg,EdgA,EdgiOS,OPR,Firefox,FxiOS,CriOS,Chrome,Version,";

    private boolean firstLetterIs(int from, int to, char lower) {
        for (int i = from; i < to && i - from <= 6; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.toLowerCase(c) == lower;
            }
        }
        return false;
    }

    private int words(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && (i == from || Character.isWhitespace(text.charAt(i - 1)))) {
                n++;
            }
        }
        return n;
    }

    // ---- device, OS, application ----

    private void environment(int from, int to, int f) {
        if ((f & LineFeatures.OS) != 0) {
            os(from, to);
        }
        if ((f & (LineFeatures.DEVICE | LineFeatures.MACHINE_CUE)) != 0) {
            devices(from, to, f);
        }
        if ((f & (LineFeatures.APP | LineFeatures.DOTTED)) != 0) {
            applications(from, to, f);
        }
    }

    private void os(int from, int to) {
        Matcher m = m(Vocabulary.OS).region(from, to);
        while (m.find()) {
            if (followed(Vocabulary.OS_NOT_FOLLOWED, m.end(), to) || insideToken(m.start(), m.end(), from, to)) {
                continue;
            }
            if (discussed(from, to, m.start(), m.end())) {
                continue;
            }
            if (m(COMPILED_WITH).region(Math.max(from, m.start() - 20), m.start()).find()) {
                add(Slot.APPLICATION, m.start(), m.end(), 0); // "compiled with ios6": the platform SDK, an application
                continue;
            }
            if (text.startsWith("windows", m.start()) && m.end() - m.start() == 7 && !windowsPlatform(from, to, m.start(), m.end())) {
                continue; // "two windows", "all windows": user-interface windows, not the OS
            }
            add(Slot.OS, m.start(), m.end(), 0);
            if (hasVersionDigits(m.start(), m.end())) {
                moreVersions(Slot.OS, m.end(), to);
            }
        }
    }

    private static final Pattern COMPILED_WITH = Pattern.compile("\\b(?:compiled|built|build|compiling|building)\\s(?:with|against)\\s$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WINDOWS_BEFORE = Pattern.compile("\\b(?:on|for|under|running|new|a|in|with)\\s$");
    private static final Pattern WINDOWS_AFTER = Pattern.compile(
            "^\\s(?:project|platform|app|build|machine|pc|laptop|computer|server|user|users|store|phone|os|version|environment)\\b");

    /** Lower-case bare "windows" is the platform only in platform phrases ("on windows", "new windows project"). */
    private boolean windowsPlatform(int from, int to, int start, int end) {
        return m(WINDOWS_BEFORE).region(Math.max(from, start - 12), start).find()
                || m(WINDOWS_AFTER).region(end, Math.min(to, end + 16)).lookingAt();
    }

    /** Several versions of one product in a row are all in use: each further one is its own value. */
    private void moreVersions(Slot slot, int from, int to) {
        int at = from;
        for (int k = 0; k < 3 && at < to; k++) {
            Matcher more = m(Vocabulary.MORE_VERSIONS).region(at, to);
            if (!more.lookingAt()) {
                return;
            }
            add(slot, more.start(1), more.end(1), -0.1);
            at = more.end();
        }
    }

    private void devices(int from, int to, int f) {
        if ((f & LineFeatures.DEVICE) != 0) {
            models(from, to);
        }
        if (within(from, to, "_API_")) {
            Matcher m = m(Vocabulary.AVD).region(from, to);
            while (m.find()) {
                add(Slot.DEVICE, m.start(), m.end(), 0);
            }
        }
        if (within(from, to, "-")) {
            Matcher m = m(Vocabulary.HOSTNAME).region(from, to);
            while (m.find()) {
                add(Slot.DEVICE, m.start(), m.end(), 0);
            }
        }
        if ((f & LineFeatures.MACHINE_CUE) == 0) {
            return;
        }
        Matcher m = m(Vocabulary.CUED_DEVICE).region(from, to);
        while (m.find()) {
            add(Slot.DEVICE, m.start(1), m.end(1), -0.1);
        }
        m = m(Vocabulary.ASSET_TAG).region(from, to);
        while (m.find()) {
            if (m(Vocabulary.CUE_BEFORE_TAG).region(Math.max(from, m.start() - 30), m.start()).find()) {
                add(Slot.DEVICE, m.start(), m.end(), -0.1);
            }
        }
    }

    /** Whether {@code needle} occurs inside {@code [from, to)}; bounded, unlike indexOf on the whole text. */
    private boolean within(int from, int to, String needle) {
        char first = needle.charAt(0);
        for (int i = from; i + needle.length() <= to; i++) {
            if (text.charAt(i) == first && text.startsWith(needle, i)) {
                return true;
            }
        }
        return false;
    }

    private void models(int from, int to) {
        Matcher m = m(Vocabulary.DEVICE).region(from, to);
        while (m.find()) {
            if (followed(Vocabulary.DEVICE_NOT_FOLLOWED, m.end(), to) || insideToken(m.start(), m.end(), from, to)) {
                continue;
            }
            if (Character.isLowerCase(text.charAt(m.start() + 1)) && m.end() - m.start() <= 4 + 2
                    && !hasVersionDigits(m.start(), m.end()) && text.regionMatches(true, m.start(), "ip", 0, 2)) {
                continue; // "iphone", "ipad": the build platform, not a device
            }
            add(Slot.DEVICE, m.start(), m.end(), 0);
        }
    }

    /** In logs and pasted output only a product printed with its version counts ("Titanium SDK version: 3.2.0.GA"). */
    private void banners(int from, int to) {
        for (Pattern p : new Pattern[] {Vocabulary.STRONG_APP, Vocabulary.WEAK_APP}) {
            Matcher m = m(p).region(from, to);
            while (m.find()) {
                if (hasVersionDigits(m.start(), m.end()) && !insideToken(m.start(), m.end(), from, to) && !fileAndLine(m.start(), m.end())) {
                    add(Slot.APPLICATION, m.start(), m.end(), -0.1);
                }
            }
        }
    }

    private void applications(int from, int to, int f) {
        if ((f & LineFeatures.APP) != 0) {
            productNames(from, to, f);
        }
        if ((f & LineFeatures.DOTTED) != 0) {
            bareVersions(from, to, f);
        }
    }

    private void productNames(int from, int to, int f) {
        Matcher m = m(Vocabulary.STRONG_APP).region(from, to);
        while (m.find()) {
            if (insideToken(m.start(), m.end(), from, to)) {
                continue;
            }
            boolean versioned = hasVersionDigits(m.start(), m.end());
            if (versioned && fileAndLine(m.start(), m.end())) {
                continue;
            }
            if (versioned ? discussed(from, to, m.start(), m.end()) : worksAfter(to, m.end())) {
                continue; // "fixed in Titanium SDK 7.1.0", "Going back to Titanium Studio solves the issue"
            }
            if (!versioned && followed(Vocabulary.BRAND_REMARK, m.end(), to)) {
                continue;
            }
            if (!versioned && wholeLine(m.start(), m.end(), from, to)) {
                continue; // a heading of a pasted report ("Titanium SDK" above its KEY = value lines)
            }
            add(Slot.APPLICATION, m.start(), m.end(), versioned ? 0 : -0.2);
            if (versioned) {
                moreVersions(Slot.APPLICATION, m.end(), to);
            }
        }
        m = m(Vocabulary.NAMED_COMPONENT).region(from, to);
        while ((f & LineFeatures.COMPONENT) != 0 && m.find()) {
            String first = text.substring(m.start(1), m.end(1)).split("[ \\t]")[0].toLowerCase(Locale.ROOT);
            String last = text.substring(m.start(1), m.end(1)).replaceAll("^.*[ \\t]", "").toLowerCase(Locale.ROOT);
            // A name is written like one: a capital or a dotted identifier ("Ti.InAppBilling", "Bluebird Promise").
            boolean named = !text.substring(m.start(1), m.end(1)).equals(text.substring(m.start(1), m.end(1)).toLowerCase(Locale.ROOT))
                    || text.substring(m.start(1), m.end(1)).indexOf('.') > 0;
            if (named && !Vocabulary.NOT_A_NAME.contains(first) && !Vocabulary.NOT_A_NAME.contains(last)
                    && !insideToken(m.start(), m.end(), from, to) && !discussed(from, to, m.start(), m.end())) {
                add(Slot.APPLICATION, m.start(), m.end(), -0.2);
            }
        }
        // A short line without digits is a heading of a pasted report ("Titanium CLI" above "CLI Version = 3.4.2").
        boolean heading = to - from <= 30 && (f & LineFeatures.DIGIT) == 0;
        m = m(Vocabulary.BARE_TOOL).region(from, to);
        while (!heading && m.find()) {
            if (!insideToken(m.start(), m.end(), from, to) && !worksAfter(to, m.end())) {
                add(Slot.APPLICATION, m.start(), m.end(), -0.25);
            }
        }
        if ((f & LineFeatures.DIGIT) == 0) {
            return;
        }
        m = m(Vocabulary.WEAK_APP).region(from, to);
        while (m.find()) {
            if (insideToken(m.start(), m.end(), from, to) || discussed(from, to, m.start(), m.end())) {
                continue;
            }
            add(Slot.APPLICATION, m.start(), m.end(), -0.1);
        }
    }

    private void bareVersions(int from, int to, int f) {
        Matcher m;
        if (within(from, to, "@")) {
            m = m(Vocabulary.NPM_PACKAGE).region(from, to);
            while (m.find()) {
                if (!discussed(from, to, m.start(), m.end())) {
                    add(Slot.APPLICATION, m.start(), m.end(), -0.1);
                }
            }
        }
        if ((f & LineFeatures.APP) != 0) {
            m = m(Vocabulary.VERSION_THEN_SDK).region(from, to);
            while (m.find()) {
                if (!discussed(from, to, m.start(), m.end())) {
                    add(Slot.APPLICATION, m.start(), m.end(), 0);
                }
            }
        }
        if ((f & LineFeatures.VERSION_CUE) != 0) {
            m = m(Vocabulary.BARE_VERSION).region(from, to);
            while (m.find()) {
                // "Actualización del sistema a la versión 3.0.300": the system's version, not an application's
                boolean system = m(Vocabulary.SYSTEM_NOUN).region(Math.max(from, m.start() - 40), m.start()).find();
                if (!system && !discussed(from, to, m.start(1), m.end(1))) {
                    add(Slot.APPLICATION, m.start(1), m.end(1), -0.15);
                }
            }
        }
        if ((f & LineFeatures.RELEASE) != 0) {
            m = m(Vocabulary.RELEASE_TOKEN).region(from, to);
            while (m.find()) {
                if (!discussed(from, to, m.start(), m.end())) {
                    add(Slot.APPLICATION, m.start(), m.end(), -0.15);
                }
            }
        }
    }

    /** In the environment field every version is the environment; elsewhere check how the sentence uses it. */
    private boolean discussed(int lineFrom, int lineTo, int start, int end) {
        if (mode == Mode.FIELD) {
            return false;
        }
        return discussedBefore(Math.max(lineFrom, start - 45), start) || worksAfter(lineTo, end);
    }

    /** The clause goes on to say it works or was solved there ("... 7.0.3 works fine", "... Studio solves the issue"). */
    private boolean worksAfter(int lineTo, int end) {
        if (mode == Mode.FIELD) {
            return false;
        }
        Matcher works = m(Vocabulary.WORKS_AFTER).region(end, Math.min(lineTo, end + 40));
        if (works.lookingAt() && !m(Vocabulary.NEGATION).region(end, works.end()).find()) {
            return true;
        }
        return m(Vocabulary.NO_ISSUE_AFTER).region(end, Math.min(lineTo, end + 60)).lookingAt();
    }

    private static final java.util.Set<String> DISCUSSED_WORDS = java.util.Set.of("fixed", "resolved", "work", "works",
            "worked", "working", "fine", "target", "targeted", "try", "trying", "available", "release", "released", "latest",
            "introduced", "supported", "support", "supports", "compatible", "milestone", "planned", "should", "suggest",
            "suggested", "suggests", "recommend", "recommended", "recommends", "behoben", "corrigé", "corregido",
            "funktioniert", "fonctionne", "funciona", "requires", "required", "require", "needs", "minimum");
    private static final java.util.Set<String> DISCUSSED_PAIRS = java.util.Set.of("instead of", "prior to", "fix version",
            "will be");

    /**
     * A cue within 25 characters before a version, in the same clause: it is a fix, a target, a suggestion or a version
     * that works ("fixed in 7.1.0", "works in 6.3.0", "try SDK 7.0.1"). A word scan, not a regex: it runs per candidate.
     */
    private boolean discussedBefore(int from, int start) {
        int clause = from;
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == '!' || c == '?' || c == '\n'
                    || c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                clause = i + 1;
                break;
            }
        }
        String previous = null;
        int sinceNegation = Integer.MAX_VALUE;
        int i = clause;
        while (i < start) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int ws = i;
            while (i < start && (Character.isLetter(text.charAt(i)))) {
                i++;
            }
            String w = text.substring(ws, i).toLowerCase(Locale.ROOT);
            sinceNegation = NEGATIONS.contains(w) || w.equals("t") && previous != null && previous.endsWith("n") ? 0
                    : sinceNegation == Integer.MAX_VALUE ? sinceNegation : sinceNegation + 1;
            // "not working on Android 5.0", "does not work in Xcode 7.0": the version where the problem is.
            boolean negated = sinceNegation <= 2;
            if (!negated && start - i <= 25
                    && (DISCUSSED_WORDS.contains(w) || previous != null && DISCUSSED_PAIRS.contains(previous + " " + w))) {
                return true;
            }
            previous = w;
        }
        return false;
    }

    /** Words that turn a cue around; "doesn't", "can't" and "isn't" are read as a word ending in n plus "t". */
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "never", "no", "cannot", "longer", "stopped",
            "nicht", "pas", "nunca");

    private boolean wholeLine(int start, int end, int from, int to) {
        for (int i = from; i < start; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && "*#-_.>|".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        for (int i = end; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && "*#-_.:|".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** "node.js:201" in a stack trace: a file and its line, glued by a colon, not a product and its version. */
    private boolean fileAndLine(int start, int end) {
        int colon = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                return false;
            }
            if (c == ':') {
                colon = i;
            }
        }
        if (colon <= start || colon + 1 >= end) {
            return false;
        }
        for (int i = colon + 1; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean hasVersionDigits(int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean followed(Pattern p, int end, int lineEnd) {
        return m(p).region(end, Math.min(lineEnd, end + 30)).lookingAt();
    }

    /**
     * Part of a path, URL, file name or dotted identifier: "Ti.Platform.android", "/mobilesdk/osx/", "iphone.png".
     * A lone slash is a list ("Windows 8.1/i5/8GB"), not a path.
     */
    private boolean insideToken(int start, int end, int from, int to) {
        int s = start;
        while (s > from && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(' && text.charAt(s - 1) != '"') {
            s--;
        }
        int e = end;
        while (e < to && !Character.isWhitespace(text.charAt(e)) && text.charAt(e) != ')' && text.charAt(e) != '"') {
            e++;
        }
        int slashes = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '/') {
                slashes++;
                if (i == s || i + 1 < e && text.charAt(i + 1) == '/') {
                    return true;
                }
            }
            if (c == '\\' || c == '=' || c == '<' || c == '>' || c == '@' || c == '_' && (i < start || i >= end)) {
                return true;
            }
            if (c == ':' && i >= end && i + 1 < e && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
            if (c == '.' && (i < start || i >= end) && i + 1 < e && Character.isLetter(text.charAt(i + 1))
                    && i > s && Character.isLetterOrDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return slashes >= 3;
    }

    // ---- last change ----

    private void lastChange(int from, int to, int f) {
        // Each pattern opens with its cue words: a line without them skips the search.
        if ((f & LineFeatures.AFTER_CUE) != 0) {
            findChanges(Vocabulary.CHANGE_AFTER, from, to, false);
        }
        findChanges(Vocabulary.CHANGE_SELF, from, to, true);
        if ((f & LineFeatures.FOREIGN_CHANGE_CUE) != 0) {
            findChanges(Vocabulary.CHANGE_FOREIGN, from, to, false);
        }
    }

    private void findChanges(Pattern p, int from, int to, boolean checkEffect) {
        Matcher m = m(p).region(from, to);
        while (m.find()) {
            int sentenceStart = sentenceStart(from, m.start());
            int sentenceEnd = sentenceEnd(m.end(), to);
            if (m(Vocabulary.FIX_SENTENCE).region(sentenceStart, sentenceEnd).find()) {
                continue;
            }
            if (checkEffect && m(Vocabulary.NO_EFFECT).region(sentenceStart, sentenceEnd).find()) {
                continue;
            }
            int end = clauseEnd(m.end(), to, !endsWithChangeNoun(m.start(), m.end()));
            Matcher idiom = m(Vocabulary.CHANGE_IDIOM).region(m.start(), Math.min(to, Math.max(end, m.end()) + 24));
            if (idiom.find() && idiom.start() < m.end()) {
                continue; // "I switched gears", "I changed my mind": a figure of speech on the change verb, not a change
            }
            if (m(Vocabulary.UI_STEP).region(m.start(), Math.max(end, m.end())).find()) {
                continue; // "After switching to the 2nd tab": a step to reproduce on screen or in code
            }
            // "when I update the system": an intention, and "I update" or "i have installed" alone names nothing that changed
            if (end == m.end() && m(BARE_SUBJECT_VERB).region(m.start(), end).matches()) {
                continue;
            }
            add(Slot.LAST_CHANGE, m.start(), end, 0);
        }
    }

    private static final Pattern BARE_SUBJECT_VERB = Pattern.compile(
            "(?i)(?:i|we)(?:'ve|'d|\\s+have|\\s+had)?(?:\\s+(?:just|recently|now|then|also|finally|today|yesterday))*\\s+\\w+");

    private static final java.util.Set<String> CLAUSE_BREAKS = java.util.Set.of(
            "i", "we", "it", "it's", "its", "please", "after", "before", "now", "and", "but", "then", "when", "which", "that", "this", "there", "everything", "nothing",
            "can", "cannot", "can't", "doesn't", "won't", "is", "are", "has", "get", "got", "getting", "the", "my", "our",
            "i'm", "i've", "so", "because", "as", "while", "ich", "es", "je", "il", "yo", "und", "et", "y", "pero", "mais",
            "aber", "all", "some", "any", "where", "if", "every", "each", "ab", "an", "aus", "ein", "zu", "nicht", "ne");

    /** Words that may open the rest of a change clause ("after updating the SDK", "upgraded our SDK", "installed that apk"). */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("the", "my", "our", "this", "that", "a", "an");

    private static final java.util.Set<String> CHANGE_NOUNS = java.util.Set.of("update", "upgrade", "patch", "install",
            "installation", "change", "migration", "reboot", "restart", "reset", "aktualisierung", "umstellung", "änderung",
            "neustart", "jour", "maj", "màj", "actualización", "actualizacion", "instalación", "cambio", "reinicio", "migración");

    /** Words that cannot end a clause: "when I upgraded the font in" ends before "the" (the next clause's subject). */
    private static final java.util.Set<String> DANGLING = java.util.Set.of("like", "the", "a", "an", "my", "our", "with",
            "for", "of", "and", "or", "by", "as", "some", "der", "die", "das", "le", "la", "les", "el", "los", "las",
            "to", "in", "into", "on", "onto", "from", "under", "at");

    /** Prepositions after which a change clause names its object ("to the last version", "from my old laptop"). */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("to", "from", "on", "onto", "into", "with", "of");

    /** Times that close a change clause. */
    private static final java.util.Set<String> TIME_ENDS = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "yesterday", "today", "morning", "evening", "night", "weekend", "week",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "gestern", "heute", "woche", "lundi", "mardi", "mercredi",
            "jeudi", "vendredi", "hier", "semaine", "lunes", "martes", "miércoles", "jueves", "viernes", "ayer", "semana");

    /** What still belongs to a version in a change clause ("to 8.1.0 GA", "to 22H2 build 19045"); a time word also does, and ends it. */
    private static final java.util.Set<String> AFTER_VERSION = java.util.Set.of("or", "oder", "ou", "/", "&", "version",
            "versión", "ga", "beta", "rc", "lts", "build", "sp1", "sp2");

    /** What may follow a change named as a noun: its target or its time ("the update to iOS 7", "the update last week"). */
    private static final java.util.Set<String> NOUN_CONTINUATIONS = java.util.Set.of("to", "of", "from", "on", "for", "in",
            "at", "last", "yesterday", "today", "earlier", "overnight", "auf", "von", "vom", "zu", "des", "der", "de", "du", "a", "el", "del");

    /**
     * "since the update": the change is named whole, so only its target or time may follow ("the update to iOS 7"),
     * not the next clause ("the printer is gone", "Outlook keeps asking"); "I try to upgrade my SDK" is the verb, and
     * its object follows.
     */
    private boolean endsWithChangeNoun(int start, int end) {
        int i = end;
        while (i > start && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        if (!CHANGE_NOUNS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int j = i;
        while (j > start && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        boolean verb = j - 2 >= start && text.regionMatches(true, j - 2, "to", 0, 2)
                && (j - 2 == start || !Character.isLetter(text.charAt(j - 3)));
        return !verb;
    }

    /**
     * The clause goes on to a punctuation mark or, after its first words, to a word that starts a new clause; an
     * object may open it ("after updating the SDK") when {@code objectMayFollow}.
     */
    private int clauseEnd(int from, int lineEnd, boolean objectMayFollow) {
        int limit = Math.min(lineEnd, from + 80);
        int i = from;
        int words = 0;
        int lastWordEnd = from;
        boolean afterVersion = false;
        String previous = "";
        while (i < limit) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '!' || c == '?' || c == ':' || c == '(' || c == ')' || c == '"') {
                break;
            }
            if (c == '.' && (i + 1 >= limit || Character.isWhitespace(text.charAt(i + 1)))) {
                break;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int ws = i;
            while (i < limit && !Character.isWhitespace(text.charAt(i)) && ",;!?:()\"".indexOf(text.charAt(i)) < 0
                    && !(text.charAt(i) == '.' && (i + 1 >= limit || Character.isWhitespace(text.charAt(i + 1))))) {
                i++;
            }
            String w = text.substring(ws, i).toLowerCase(Locale.ROOT);
            // a change named as a noun goes on only with its target or time ("the update to iOS 7", "dem Update auf iOS 14")
            boolean continues = words == 0 && !objectMayFollow && NOUN_CONTINUATIONS.contains(w);
            // an object opens after the change verb or its preposition ("upgraded to the last version")
            boolean opensObject = CLAUSE_OPENERS.contains(w) && (words == 0 && objectMayFollow || PREPOSITIONS.contains(previous));
            if (!continues && (CLAUSE_BREAKS.contains(w) && !opensObject || words == 0 && !objectMayFollow)) {
                break;
            }
            if (afterVersion && !NOUN_CONTINUATIONS.contains(w) && !AFTER_VERSION.contains(w) && !TIME_ENDS.contains(w)) {
                break; // "a 3.0.3 la aplicación dejó de funcionar", "auf iOS 14.2 funktioniert": past the version, the effect
            }
            afterVersion = Character.isDigit(w.charAt(0)) && w.indexOf('.') > 0;
            previous = w;
            words++;
            // "we have changed the key sets like i said": a word that needs a next one does not end the clause
            if (!DANGLING.contains(w)) {
                lastWordEnd = i;
            }
            if (words > 1 && TIME_ENDS.contains(w)) {
                break; // "since my password change on Monday": the time closes the clause
            }
            if (words >= 10) {
                break;
            }
        }
        return lastWordEnd;
    }

    private int sentenceStart(int lineFrom, int pos) {
        for (int i = pos - 1; i > lineFrom; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return lineFrom;
    }

    private int sentenceEnd(int pos, int lineTo) {
        for (int i = pos; i < lineTo - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                return i;
            }
        }
        return lineTo;
    }

    // ---- error strings ----

    private void errorStrings(int from, int to, boolean log, int f) {
        if (errors >= MAX_ERRORS_PER_SOURCE) {
            return; // the first messages of a source are the ones that matter; the rest of a long log is repeats
        }
        Matcher m = m(Vocabulary.LOG_ERROR).region(from, to);
        if (m.lookingAt()) {
            int s = m.start(1);
            Matcher field = m(Vocabulary.DUMPED_MESSAGE).region(s, to);
            if (field.lookingAt()) {
                addError(field.start(1), field.end(1), 0); // the message field of an error object dumped into the log
                return;
            }
            if (m(Vocabulary.NOT_A_MESSAGE).region(s, to).lookingAt()
                    || introduces(s, to) && !m(Vocabulary.LOG_FAILURE).region(s, to).lookingAt()) {
                return; // a stack frame, a banner or a heading inside an error log ("Failed to run dexer:" is a message)
            }
            Matcher stamp = m(Vocabulary.STAMPED_PREFIX).region(s, to);
            if (stamp.lookingAt()) {
                s = stamp.end(); // "2011-12-19 23:09:25.165 xcodebuild[70507:3c13] error: " before the message
            }
            Matcher nsError = m(Vocabulary.NS_ERROR).region(s, to);
            if (nsError.lookingAt()) {
                addError(s, nsError.end(), 0); // the domain and code; UserInfo is a pointer that differs on every run
                return;
            }
            Matcher ex = m(Vocabulary.EXCEPTION).region(s, to);
            if (ex.find()) {
                s = ex.start();
            }
            addError(s, to, 0);
            return;
        }
        if ((f & LineFeatures.ERROR) == 0 || errors >= MAX_ERRORS_PER_SOURCE) {
            return;
        }
        m = m(Vocabulary.EXCEPTION).region(from, to);
        boolean found = false;
        while (m.find()) {
            addError(m.start(), m.end(), 0);
            found = true;
        }
        // Every code has a digit or is an errno name, and every phrase opens with one of its words: other lines skip the search.
        if ((f & (LineFeatures.DIGIT | LineFeatures.ERRNO)) != 0) {
            m = m(Vocabulary.ERROR_CODE).region(from, to);
            while (m.find()) {
                addError(m.start(), m.end(), -0.05);
            }
        }
        if ((f & LineFeatures.CRASH_PHRASE) != 0) {
            m = m(Vocabulary.ERROR_PHRASE).region(from, to);
            while (m.find()) {
                addError(m.start(), m.end(), 0);
                found = true;
            }
        }
        if (found) {
            return;
        }
        if (log) {
            // In logs only a line that is itself an error message counts; quoted strings there are code.
            m = m(Vocabulary.ERROR_COLON).region(from, Math.min(to, from + 40));
            if (m.find() && m.start() - from < 24) {
                addError(m.start(1), to, -0.1);
                return;
            }
            m = m(Vocabulary.LOG_FAILURE).region(from, to);
            if (m.find()) {
                addError(m.start(), m.end(), -0.15);
            }
            return;
        }
        m = m(Vocabulary.ERROR_COLON).region(from, to);
        if (m.find()) {
            addError(m.start(1), to, -0.05);
            return;
        }
        m = m(Vocabulary.FAILURE_LINE).region(from, to);
        // A summary is a title that paraphrases ("Unable to build ipa"), not the message itself.
        if (source.ref().kind() != dev.handoff.core.model.SourceRef.Kind.SUMMARY && m.lookingAt()) {
            addError(from, to, -0.1);
            return;
        }
        if ((f & LineFeatures.QUOTE) != 0) {
            m = m(Vocabulary.QUOTED_NEAR_CUE).region(from, to);
            if (m.find() && !plainWord(m.start(1), m.end(1))) {
                addError(m.start(1), m.end(1), -0.05);
                return;
            }
        }
        m = m(Vocabulary.SAYS).region(from, to);
        while (m.find()) {
            // checked here rather than as a look-behind, which the regex would try at every position of the line
            if (m(Vocabulary.PERSON_BEFORE_SAYS).region(Math.max(from, m.start() - 12), m.start()).useTransparentBounds(true).find()) {
                continue;
            }
            if (!plainWord(m.start(1), m.end(1))) {
                addError(m.start(1), m.end(1), -0.1);
            }
            return;
        }
    }

    /**
     * One lower-case word is a name or a topic ("the log says \"android\" issue"), not a message; a code or a
     * constant ("ENOTFOUND", "err_cert_invalid") has capitals, digits or underscores.
     */
    private boolean plainWord(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** A log line that opens what follows: "The following build commands failed:", "Script Error {". */
    private boolean introduces(int from, int to) {
        int e = to;
        int markup = text.indexOf("{color", from);
        if (markup >= 0 && markup < e) {
            e = markup;
        }
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > from && (text.charAt(e - 1) == ':' || text.charAt(e - 1) == '{');
    }

    private void introduced(int from, int to) {
        if (to - from > 250 || to - from < 8) {
            return;
        }
        addError(from, to, -0.1);
    }

    private void addError(int start, int end, double delta) {
        if (errors >= MAX_ERRORS_PER_SOURCE || m(Vocabulary.BARE_ERROR_WORD).region(start, end).matches()) {
            return;
        }
        Matcher tag = m(Vocabulary.LOG_TAG_PREFIX).region(start, end);
        if (tag.lookingAt() && tag.end() < end) {
            start = tag.end(); // "[ERROR] No releases found!" quoted whole: the message without its log level
        }
        int before = out.size();
        int e = Math.min(end, start + 200);
        Matcher detail = m(Vocabulary.MESSAGE_DETAIL).region(start, e);
        if (detail.find() && detail.start() - start >= 12) {
            e = detail.start();
        }
        int markup = text.indexOf("{color", start);
        if (markup >= 0 && markup < e) {
            e = markup;
        }
        add(Slot.ERROR_STRING, start, e, delta);
        if (out.size() > before) {
            errors++;
        }
    }

    // ---- emit ----

    private void add(Slot slot, int start, int end, double delta) {
        int s = start;
        int e = end;
        while (s < e && isTrim(text.charAt(s))) {
            s++;
        }
        while (e > s && isTrim(text.charAt(e - 1))) {
            e--;
        }
        // Keep a closing quote or bracket only if the value also opens one ("Galaxy Tab 3 10\"", "MacBook Pro (Retina)").
        if (e > s && text.charAt(e - 1) == ')' && text.lastIndexOf('(', e - 1) < s) {
            e--;
        }
        // A message quoted whole ("Fehlermeldung: \"Risikoermittlung nicht möglich\"") loses its quotes, and so does one
        // whose other quote lies outside it ("Failed to install dependencies.\"").
        if (slot == Slot.ERROR_STRING && e - s > 2) {
            int quote = text.indexOf('"', s + 1);
            if (quote == e - 1) {
                e--;
                s += text.charAt(s) == '"' ? 1 : 0;
            } else if (text.charAt(s) == '"' && (quote < 0 || quote >= e)) {
                s++;
            }
        }
        // "Android (4.3, dernière mise à jour mineure incluse)": a version opened in brackets runs to the bracket's end.
        int open = e > s ? text.lastIndexOf('(', e - 1) : -1;
        if (slot != Slot.ERROR_STRING && slot != Slot.LAST_CHANGE && open >= s && text.lastIndexOf(')', e - 1) < open) {
            int close = closingBracket(e);
            if (close >= 0) {
                e = close + 1;
            } else {
                e = open; // no end in sight: the name before the bracket
                while (e > s && isTrim(text.charAt(e - 1))) {
                    e--;
                }
            }
        }
        if (e - s < 2) {
            return;
        }
        boolean letterOrDigit = false;
        for (int i = s; i < e && !letterOrDigit; i++) {
            letterOrDigit = Character.isLetterOrDigit(text.charAt(i));
        }
        if (!letterOrDigit) {
            return;
        }
        // Everything in Jira's own field is the environment: no pattern makes it less certain.
        double c = Math.max(0.05, Math.min(0.95, base + (mode == Mode.FIELD ? Math.max(0, delta) : delta)));
        out.add(new Candidate(slot, source, s, e, c, orderBase + s));
    }

    /** The ')' that closes a bracket open at {@code from}, on the same line and within 80 characters; -1 if none. */
    private int closingBracket(int from) {
        for (int i = from; i < Math.min(text.length(), from + 80); i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return i;
            }
            if (c == '(' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isTrim(char c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) || c == ',' || c == ';' || c == '*' || c == '\'' || c == '`' || c == '{'
                || c == '}' || c == '[' || c == ']' || c == '|' || c == '-' || c == ':' || c == '=' || c == '“' || c == '”'
                || c == '„' || c == '(';
    }
}
