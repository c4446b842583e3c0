package dev.handoff.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Markdown, HTML and Confluence storage-format XHTML into plain text: title, description,
 * headings and a body whose paragraphs are separated by blank lines. Regex-based on purpose: the
 * module may depend on Lucene only, and approved sources are documents, not arbitrary web pages.
 */
final class MarkupText {

    /** What a parser found; {@code title} and {@code description} may be empty, {@code frontMatter} keys are lower case. */
    record Parsed(String title, String description, List<String> headings, String body, Map<String, String> frontMatter) {
    }

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);
    private static final Pattern YAML_SCALAR = Pattern.compile("^([A-Za-z0-9_.\\-]+)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_REF_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern DOCFX_BLOCK = Pattern.compile("^\\s*:::.*$");
    private static final Pattern ALERT = Pattern.compile("\\[!(?:NOTE|IMPORTANT|WARNING|TIP|CAUTION|div[^\\]]*)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3}|`+)");
    private static final Pattern QUOTE_MARK = Pattern.compile("^\\s*(?:>\\s?)+");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}.*$");
    private static final Pattern HTML_TAG = Pattern.compile("<[^<>]{0,2000}>");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
    private static final Pattern DROP_ELEMENTS = Pattern.compile(
            "(?is)<(script|style|head|ac:parameter)(?:\\s[^>]*)?>.*?</\\1\\s*>");
    private static final Pattern HTML_TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title\\s*>");
    private static final Pattern HTML_HEADING = Pattern.compile("(?is)<h([1-6])(?:\\s[^>]*)?>(.*?)</h\\1\\s*>");
    private static final Pattern META_DESCRIPTION = Pattern.compile(
            "(?is)<meta\\s+[^>]*name\\s*=\\s*[\"']description[\"'][^>]*content\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(p|div|br|li|ul|ol|tr|table|h[1-6]|pre|blockquote|section|article|dd|dt|ac:structured-macro|ac:rich-text-body|ac:plain-text-body|ac:task)(?:\\s[^>]*)?/?>");
    private static final Pattern CELL_TAG = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");

    private MarkupText() {
    }

    static Parsed markdown(String text) {
        Map<String, String> front = new LinkedHashMap<>();
        String rest = text;
        Matcher fm = FRONT_MATTER.matcher(text);
        if (fm.find()) {
            for (String line : fm.group(1).split("\\r?\\n")) {
                if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("-") || line.startsWith("#")) {
                    continue; // list items and nested maps carry no field we use
                }
                Matcher m = YAML_SCALAR.matcher(line);
                if (m.matches()) {
                    front.put(m.group(1).toLowerCase(Locale.ROOT), unquote(m.group(2)));
                }
            }
            rest = text.substring(fm.end());
        }
        String title = front.getOrDefault("title", "");
        List<String> headings = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        boolean inFence = false;
        for (String raw : HTML_COMMENT.matcher(rest).replaceAll("").split("\\r?\\n", -1)) {
            if (FENCE.matcher(raw).find()) {
                inFence = !inFence;
                body.append("\n");
                continue;
            }
            if (inFence) {
                // code and console output stay: error strings often live there
                body.append(raw.strip()).append('\n');
                continue;
            }
            Matcher h = MD_HEADING.matcher(raw);
            if (h.matches()) {
                String heading = inlineMarkdown(h.group(2));
                body.append("\n\n");
                if (h.group(1).length() == 1 && title.isEmpty()) {
                    title = heading;
                } else if (!heading.isEmpty() && !heading.equalsIgnoreCase(title)) {
                    headings.add(heading);
                    // kept in the body too, as the first line of its section's passage
                    body.append(heading).append('\n');
                }
                continue;
            }
            if (DOCFX_BLOCK.matcher(raw).matches() || TABLE_RULE.matcher(raw).matches()) {
                body.append('\n');
                continue;
            }
            body.append(inlineMarkdown(raw)).append('\n');
        }
        return new Parsed(title, front.getOrDefault("description", ""), headings, paragraphs(body.toString()), front);
    }

    private static String inlineMarkdown(String line) {
        String s = QUOTE_MARK.matcher(line).replaceAll("");
        s = ALERT.matcher(s).replaceAll("");
        s = MD_IMAGE.matcher(s).replaceAll("$1");
        s = MD_LINK.matcher(s).replaceAll("$1");
        s = MD_REF_LINK.matcher(s).replaceAll("$1");
        s = HTML_TAG.matcher(s).replaceAll(" ");
        s = EMPHASIS.matcher(s).replaceAll("");
        s = s.replace('|', ' ');
        return decodeEntities(SPACES.matcher(s).replaceAll(" ").strip());
    }

    /** HTML, XHTML and Confluence storage format: CDATA (code macros) kept, macro parameters dropped. */
    static Parsed html(String text) {
        String s = HTML_COMMENT.matcher(text).replaceAll("");
        s = CDATA.matcher(s).replaceAll(m -> Matcher.quoteReplacement(escapeAngles(m.group(1))));
        s = DROP_ELEMENTS.matcher(s).replaceAll(" ");
        String title = "";
        Matcher t = HTML_TITLE.matcher(text);
        if (t.find()) {
            title = plain(t.group(1));
        }
        String description = "";
        Matcher d = META_DESCRIPTION.matcher(text);
        if (d.find()) {
            description = decodeEntities(d.group(1)).strip();
        }
        List<String> headings = new ArrayList<>();
        Matcher h = HTML_HEADING.matcher(s);
        while (h.find()) {
            String heading = plain(h.group(2));
            if (heading.isEmpty()) {
                continue;
            }
            if (title.isEmpty() && h.group(1).equals("1")) {
                title = heading;
            } else if (!heading.equalsIgnoreCase(title)) {
                headings.add(heading);
            }
        }
        s = BLOCK_TAG.matcher(s).replaceAll("\n\n");
        s = CELL_TAG.matcher(s).replaceAll(" ");
        s = HTML_TAG.matcher(s).replaceAll(" ");
        s = decodeEntities(s);
        return new Parsed(title, description, headings, paragraphs(s), Map.of());
    }

    private static String escapeAngles(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String plain(String html) {
        return SPACES.matcher(decodeEntities(HTML_TAG.matcher(html).replaceAll(" "))).replaceAll(" ").strip();
    }

    /** Lines trimmed, runs of blank lines collapsed to one: a blank line is the only paragraph break. */
    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : text.split("\\r?\\n")) {
            String l = SPACES.matcher(line).replaceAll(" ").strip();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(l);
            blank = 0;
        }
        return out.toString();
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String rep;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                rep = codePoint(Integer.parseInt(e.substring(2), 16), m.group());
            } else if (e.startsWith("#")) {
                rep = codePoint(Integer.parseInt(e.substring(1)), m.group());
            } else {
                rep = switch (e.toLowerCase(Locale.ROOT)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> " ";
                    case "ndash" -> "–";
                    case "mdash" -> "—";
                    case "rsquo", "lsquo" -> "'";
                    case "rdquo", "ldquo" -> "\"";
                    case "hellip" -> "...";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int cp, String whole) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : whole;
    }
}
