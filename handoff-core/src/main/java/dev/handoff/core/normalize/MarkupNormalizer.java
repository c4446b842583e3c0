package dev.handoff.core.normalize;

import dev.handoff.core.normalize.NormalizedLine.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one Jira text (wiki markup, pasted HTML or an e-mail reply) into plain text that keeps
 * its meaning and line structure. Stateless and thread-safe.
 *
 * <ul>
 *   <li>{code} and {noformat} content is kept verbatim without the tags: error messages and logs live there.</li>
 *   <li>{quote}, "bq." and "&gt;" quoted text is kept here; {@link ThreadNormalizer} drops it when it repeats
 *       earlier thread text.</li>
 *   <li>Text effects are only removed where they cannot be part of a path, identifier, flag or version.</li>
 *   <li>HTML is converted only when the text reads as an HTML body.</li>
 *   <li>E-mail quoted tails, signatures and disclaimers are cut, only when body text stands before them.</li>
 * </ul>
 *
 * <p>Every pattern has bounded quantifiers and no nested repetition: ticket text is untrusted.
 */
public final class MarkupNormalizer {

    private static final Pattern BLOCK_MACRO = Pattern.compile("\\{(code|noformat|html)(?::[^{}\\n]{0,300})?\\}");
    private static final String QUOTE_TAG = "{quote}";
    private static final Pattern BQ = Pattern.compile("^\\s{0,20}bq\\.\\s");

