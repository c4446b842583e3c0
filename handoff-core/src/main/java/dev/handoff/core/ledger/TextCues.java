package dev.handoff.core.ledger;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shared cues for reading a thread: content words, greetings, sign-offs, follow-up pings and code.
 * Patterns are compiled once and have only bounded repetitions; callers skip sentences longer than
 * {@link #MAX_SENTENCE} so no pattern ever runs over a megabyte of one line.
 */
public final class TextCues {

    /** Sentences longer than this are log dumps or pasted files, never questions or steps. */
    public static final int MAX_SENTENCE = 800;

    private static final Set<String> STOPWORDS = Set.copyOf(java.util.List.of(
            // English
            "the", "and", "for", "are", "but", "not", "you", "your", "yours", "all", "any", "can", "had", "has", "have",
            "was", "were", "will", "with", "this", "that", "these", "those", "there", "their", "they", "them", "then",
            "than", "from", "into", "onto", "our", "out", "what", "when", "where", "which", "who", "whom", "why", "how",
            "would", "could", "should", "did", "does", "doing", "done", "been", "being", "its", "also", "just", "about",
            "some", "more", "most", "very", "too", "only", "still", "please", "thanks", "thank", "hello", "hey", "dear",
            "regards", "let", "know", "able", "manage", "managed", "get", "got", "yes", "yet", "now", "here", "one",
            "issue", "problem", "again", "if", "is", "it", "in", "on", "of", "to", "a", "an", "or", "as", "at", "by",
            "be", "do", "so", "we", "me", "my", "us", "he", "she", "him", "her", "his", "i", "am", "no", "up",
            "may", "might", "must", "shall", "need", "see", "use", "using", "used", "like", "want", "wanted",
            "other", "such", "each", "both", "same", "while", "because", "after", "before", "over", "under",
            "share", "provide", "send", "attach", "tell", "check", "confirm", "info", "information", "details",
            // German
            "der", "die", "das", "und", "ist", "sie", "ich", "wir", "ihr", "ein", "eine", "einen", "mit", "von",
            "auf", "für", "bitte", "den", "dem", "des", "nicht", "auch", "noch", "schon", "bereits", "können",
            // French
            "les", "des", "une", "est", "pas", "vous", "nous", "pour", "avec", "dans", "sur", "merci", "pouvez",
            // Spanish
            "los", "las", "una", "por", "favor", "con", "para", "que", "del", "puede", "usted"));

    // A greeting needs its punctuation ("Hi Please find ..." is not a greeting followed by text).
    static final Pattern GREETING = Pattern.compile(
            "(?iu)^(?:(?:hi|hello|hey|dear|hallo|guten tag|bonjour|bonsoir|hola|buenos d\u00edas|greetings)"
                    + "(?:\\s+(?:there|all|team|everyone|guys|folks|\\[~[^\\]\\n]{1,80}\\]|@[\\p{L}\\p{N}._-]{1,60}(?:@[\\p{L}\\p{N}._-]{1,60})?"
                    + "|(?-i:\\p{Lu})[\\p{L}.'-]{0,30}(?:\\s(?-i:\\p{Lu})[\\p{L}.'-]{0,30}){0,2}))?\\s*(?:[,!:.]\\s*|$)"
                    + "|\\[~[^\\]\\n]{1,80}\\][,:]?\\s*|@[\\p{L}\\p{N}._-]{1,60}(?:@[\\p{L}\\p{N}._-]{1,60})?(?:[,:]\\s*|\\s+))");

    /** First characters of every {@link #GREETING} alternative, case-folded: other sentences skip the pattern. */
    private static final String GREETING_FIRST = "hdgb[@";

    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?iu)^(?:thanks?(?: you)?(?: (?:very much|a lot|in advance))?|thx|cheers|best(?: regards)?|kind regards|regards"
                    + "|br|mfg|viele gr\u00fc\u00dfe|danke(?: sch\u00f6n)?|merci(?: beaucoup)?|cordialement|gracias|saludos"
                    + "|best regards!?|axway appcelerator support|sincerely)[\\s!.,]*$");

    // Boilerplate that closes nearly every support reply; it asks nothing specific.
    static final GatedPattern CLOSING = new GatedPattern(
            "(?iu)(?:let (?:us|me) know if (?:you|there|this|that|it)|if you (?:need|have) (?:any|more|further)|feel free"
                    + "|don'?t hesitate|do not hesitate|hope (?:this|that) helps|we would be happy to|happy to help"
                    + "|(?:do|did) you (?:still )?need (?:any )?(?:more |further |other )?(?:help|assistance)"
                    + "|thanks for (?:sharing|reaching|contacting|letting|your)|thank you for (?:sharing|reaching|contacting|letting|your))",
            "", "let us know if ,let me know if ,if you need ,if you have ,feel free,don't hesitate,dont hesitate,do not hesitate,"
            + "hope this helps,hope that helps,we would be happy to,happy to help,do you ,did you ,thanks for ,thank you for ", false);

    static final GatedPattern PING = new GatedPattern(
            "(?iu)(?:\\bany (?:updates?|news|progress|feedback)\\b|\\ban update\\b|sorted (?:it )?out|follow(?:ing)?[- ]?up\\b"
                    + "|\\bpassing a follow|\\bwanted to follow|\\bchecking in\\b|\\bstill (?:an issue|experienc|facing)"
                    + "|instructions (?:provided|given|above)|\\bneuigkeiten\\b|\\bdes nouvelles\\b|\\balguna novedad\\b)",
            "any ,an update,passing a follow,wanted to follow,checking in,still ,neuigkeiten,des nouvelles,alguna novedad",
            "sorted ,follow,instructions ", false);

    /** First characters of every {@link #CODE_START} alternative: other sentences skip the pattern. */
    private static final String CODE_START_FIRST = "vlcfierwp<}{/*[a";
    static final Pattern CODE_START = Pattern.compile(
            "^(?:var|let|const|function|import|export|return|if ?\\(|for ?\\(|while ?\\(|public|private|class|<[a-zA-Z/!?]|\\}|\\{|//|/\\*|\\*|\\[(?:ERROR|WARN|INFO|DEBUG|TRACE)\\]|at [\\w.$]+\\()");

    // A log line led by its time stamp: "04-04 01:35:29.789: D/dalvikvm(1197): ...", "2015-06-18 12:00:01 ...", "12:00:01.250 ...".
    static final Pattern LOG_TIME = Pattern.compile("(?:\\d{1,4}[-/.]\\d{1,2}(?:[-/.]\\d{1,4})?[ T])?\\d{1,2}:\\d{2}:\\d{2}");

    private static final boolean[] CODE_SYMBOL = new boolean[128];

    static {
        for (char c : "{}[]()<>=;:$&|\\/\"'`*+#".toCharArray()) {
            CODE_SYMBOL[c] = true;
        }
    }

    private TextCues() {
    }

    /** Lower-cased content words, lightly stemmed, for overlap between a question and an answer. */
    public static Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        int n = text.length();
        int i = 0;
        // The tokens of [\p{L}\p{N}][\p{L}\p{N}._-]{0,60} as find() sees them, read by hand: this runs on every question and answer.
        while (i < n) {
            int first = text.codePointAt(i);
            if (!letterOrNumber(first)) {
                i++;
                continue;
            }
            int end = i + Character.charCount(first);
            for (int k = 0; k < 60 && end < n; k++) {
                int c = text.codePointAt(end);
                if (!letterOrNumber(c) && c != '.' && c != '_' && c != '-') {
                    break;
                }
                end += Character.charCount(c);
            }
            int wordEnd = end;
            while (text.charAt(wordEnd - 1) == '.' || text.charAt(wordEnd - 1) == '-' || text.charAt(wordEnd - 1) == '_') {
                wordEnd--;
            }
            String w = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
            i = end;
            if (w.length() < 3 && !Character.isDigit(w.charAt(0)) || STOPWORDS.contains(w)) {
                continue;
            }
            out.add(stem(w));
        }
        return out;
    }

    /** {@code \p{L}} or {@code \p{N}} as the regex engine reads them. */
    private static boolean letterOrNumber(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static String stem(String w) {
        if (Character.isDigit(w.charAt(0))) {
            return w;
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                int n = stem.length();
                // "logging" -> "logg" -> "log", so it meets "logs" -> "log".
                return n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) ? stem.substring(0, n - 1) : stem;
            }
        }
        return w;
    }

    /** Number of content words both texts share. */
    public static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** Length of a leading greeting or mention ("Hello [~jdoe], ") to skip, 0 when there is none. */
    public static int addressLength(String sentence) {
        int total = 0;
        for (int k = 0; k < 3; k++) { // "Hello [~a], [~b], ..."
            if (total == sentence.length() || GREETING_FIRST.indexOf(GatedPattern.fold(sentence.charAt(total))) < 0) {
                break;
            }
            Matcher m = GREETING.matcher(sentence).region(total, sentence.length());
            if (!m.lookingAt() || m.end() == total) {
                break;
            }
            total = m.end();
        }
        return total;
    }

    public static boolean isSignOff(String sentence) {
        return sentence.length() < 60 && SIGN_OFF.matcher(sentence.strip()).matches();
    }

    public static boolean isClosing(String sentence) {
        return CLOSING.find(sentence);
    }

    /** A reminder that repeats an earlier request ("Any update?", "Are you able to get that sorted out?"). */
    public static boolean isPing(String sentence) {
        return PING.find(sentence);
    }

    /** A checked box of an issue template about the tracker itself ("[x] I have checked that this issue has not already been reported"). */
    private static final Pattern TRACKER_CHECKBOX = Pattern.compile(
            "^\\[[xX ]\\]\\s.{0,200}?\\b(?:issues?|reported|duplicates?|searched|existing|guidelines|code of conduct|agree|template)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Text an issue template put there, not the person: a Markdown heading ("### What was your expectation?")
     * or a checked box about the tracker. Neither asks anything nor reports a step tried.
     */
    public static boolean isTemplateText(String sentence) {
        String s = sentence.stripLeading();
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (first == '#') {
            int hashes = 0;
            while (hashes < s.length() && s.charAt(hashes) == '#') {
                hashes++;
            }
            return hashes <= 6 && hashes < s.length() && s.charAt(hashes) == ' ';
        }
        return first == '[' && TRACKER_CHECKBOX.matcher(s).lookingAt();
    }

    /** A ticked box that names a troubleshooting step: "[X] Uninstall old build", "[x] Cleared the app cache". */
    private static final Pattern TICKED_STEP = Pattern.compile(
            "^\\[[xX]\\]\\s{1,3}(?:i\\s(?:have\\s|already\\s){0,2})?(?:re-?install|uninstall|restart|reboot|clear|delete|remove|reset|update|upgrade"
                    + "|disable|enable|grant|log(?:ged)?\\s?out|sign(?:ed)?\\s?out|tried)\\w{0,3}\\b",
            Pattern.CASE_INSENSITIVE);

    public static boolean isTickedStep(String sentence) {
        String s = sentence.stripLeading();
        return !s.isEmpty() && s.charAt(0) == '[' && TICKED_STEP.matcher(s).lookingAt() && !isTemplateText(s);
    }

    /** Code, markup or log lines: pasted material, not a person's statement. */
    public static boolean looksLikeCode(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty()) {
            return true;
        }
        if (CODE_START_FIRST.indexOf(s.charAt(0)) >= 0 && CODE_START.matcher(s).lookingAt()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        if (last == ';' || last == '{' || last == '}' || last == ',' && s.indexOf('(') >= 0 && s.indexOf(' ') < 0) {
            return true;
        }
        if (s.length() > 1 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && (s.charAt(1) == '{' || s.charAt(1) == '[')) {
            return true; // quoted JSON
        }
        if (s.charAt(0) == '"' && s.indexOf("\":") > 0) {
            return true; // a JSON property: "to_tokens": "everyone",
        }
        if (Character.isDigit(s.charAt(0)) && LOG_TIME.matcher(s).lookingAt() || commandFlags(s) >= 3 || propertyLines(s) >= 2) {
            return true;
        }
        int symbols = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c < 128 && CODE_SYMBOL[c]) {
                symbols++;
            }
        }
        return letters == 0 || symbols * 2 > letters;
    }

    // A pasted command line: "titanium" "build" "--platform" "ios" "--sdk" ... ("--" then a letter, after a space or quote).
    static int commandFlags(String s) {
        int n = 0;
        for (int i = s.indexOf("--"); i > 0 && i + 2 < s.length(); i = s.indexOf("--", i + 2)) {
            char before = s.charAt(i - 1);
            if ((before == ' ' || before == '"' || before == '\'') && Character.isLetter(s.charAt(i + 2))) {
                n++;
            }
        }
        return n;
    }

    // Lines of an object literal or config block: "color: '#336699'," / "top: 10, left: 10,".
    static int propertyLines(String s) {
        int n = 0;
        int colon = -1;
        int last = -1; // the last non-blank character of the current line
        for (int i = 0; i <= s.length(); i++) {
            char c = i == s.length() ? '\n' : s.charAt(i);
            if (c == '\n') {
                if (last > 0 && s.charAt(last) == ',' && colon >= 0 && colon < last) {
                    n++;
                }
                colon = -1;
                last = -1;
            } else if (!Character.isWhitespace(c)) {
                if (c == ':' && colon < 0 && last >= 0) {
                    colon = i;
                }
                last = i;
            }
        }
        return n;
    }

    public static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
