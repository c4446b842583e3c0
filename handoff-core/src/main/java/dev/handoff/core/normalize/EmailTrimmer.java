package dev.handoff.core.normalize;

import dev.handoff.core.normalize.NormalizedLine.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts what e-mail clients append to a reply: the quoted earlier message with its attribution
 * header, signatures, "sent from my phone" lines and legal disclaimers. Conservative by design:
 * nothing is cut unless some body text stands before it, and signatures are only recognised at
 * the very end when everything after the closing looks like name, title or phone lines.
 *
 * <p>The header formats are those of Gmail, Outlook, Apple Mail and Thunderbird in English,
 * German, French and Spanish.
 */
final class EmailTrimmer {

    // "On Mon, 3 Mar 2024 at 10:02, Jane Doe <j@x.com> wrote:" and the de/fr/es equivalents. A digit
    // (the date) is required so that prose such as "On the second run you wrote:" is not taken.
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^(?:On\\s(?=[^\\n]{0,200}\\d)[^\\n]{0,400}\\swrote\\s?:"
                    + "|Am\\s(?=[^\\n]{0,200}\\d)[^\\n]{0,400}\\sschrieb\\b[^\\n]{0,400}:"
                    + "|Le\\s(?=[^\\n]{0,200}\\d)[^\\n]{0,400}\\sa\\s+écrit\\s?:"
                    + "|El\\s(?=[^\\n]{0,200}\\d)[^\\n]{0,400}\\sescribió\\s?:)$");
    private static final Pattern ATTRIBUTION_START = Pattern.compile("(?i)^(?:On|Am|Le|El)\\s");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "(?i)^-{2,}\\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\\s*-{2,}$");
    private static final Pattern UNDERSCORES = Pattern.compile("^_{10,}$");
    private static final Pattern FROM_LINE = Pattern.compile("(?i)^(?:From|Von|De|Van)\\s?:\\s*\\S.*$");
    // The date field ("Sent:") is what tells a mail header from "From: x To: y" lines in update logs.
    private static final Pattern DATE_FIELD = Pattern.compile("(?i)^(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado(?: el)?|Fecha)\\s?:");
    private static final Pattern OTHER_FIELD = Pattern.compile("(?i)^(?:To|Cc|Subject|An|Betreff|À|Objet|Para|Asunto)\\s?:");
    private static final Pattern INLINE_DATE_FIELD = Pattern.compile("(?i)\\s(?:Sent|Gesendet|Envoyé|Enviado(?: el)?)\\s?:\\s");
    private static final Pattern INLINE_OTHER_FIELD = Pattern.compile("(?i)\\s(?:To|Subject|An|Betreff|À|Objet|Para|Asunto)\\s?:\\s");

    private static final Pattern MOBILE = Pattern.compile(
            "(?i)^(?:Sent from my [^\\n]{1,40}|Sent from (?:Mail|Outlook|Yahoo Mail) for [^\\n]{1,30}"
                    + "|Get Outlook for [^\\n]{1,30}|Von meinem [^\\n]{1,40} gesendet|Gesendet von meinem [^\\n]{1,40}"
                    + "|Envoyé de mon [^\\n]{1,40}|Enviado desde mi [^\\n]{1,40})$");

    private static final Pattern DISCLAIMER_START = Pattern.compile(
            "(?i)^(?:(?:this|the) (?:e-?mail|message|communication|transmission)\\b.{0,300}\\b(?:confidential|privileged|intended (?:only )?for)"
                    + "|the information (?:contained )?in this (?:e-?mail|message)"
                    + "|confidentiality notice|disclaimer\\s*:|legal notice\\s*:"
                    + "|(?:diese|die) (?:e-?mail|nachricht)\\b.{0,300}\\bvertraulich"
                    + "|ce (?:message|courriel|e-?mail|mail)\\b.{0,300}\\bconfidenti"
                    + "|(?:este|el) (?:mensaje|correo)\\b.{0,300}\\bconfidencial)");
    /** First characters of every {@link #DISCLAIMER_START} alternative (ASCII case-insensitive): other paragraphs skip it. */
    private static final String DISCLAIMER_FIRST = "tTcCdDlLeE";
    private static final Pattern DISCLAIMER_ANY = Pattern.compile(
            "(?i)\\b(?:confidential|privileged|intended recipient|virus|vertraulich|Empfänger|confidentiel|destinataire"
                    + "|confidencial|destinatario)");

    private static final Pattern CLOSING_STRONG = Pattern.compile(
            "(?i)^(?:(?:(?:best|kind|warm|warmest|kindest|many thanks and|thanks and|thanks &|with best|with kind)\\s+)?regards"
                    + "|(?:yours\\s+)?(?:sincerely|truly|faithfully)(?:\\s+yours)?"
                    + "|mit (?:freundlichen|besten|herzlichen|freundlichem) gr(?:ü|ue|u)(?:ß|ss)(?:en)?"
                    + "|(?:viele|beste|liebe|freundliche|herzliche) gr(?:ü|ue|u)(?:ß|ss)e|mfg"
                    + "|(?:bien |très )?cordialement|bien à vous|salutations(?: distinguées)?"
                    + "|(?:un )?saludos?(?: cordiales)?|cordiales saludos|atentamente)[,.!]?$");
    private static final Pattern CLOSING_WEAK = Pattern.compile(
            "(?i)^(?:thanks|thank you|many thanks|thanks a lot|thx|cheers|best|danke|vielen dank|merci|gracias|muchas gracias)[,.!]?$");
    /** A name as signed under a closing: up to four capitalised words or initials. */
    private static final Pattern NAME_LINE = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]{0,30}(?:\\s+\\p{Lu}[\\p{L}.'’-]{0,30}){0,3}$");

    /** First characters of every header line above (after an optional "*" from bold markup). */
    private static final String HEADER_FIRST_CHARS = "OoAaLlEe-_FfVvDd*";

    private EmailTrimmer() {
    }

    static List<NormalizedLine> trim(List<NormalizedLine> lines) {
        List<NormalizedLine> out = cutQuotedTail(lines);
        out = removeMobileLines(out);
        out = cutDisclaimers(out);
        out = cutSignature(out);
        return out;
    }

    /** Cuts from the first reply header (with body text above it) to the end: everything below is the earlier mail. */
    static List<NormalizedLine> cutQuotedTail(List<NormalizedLine> lines) {
        boolean body = false;
        for (int i = 0; i < lines.size(); i++) {
            NormalizedLine line = lines.get(i);
            if (line.kind() != Kind.CODE && isReplyHeader(lines, i)) {
                if (body) {
                    return new ArrayList<>(lines.subList(0, i));
                }
                // A forward with nothing above: keep it all, and its header lines are no body either.
                while (i + 1 < lines.size() && isHeaderContinuation(lines.get(i + 1).text())) {
                    i++;
                }
                continue;
            }
            body |= !line.isBlank();
        }
        return lines;
    }

    private static boolean isHeaderContinuation(String text) {
        String t = header(text);
        return t.isEmpty() || t.length() < 1000 && (FROM_LINE.matcher(t).matches() || DATE_FIELD.matcher(t).find()
                || OTHER_FIELD.matcher(t).find()
                || ATTRIBUTION.matcher(t).matches());
    }

    private static boolean isReplyHeader(List<NormalizedLine> lines, int i) {
        String raw = lines.get(i).text();
        char first = MarkupNormalizer.firstNonSpace(raw);
        if (HEADER_FIRST_CHARS.indexOf(first) < 0 || raw.length() > 1000) {
            return false;   // cheap exit for the common line, before any regex
        }
        String t = header(raw);
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        if (c == '-') {
            return t.length() > 12 && ORIGINAL_MESSAGE.matcher(t).matches();
        }
        if (c == '_') {
            int next = UNDERSCORES.matcher(t).matches() ? nextNonBlank(lines, i + 1, 2) : -1;
            return next >= 0 && isOutlookHeader(lines, next);
        }
        if (ATTRIBUTION_START.matcher(t).find()) {
            if (ATTRIBUTION.matcher(t).matches()) {
                return true;
            }
            // Gmail wraps long attributions over two lines.
            if (i + 1 < lines.size()) {
                String next = header(lines.get(i + 1).text());
                return !next.isEmpty() && next.length() < 200 && ATTRIBUTION.matcher(t + " " + next).matches();
            }
            return false;
        }
        return isOutlookHeader(lines, i);
    }

    private static boolean isOutlookHeader(List<NormalizedLine> lines, int i) {
        String t = header(lines.get(i).text());
        if (t.isEmpty() || "FfVvDd".indexOf(t.charAt(0)) < 0 || !FROM_LINE.matcher(t).matches()) {
            return false;
        }
        boolean date = INLINE_DATE_FIELD.matcher(t).find();
        boolean other = INLINE_OTHER_FIELD.matcher(t).find();
        // The fields follow the From line directly; the first line that is no field ends the block.
        for (int j = i + 1; j < lines.size() && j <= i + 6 && !(date && other); j++) {
            String f = header(lines.get(j).text());
            boolean d = f.length() < 1000 && f.indexOf(':') > 0 && DATE_FIELD.matcher(f).find();
            boolean o = !d && f.length() < 1000 && f.indexOf(':') > 0 && OTHER_FIELD.matcher(f).find();
            if (!d && !o && !f.isEmpty()) {
                break;
            }
            date |= d;
            other |= o;
        }
        return date && other;
    }

    /** A line as a header check sees it: trimmed, without the bold markers Jira's mail handler adds. */
    private static String header(String text) {
        String t = text.strip();
        return t.indexOf('*') >= 0 ? t.replace("*", "").strip() : t;
    }

    private static int nextNonBlank(List<NormalizedLine> lines, int from, int maxSkip) {
        for (int j = from; j < lines.size() && j <= from + maxSkip; j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private static List<NormalizedLine> removeMobileLines(List<NormalizedLine> lines) {
        List<NormalizedLine> out = new ArrayList<>(lines.size());
        for (NormalizedLine line : lines) {
            String t = line.text();
            if (line.kind() == Kind.TEXT && t.length() <= 80 && "SsVvGgEe".indexOf(MarkupNormalizer.firstNonSpace(t)) >= 0
                    && MOBILE.matcher(t.strip()).matches()) {
                continue;
            }
            out.add(line);
        }
        return out;
    }

    /** Drops a disclaimer paragraph and the disclaimer paragraphs that follow it (translations, virus notes). */
    private static List<NormalizedLine> cutDisclaimers(List<NormalizedLine> lines) {
        boolean body = false;
        for (int i = 0; i < lines.size(); i++) {
            NormalizedLine line = lines.get(i);
            boolean paragraphStart = !line.isBlank() && (i == 0 || lines.get(i - 1).isBlank());
            if (body && paragraphStart && line.kind() == Kind.TEXT && DISCLAIMER_FIRST.indexOf(firstNonWhitespace(line.text())) >= 0
                    && DISCLAIMER_START.matcher(paragraph(lines, i)).find()) {
                List<NormalizedLine> out = new ArrayList<>(lines.subList(0, i));
                int j = paragraphEnd(lines, i);
                while (j < lines.size()) {
                    int next = nextNonBlank(lines, j, Integer.MAX_VALUE - j - 1);
                    if (next < 0 || !DISCLAIMER_ANY.matcher(paragraph(lines, next)).find()) {
                        break;
                    }
                    j = paragraphEnd(lines, next);
                }
                out.addAll(lines.subList(j, lines.size()));
                return out;
            }
            body |= !line.isBlank();
        }
        return lines;
    }

    private static String paragraph(List<NormalizedLine> lines, int start) {
        StringBuilder sb = new StringBuilder();
        for (int j = start; j < lines.size() && !lines.get(j).isBlank() && sb.length() < 600; j++) {
            sb.append(lines.get(j).text().strip()).append(' ');
        }
        return sb.length() > 600 ? sb.substring(0, 600) : sb.toString();
    }

    /** First character of the line as {@link #paragraph} strips it, or 0. */
    private static char firstNonWhitespace(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return text.charAt(k);
            }
        }
        return 0;
    }

    private static int paragraphEnd(List<NormalizedLine> lines, int start) {
        int j = start;
        while (j < lines.size() && !lines.get(j).isBlank()) {
            j++;
        }
        return j;
    }

    /**
     * Cuts a "-- " signature block, or a closing ("Best regards," "Mit freundlichen Grüßen") when
     * only name, title, company or phone lines follow it up to the end.
     */
    private static List<NormalizedLine> cutSignature(List<NormalizedLine> lines) {
        // A "-- " delimiter counts only among the last lines: find where the last 11 non-blank lines start.
        int tail = lines.size();
        for (int count = 0; tail > 0 && count < 11; ) {
            if (!lines.get(--tail).isBlank()) {
                count++;
            }
        }
        for (int i = Math.max(1, tail); i < lines.size(); i++) {
            String raw = lines.get(i).text();
            // "-- " is the RFC 3676 delimiter; a bare "--" (trailing space lost) only when a name follows.
            boolean delimiter = raw.equals("-- ") || raw.equals("--") && nameFollows(lines, i);
            if (lines.get(i).kind() == Kind.TEXT && delimiter && hasBody(lines, i) && onlySignatureAfter(lines, i, 10, 100)) {
                return new ArrayList<>(lines.subList(0, i));
            }
        }
        int seen = 0;
        for (int i = lines.size() - 1; i > 0 && seen < 10; i--) {
            NormalizedLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.kind() == Kind.CODE) {
                break;
            }
            seen++;
            String t = line.text().strip();
            if (CLOSING_STRONG.matcher(t).matches()) {
                return hasBody(lines, i) && oneBlockAfter(lines, i) ? new ArrayList<>(lines.subList(0, i)) : lines;
            }
            if (CLOSING_WEAK.matcher(t).matches()) {
                return hasBody(lines, i) && namesOnlyAfter(lines, i) ? new ArrayList<>(lines.subList(0, i)) : lines;
            }
            if (!isSignatureLine(t)) {
                break;
            }
        }
        return lines;
    }

    private static boolean nameFollows(List<NormalizedLine> lines, int i) {
        int next = nextNonBlank(lines, i + 1, 1);
        return next >= 0 && NAME_LINE.matcher(lines.get(next).text().strip()).matches();
    }

    /** What follows a closing is one block of lines (name, title, phone), not more paragraphs. */
    private static boolean oneBlockAfter(List<NormalizedLine> lines, int i) {
        int first = nextNonBlank(lines, i + 1, 1);
        if (first < 0) {
            return true;
        }
        for (int j = first; j < lines.size(); j++) {
            if (lines.get(j).isBlank()) {
                return nextNonBlank(lines, j, Integer.MAX_VALUE - j - 1) < 0;
            }
        }
        return true;
    }

    private static boolean hasBody(List<NormalizedLine> lines, int end) {
        for (int j = 0; j < end; j++) {
            if (!lines.get(j).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySignatureAfter(List<NormalizedLine> lines, int i, int maxLines, int maxLength) {
        int count = 0;
        for (int j = i + 1; j < lines.size(); j++) {
            NormalizedLine l = lines.get(j);
            if (l.isBlank()) {
                continue;
            }
            if (l.kind() == Kind.CODE || l.text().strip().length() > maxLength || ++count > maxLines) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesOnlyAfter(List<NormalizedLine> lines, int i) {
        int count = 0;
        for (int j = i + 1; j < lines.size(); j++) {
            String t = lines.get(j).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (++count > 2 || !NAME_LINE.matcher(t).matches()) {
                return false;
            }
        }
        return count > 0;
    }

    private static boolean startsWithMarkup(String t) {
        char c = t.charAt(0);
        return c == '*' && t.length() > 1 && t.charAt(1) == ' ' || c == '#' || c == '|' || c == '{' || c == '>'
                || c == 'h' && t.length() > 2 && Character.isDigit(t.charAt(1)) && t.charAt(2) == '.';
    }

    /** Name, title, company, phone, address or web lines: short, and not a sentence or a question. */
    private static boolean isSignatureLine(String t) {
        if (t.length() > 80 || t.endsWith("?") || t.endsWith(":") || startsWithMarkup(t)) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int k = 0; k < t.length(); k++) {
            boolean ws = Character.isWhitespace(t.charAt(k));
            if (!ws && !inWord) {
                words++;
            }
            inWord = !ws;
        }
        return words <= 8;
    }
}
