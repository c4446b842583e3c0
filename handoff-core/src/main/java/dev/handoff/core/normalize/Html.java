package dev.handoff.core.normalize;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML to plain text for bodies pasted from e-mail clients and the {html} macro. Only known tag
 * names are touched, so placeholders such as {@code <id>}, generics such as {@code List<String>}
 * and addresses such as {@code <j@x.com>} survive. All quantifiers are bounded: ticket text is
 * untrusted and may be megabytes of brackets.
 */
final class Html {

    private static final String TAG_ATTRS = "(?:\\s[^<>]{0,2000})?/?>";

    private static final Pattern KNOWN_TAG = Pattern.compile(
            "(?i)<(?=[/a-z])/?(?:p|br|div|span|a|b|i|u|strong|em|font|table|tr|td|th|tbody|thead|ul|ol|li|html|body|head"
                    + "|blockquote|h[1-6]|img|hr|o:p|center|pre)" + TAG_ATTRS);
    /** Markers of HTML written as prose layout rather than as source code pasted for discussion. */
    private static final Pattern LAYOUT_MARKER = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</tr>|&nbsp;|<o:p>");
    /** Pasted UI source (a web view test case, Alloy XML) is code to keep, not a body to render. */
    private static final Pattern SOURCE_MARKER = Pattern.compile(
            "(?i)<script|<input|<button|<\\?xml|<alloy|<window|<view\\b|<label|Ti\\.UI|\\bfunction\\s*\\(|document\\.write"
                    + "|[\"'][ \\t]{0,5}\\+|\\+[ \\t]{0,5}[\"']",
            Pattern.MULTILINE);

    private static final Pattern ANCHOR = Pattern.compile(
            "(?is)<a\\s[^<>]{0,2000}?href\\s{0,20}=\\s{0,20}[\"']([^\"'<>]{1,2000})[\"'][^<>]{0,2000}>(.{0,3000}?)</a\\s*>");
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(?:p|div|tr|h[1-6]|ul|ol|table|tbody|thead|blockquote|pre|section|article|header|footer|hr)"
                    + TAG_ATTRS);
    private static final Pattern LI = Pattern.compile("(?i)<li" + TAG_ATTRS);
    private static final Pattern CELL_END = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern INLINE_TAG = Pattern.compile(
            "(?i)</?(?:span|font|b|i|u|strong|em|small|big|sup|sub|a|img|html|body|meta|link|title|td|th|li|o:p"
                    + "|center|code|tt|s|strike|del|ins|mark|abbr|label|nobr|wbr|colgroup|col|caption|tfoot)"
                    + TAG_ATTRS);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private static final Pattern TRAILING_CELL = Pattern.compile("[ \\t]*\\|[ \\t]*$", Pattern.MULTILINE);

    private Html() {
    }

    /** True when the text reads as an HTML body: several known tags and line layout done with tags. */
    static boolean looksLikeHtml(String text) {
        if (text.indexOf('<') < 0) {
            return false;
        }
        Matcher m = KNOWN_TAG.matcher(text);
        int tags = 0;
        while (tags < 3 && m.find()) {
            tags++;
        }
        return tags >= 3 && LAYOUT_MARKER.matcher(text).find() && !SOURCE_MARKER.matcher(text).find();
    }

    static String toText(String html) {
        String s = removeBetween(html, "<!--", "-->");
        s = removeBetween(s, "<head", "</head>");
        s = removeBetween(s, "<style", "</style>");
        s = removeBetween(s, "<script", "</script>");
        s = ANCHOR.matcher(s).replaceAll(m -> Matcher.quoteReplacement(anchor(m.group(1), m.group(2))));
        s = BR.matcher(s).replaceAll("\n");
        s = LI.matcher(s).replaceAll("\n- ");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = CELL_END.matcher(s).replaceAll(" | ");
        s = INLINE_TAG.matcher(s).replaceAll("");
        s = decodeEntities(s);
        s = SPACES.matcher(s).replaceAll(" ");
        s = TRAILING_CELL.matcher(s).replaceAll("");
        // Source indentation of HTML is layout noise, not structure.
        // Blank runs collapse here already: "<br>" per line doubles the line count otherwise.
        StringBuilder out = new StringBuilder(s.length());
        boolean blank = false;
        for (String line : s.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty() && blank) {
                continue;
            }
            blank = t.isEmpty();
            out.append(t).append('\n');
        }
        return out.toString();
    }

    private static String anchor(String href, String inner) {
        String text = INLINE_TAG.matcher(inner).replaceAll("").strip();
        text = decodeEntities(text);
        String url = decodeEntities(href.strip());
        if (text.isEmpty() || text.equals(url) || ("mailto:" + text).equalsIgnoreCase(url)) {
            return text.isEmpty() ? url : text;
        }
        return text + " (" + url + ")";
    }

    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return ENTITY.matcher(s).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1), m.group(0))));
    }

    private static String entity(String name, String whole) {
        if (name.charAt(0) == '#') {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                if (cp == 0xA0) {
                    return " ";
                }
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : whole;
            } catch (NumberFormatException e) {
                return whole;
            }
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "nbsp", "ensp", "emsp", "thinsp" -> " ";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "rsquo", "lsquo" -> "'";
            case "rdquo", "ldquo" -> "\"";
            case "ndash" -> "-";
            case "mdash" -> "--";
            case "hellip" -> "...";
            case "copy" -> "(c)";
            case "euro" -> "EUR";
            default -> whole;
        };
    }

    /** Removes every {@code open...close} region (case-insensitive) in one linear pass; an unclosed one runs to the end. */
    static String removeBetween(String s, String open, String close) {
        int from = indexOfIgnoreCase(s, open, 0);
        if (from < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int pos = 0;
        while (from >= 0) {
            out.append(s, pos, from);
            int end = indexOfIgnoreCase(s, close, from + open.length());
            if (end < 0) {
                return out.toString();
            }
            pos = end + close.length();
            from = indexOfIgnoreCase(s, open, pos);
        }
        out.append(s, pos, s.length());
        return out.toString();
    }

    // Not toLowerCase().indexOf(): lower-casing can change the length of a string and shift offsets.
    private static int indexOfIgnoreCase(String s, String needle, int from) {
        char first = needle.charAt(0);
        for (int i = from, last = s.length() - needle.length(); i <= last; i++) {
            if (s.charAt(i) == first && s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