    private static final Pattern HEADING = Pattern.compile("^(\\s{0,20})h[1-6]\\.\\s+");
    private static final Pattern PANEL_OR_COLOR = Pattern.compile("\\{(panel|color)(?::([^{}\\n]{0,300}))?\\}");
    private static final Pattern PANEL_TITLE = Pattern.compile("(?:^|\\|)\\s*title\\s*=\\s*([^|]{1,200})");
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]\\n]{1,1000})\\]");
    private static final Pattern LINK_TARGET = Pattern.compile(
            "(?i)(?:(?:https?|ftp|sftp|file|smb|ssh|mailto):\\S{0,2000}|www\\.\\S{1,2000}|#\\S{1,200}|\\^\\S.{0,300}"
                    + "|[A-Z][A-Z0-9_]{0,30}-\\d{1,9})");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?|ftp|sftp|file|mailto):\\S{1,2000}|www\\.\\S{1,2000}");
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,30}-\\d{1,9}");
    private static final Pattern IMAGE = Pattern.compile(
            "!([^!\\s|][^!|\\n]{0,300}?\\.(?i:png|jpe?g|gif|bmp|svg|webp|tiff?))(?:\\|[^!\\n]{0,200})?!");
    static final Pattern[] EFFECTS = {effect('*'), effect('_'), effect('-'), effect('+')};
    /** Markdown's strong emphasis, pasted from chat tools and GitHub: "**Android:** 13"; in Jira "**" means nothing. */
    static final Pattern STRONG = Pattern.compile(
            "(?<![^\\s(\\[\"'])\\*\\*(?=[^\\s*])([^*\\n]{0,500}?[^\\s*])\\*\\*(?![^\\s.,;:!?)\\]\"'])");
    private static final Pattern LINE_BREAK = Pattern.compile("(?<![:\\\\])\\\\\\\\(?=[ \\t]|$)[ \\t]*");
    private static final Pattern RULE = Pattern.compile("^\\s{0,20}-{4,}\\s*$");

    /**
     * {@code *bold*}, {@code _italic_}, {@code -strike-}, {@code +under+}: the opening mark must follow
     * whitespace or an opening bracket and precede a non-space, the closing mark must follow a non-space
     * and precede whitespace or punctuation. That leaves {@code snake_case}, {@code --flags},
     * {@code 1.2.3-beta}, {@code 2 * 3}, globs and "* item" bullets alone.
     */
    private static Pattern effect(char mark) {
        String q = Pattern.quote(String.valueOf(mark));
        String c = mark == '-' ? "\\-" : String.valueOf(mark);
        return Pattern.compile("(?<![^\\s(\\[\"'])" + q + "(?=[^\\s" + c + "])([^" + c + "\\n]{0,500}?[^\\s" + c + "])"
                + q + "(?![^\\s.,;:!?)\\]\"'])");
    }

    /** Plain text of one Jira text, with its line structure; blank runs collapse to one blank line. */
    public String normalize(String raw) {
        return join(lines(raw));
    }

    static String join(List<NormalizedLine> lines) {
        StringBuilder sb = new StringBuilder();
        for (NormalizedLine line : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line.text());
        }
        return sb.toString();
    }

    /** The normalised lines with the role each had in the source. */
    List<NormalizedLine> lines(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        List<NormalizedLine> lines = splitBlocks(cleanCharacters(raw));
        lines = htmlBodyToText(lines);
        lines = markQuotes(lines);
        lines = EmailTrimmer.trim(lines);
        List<NormalizedLine> out = new ArrayList<>(lines.size());
        for (NormalizedLine line : lines) {
            if (line.kind() == Kind.CODE) {
                out.add(new NormalizedLine(line.text().stripTrailing(), Kind.CODE));
                continue;
            }
            String text = inline(line.text());
            if (text.isBlank() && !line.isBlank() && !isRule(line.text())) {
                continue;   // a line of tags only ({panel}, {color}) is not a paragraph break
            }
            if (text.indexOf('\n') < 0) {
                out.add(new NormalizedLine(text.stripTrailing(), line.kind()));
            } else {
                for (String part : text.split("\n", -1)) {
                    out.add(new NormalizedLine(part.stripTrailing(), line.kind()));
                }
            }
        }
        return collapseBlankLines(out);
    }

    /** Unifies line ends and the invisible characters that defeat comparison and matching. */
    static String cleanCharacters(String raw) {
        // Arrays rather than charAt and a builder: this reads every character of the ticket.
        char[] in = raw.toCharArray();
        char[] out = new char[in.length];   // never longer than the input: each rule keeps, replaces or drops a character
        int n = 0;
        int lineStart = 0;          // where the current line starts in out
        boolean lineBlank = true;   // nothing but whitespace on the current line so far
        int blankLines = 0;         // blank lines just before it
        for (int i = 0; i < in.length; i++) {
            char ch = in[i];
            if (ch > ' ' && ch < '\u0085') {
                lineBlank = false;  // the common character
                out[n++] = ch;
                continue;
            }
            switch (ch) {
                case '\r', '\n', '\u2028', '\u2029', '\u0085' -> {
                    if (ch == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
                        i++;
                    }
                    // Runs of blank lines end up as one blank line anyway; dropping them here keeps a
                    // text of a million empty lines from costing a million line objects.
                    if (lineBlank && ++blankLines > 1) {
                        n = lineStart;
                        continue;
                    }
                    if (!lineBlank) {
                        blankLines = 0;
                    }
                    out[n++] = '\n';
                    lineStart = n;
                    lineBlank = true;
                }
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                    // zero-width and soft hyphen: invisible, but they split words for matching
                }
                case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009', '\u3000' -> out[n++] = ' ';
                default -> {
                    lineBlank &= Character.isWhitespace(ch);
                    out[n++] = ch;
                }
            }
        }
        return new String(out, 0, n);
    }

    /**
     * Splits the text into lines, taking {code}/{noformat} content out verbatim, {html} content through
     * the HTML converter and {quote} content as quotes. Works on positions within lines because Jira
     * allows the macros anywhere, e.g. "I got a {quote}[ERROR] ...{quote}".
     */
    static List<NormalizedLine> splitBlocks(String text) {
        List<NormalizedLine> out = new ArrayList<>();
        String open = null;          // macro name of the block we are in, or null
        List<String> block = null;   // its content lines
        boolean quote = false;
        for (String line : text.split("\n", -1)) {
            if (line.indexOf('{') < 0) {
                // No tag on the line (most lines): it is one whole line of the block or of the text.
                if (open != null) {
                    block.add(line);
                } else {
                    out.add(new NormalizedLine(line, quote ? Kind.QUOTE : Kind.TEXT));
                }
                continue;
            }
            // Every search below moves forward only, so a line of a million tags costs linear time.
            int lastNonBlank = line.length() - 1;
            while (lastNonBlank >= 0 && Character.isWhitespace(line.charAt(lastNonBlank))) {
                lastNonBlank--;
            }
            StringBuilder cur = new StringBuilder();
            boolean curHasText = false;
            boolean tagOnLine = false;
            Matcher m = BLOCK_MACRO.matcher(line);
            int macro = -2;   // -2: not searched yet; -1: none left on this line
            int q = -2;
            int pos = 0;
            while (pos <= line.length()) {
                if (open != null) {
                    String close = "{" + open + "}";
                    int end = line.indexOf(close, pos);
                    if (end < 0) {
                        // A content line; the rest of an opening line only when it holds something.
                        if (!tagOnLine || lastNonBlank >= pos) {
                            block.add(line.substring(pos));
                        }
                        break;
                    }
                    if (!isBlank(line, pos, end)) {
                        block.add(line.substring(pos, end));
                    }
                    emitBlock(out, open, block);
                    open = null;
                    block = null;
                    tagOnLine = true;
                    pos = end + close.length();
                    continue;
                }
                if (macro != -1 && macro < pos) {
                    macro = m.find(pos) ? m.start() : -1;
                }
                if (q != -1 && q < pos) {
                    q = line.indexOf(QUOTE_TAG, pos);
                }
                if (macro < 0 && q < 0) {
                    curHasText |= !isBlank(line, pos, line.length());
                    cur.append(line, pos, line.length());
                    break;
                }
                if (q >= 0 && (macro < 0 || q < macro)) {
                    curHasText |= !isBlank(line, pos, q);
                    cur.append(line, pos, q);
                    flush(out, cur, curHasText, quote);
                    curHasText = false;
                    quote = !quote;
                    tagOnLine = true;
                    pos = q + QUOTE_TAG.length();
                    continue;
                }
                String name = m.group(1);
                curHasText |= !isBlank(line, pos, macro);
                cur.append(line, pos, macro);
                int contentStart = m.end();
                String close = "{" + name + "}";
                int closeAt = line.indexOf(close, contentStart);
                boolean aroundText = curHasText || closeAt >= 0 && lastNonBlank >= closeAt + close.length();
                if (closeAt >= 0 && aroundText && !name.equals("html")) {
                    // Inline {code}x{code} inside a sentence stays in the sentence.
                    curHasText |= !isBlank(line, contentStart, closeAt);
                    cur.append(line, contentStart, closeAt);
                    pos = closeAt + close.length();
                    tagOnLine = true;
                    continue;
                }
                flush(out, cur, curHasText, quote);
                curHasText = false;
                open = name;
                block = new ArrayList<>();
                tagOnLine = true;
                pos = contentStart;
            }
            if (open == null && (curHasText || !tagOnLine)) {
                out.add(new NormalizedLine(cur.toString(), quote ? Kind.QUOTE : Kind.TEXT));
            }
        }
        if (open != null) {
            // Unclosed block: Jira renders the rest as the block, and so do we.
            emitBlock(out, open, block);
        }
        return out;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void flush(List<NormalizedLine> out, StringBuilder cur, boolean hasText, boolean quote) {
        if (hasText) {
            out.add(new NormalizedLine(cur.toString(), quote ? Kind.QUOTE : Kind.TEXT));
        }
        cur.setLength(0);
    }

    private static void emitBlock(List<NormalizedLine> out, String macro, List<String> block) {
        if (macro.equals("html")) {
            for (String l : Html.toText(String.join("\n", block)).split("\n", -1)) {
                out.add(new NormalizedLine(l, Kind.TEXT));
            }
            return;
        }
        int from = 0;
        int to = block.size();
        while (from < to && block.get(from).isBlank()) {
            from++;
        }
        while (to > from && block.get(to - 1).isBlank()) {
            to--;
        }
        for (int i = from; i < to; i++) {
            out.add(new NormalizedLine(block.get(i), Kind.CODE));
        }
    }

    /** Converts runs of prose lines to text when the prose as a whole reads as an HTML body. */
    private static List<NormalizedLine> htmlBodyToText(List<NormalizedLine> lines) {
        boolean tag = false;
        for (int i = 0; i < lines.size() && !tag; i++) {
            tag = lines.get(i).kind() != Kind.CODE && lines.get(i).text().indexOf('<') >= 0;
        }
        if (!tag) {
            return lines;   // no tag in the prose: skip copying it all for the HTML check
        }
        StringBuilder prose = new StringBuilder();
        for (NormalizedLine l : lines) {
            if (l.kind() != Kind.CODE) {
                prose.append(l.text()).append('\n');
            }
        }
        if (!Html.looksLikeHtml(prose.toString())) {
            return lines;
        }
        List<NormalizedLine> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            Kind kind = lines.get(i).kind();
            if (kind == Kind.CODE) {
                out.add(lines.get(i++));
                continue;
            }
            StringBuilder run = new StringBuilder();
            while (i < lines.size() && lines.get(i).kind() == kind) {
                run.append(lines.get(i++).text()).append('\n');
            }
            for (String l : Html.toText(run.toString()).split("\n", -1)) {
                out.add(new NormalizedLine(l, kind));
            }
        }
        return out;
    }

    /** "bq. " lines become quotes without the prefix; "&gt;" lines become quotes and keep it. */
    private static List<NormalizedLine> markQuotes(List<NormalizedLine> lines) {
        List<NormalizedLine> out = new ArrayList<>(lines.size());
        for (NormalizedLine l : lines) {
            char first = firstNonSpace(l.text());
            if (l.kind() == Kind.TEXT && (first == 'b' || first == '>')) {
                Matcher bq = BQ.matcher(l.text());
                if (bq.find()) {
                    out.add(new NormalizedLine(l.text().substring(bq.end()), Kind.QUOTE));
                    continue;
                }
                if (first == '>') {
                    out.add(new NormalizedLine(l.text(), Kind.QUOTE));
                    continue;
                }
            }
            out.add(l);
        }
        return out;
    }

    /** Inline wiki markup of one prose line; may return several lines when the text has "\\" breaks. */
    static String inline(String line) {
        // Cheap first-character checks before any regex: a Matcher per line is the main cost on huge texts.
        String s = line;
        char first = firstNonSpace(s);
        if (first == '-' && isRule(s)) {
            return "";
        }
        if (first == 'h') {
            Matcher h = HEADING.matcher(s);
            if (h.find()) {
                s = h.group(1) + s.substring(h.end());
            }
        }
        if (s.indexOf('{') >= 0) {
            s = replace(PANEL_OR_COLOR, s, MarkupNormalizer::panelTitle);
            s = monospace(s);
        }
        if (s.indexOf('[') >= 0) {
            s = replace(BRACKETS, s, m -> bracket(m.group(1), m.group()));
        }
        if (s.indexOf('!') >= 0) {
            s = replace(IMAGE, s, m -> "[image: " + m.group(1).strip() + "]");
        }
        if (s.contains("**")) {
            s = replace(STRONG, s, m -> m.group(1));
        }
        for (int i = 0; i < EFFECTS.length; i++) {
            char mark = "*_-+".charAt(i);
            if (mayOpenEffect(s, mark)) {
                String in = s;
                s = replace(EFFECTS[i], in, m -> isEffect(in, m.start(), m.end(), m.group(1), mark) ? m.group(1) : m.group());
            }
        }
        String trimmed = s.strip();
        // Jira rows start and end with a bar; "| +-- dep@1.0" npm trees only start with one.
        if (trimmed.length() > 2 && trimmed.charAt(0) == '|' && trimmed.charAt(trimmed.length() - 1) == '|') {
            s = table(trimmed);
        }
        if (s.indexOf('\\') >= 0) {
            s = LINE_BREAK.matcher(s).replaceAll("\n");
        }
        return s;
    }

    /**
     * {@code pattern}'s matches replaced by {@code replacement}'s literal text, as {@link Matcher#replaceAll} with a
     * quoted replacement does; a line in which every match stays as it is (a "[ERROR]", a "-flag") comes back uncopied.
     */
    private static String replace(Pattern pattern, String s, Function<MatchResult, String> replacement) {
        Matcher m = pattern.matcher(s);
        StringBuilder sb = null;
        int copied = 0;
        while (m.find()) {
            String r = replacement.apply(m);
            if (r.length() == m.end() - m.start() && s.startsWith(r, m.start())) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length());
            }
            sb.append(s, copied, m.start()).append(r);
            copied = m.end();
        }
        return sb == null ? s : sb.append(s, copied, s.length()).toString();
    }

    /**
     * Whether {@code mark} occurs where an effect can open: at the start or after whitespace, an opening
     * bracket or a quote, and before something other than whitespace or the mark. Hyphens and underscores
     * fill nearly every line of logs and identifiers without ever opening one, and the effect pattern
     * would otherwise be tried at every position of the line.
     */
    static boolean mayOpenEffect(String s, char mark) {
        for (int at = s.indexOf(mark); at >= 0; at = s.indexOf(mark, at + 1)) {
            char before = at > 0 ? s.charAt(at - 1) : ' ';
            char after = at + 1 < s.length() ? s.charAt(at + 1) : ' ';
            boolean opens = isRegexSpace(before) || before == '(' || before == '[' || before == '"' || before == '\'';
            if (opens && !isRegexSpace(after) && after != mark) {
                return true;
            }
        }
        return false;
    }

    /** The characters of {@code \s} in a pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Second look at an effect match, for what the pattern cannot express: the content must hold a
     * letter or digit ("+----+" table borders), a closing bracket after the mark needs the matching
     * opening one before it ("(void*)" in a stack trace), "+" and "-" next to quotes are string
     * concatenation, and "_x1_" single tokens with digits are mangled symbols, not italics.
     */
    private static boolean isEffect(String s, int start, int end, String content, char mark) {
        boolean alnum = false;
        for (int i = 0; i < content.length() && !alnum; i++) {
            alnum = Character.isLetterOrDigit(content.charAt(i));
        }
        if (!alnum) {
            return false;
        }
        char before = start > 0 ? s.charAt(start - 1) : ' ';
        char after = end < s.length() ? s.charAt(end) : ' ';
        if (after == ')' && before != '(' || after == ']' && before != '[') {
            return false;
        }
        if ((mark == '+' || mark == '-') && (before == '"' || before == '\'' || after == '"' || after == '\'')) {
            return false;
        }
        if (mark == '_' && content.indexOf(' ') < 0) {
            for (int i = 0; i < content.length(); i++) {
                if (Character.isDigit(content.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isRule(String s) {
        return firstNonSpace(s) == '-' && RULE.matcher(s).matches();
    }

    static char firstNonSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return c;
            }
        }
        return 0;
    }

    private static String panelTitle(MatchResult m) {
        if (m.group(1).equals("panel") && m.group(2) != null) {
            Matcher t = PANEL_TITLE.matcher(m.group(2));
            if (t.find()) {
                return t.group(1).strip();
            }
        }
        return "";
    }

    /** {{x}} to x by scanning, not by regex: a lazy regex would be quadratic on a line of braces. */
    private static String monospace(String s) {
        int open = s.indexOf("{{");
        if (open < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int pos = 0;
        while (open >= 0) {
            int close = s.indexOf("}}", open + 2);
            if (close < 0) {
                break;
            }
            int contentStart = open + 2;
            // "{{{x}}}" and the like: skip extra opening braces as content, keep them.
            sb.append(s, pos, open).append(s, contentStart, close);
            pos = close + 2;
            open = s.indexOf("{{", pos);
        }
        sb.append(s, pos, s.length());
        return sb.toString();
    }

    /** [text|target], [url], [~user], [^attachment], [ISSUE-1]; anything else in brackets ([ERROR], a[i]) stays. */
    private static String bracket(String content, String whole) {
        if (content.charAt(0) == '~') {
            String user = content.substring(1);
            if (user.regionMatches(true, 0, "accountid:", 0, 10)) {
                user = user.substring(10);
            }
            return user.isBlank() || user.indexOf(' ') >= 0 ? whole : "@" + user;
        }
        int bar = content.indexOf('|');
        if (bar >= 0) {
            String text = content.substring(0, bar).strip();
            String target = content.substring(bar + 1).strip();
            if (!LINK_TARGET.matcher(target).matches()) {
                return whole;
            }
            if (target.startsWith("^")) {
                target = target.substring(1);
            }
            if (text.isEmpty() || text.equals(target) || ("mailto:" + text).equalsIgnoreCase(target)) {
                return text.isEmpty() ? target : text;
            }
            return text + " (" + target + ")";
        }
        String t = content.strip();
        if (URL.matcher(t).matches() || ISSUE_KEY.matcher(t).matches()) {
            return t;
        }
        if (t.length() > 1 && t.charAt(0) == '^') {
            return t.substring(1);
        }
        return whole;
    }

    /** "||h1||h2||" and "|a|b|" rows to cells separated by " | ". */
    private static String table(String row) {
        int from = 0;
        int to = row.length();
        while (from < to && row.charAt(from) == '|') {
            from++;
        }
        while (to > from && row.charAt(to - 1) == '|') {
            to--;
        }
        // Split by hand: "|" separates cells, "||" header cells; a regex split per row costs more than the row.
        StringBuilder sb = new StringBuilder(to - from + 8);
        int cellStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || row.charAt(i) == '|') {
                if (cellStart > from) {
                    sb.append(" | ");
                }
                sb.append(row.substring(cellStart, i).strip());
                if (i + 1 < to && row.charAt(i + 1) == '|') {
                    i++;
                }
                cellStart = i + 1;
            }
        }
        return sb.toString();
    }

    private static List<NormalizedLine> collapseBlankLines(List<NormalizedLine> lines) {
        List<NormalizedLine> out = new ArrayList<>(lines.size());
        boolean pendingBlank = false;
        for (NormalizedLine l : lines) {
            if (l.isBlank()) {
                pendingBlank = !out.isEmpty();
                continue;
            }
            if (pendingBlank) {
                out.add(new NormalizedLine("", Kind.TEXT));
                pendingBlank = false;
            }
            out.add(l);
        }
        return out;
    }
}
