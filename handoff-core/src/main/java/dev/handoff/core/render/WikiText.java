package dev.handoff.core.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes ticket text inert in Jira wiki markup. Every character Jira's backslash-escape renderer
 * accepts is escaped wherever it stands, which is simpler to trust than guessing risky positions;
 * the rendered note shows the text unchanged. Backslashes are replaced by a look-alike because
 * "\\" is a line break and a ticket's "\" would otherwise cancel the escape that follows it.
 * URL schemes are defanged ("http[:]//") because Jira links bare URLs.
 */
public final class WikiText {

    /** Characters Jira's BackslashEscapeRendererComponent turns back into literals. */
    private static final String SPECIALS = "-#*_+?^~|%{}[]()!@";

    private static final Pattern SCHEME = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]{1,15}):(?=//)|\\b(mailto|file|javascript|data|vbscript):");

    private WikiText() {
    }

    public static String escape(String text) {
        String s = Plain.clean(text);
        Matcher m = SCHEME.matcher(s);
        StringBuilder defanged = new StringBuilder(s.length() + 16);
        int last = 0;
        while (m.find()) {
            defanged.append(s, last, m.start()).append(m.group(1) != null ? m.group(1) : m.group(2)).append("[:]");
            last = m.end();
        }
        defanged.append(s, last, s.length());
        StringBuilder out = new StringBuilder(defanged.length() + 32);
        for (int i = 0; i < defanged.length(); i++) {
            char c = defanged.charAt(i);
            if (c == '\\') {
                out.append('\u2216'); // SET MINUS, looks like a backslash and is no markup
            } else if (SPECIALS.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Plain-text clean-up shared by both outputs. */
    static final class Plain {
        private Plain() {
        }

        /**
         * One line: line breaks and tabs become spaces (a fact must not start a new wiki block or table
         * row), control and bidi-override characters go (they can disguise text), runs of spaces shrink.
         */
        static String clean(String text) {
            StringBuilder out = new StringBuilder(text.length());
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean ws = Character.isWhitespace(c) || Character.isSpaceChar(c);
                if (ws) {
                    space = out.length() > 0;
                    continue;
                }
                if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                        || c == '\u200E' || c == '\u200F' || c == '\u061C') {
                    continue;
                }
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
            return out.toString();
        }
    }
}
