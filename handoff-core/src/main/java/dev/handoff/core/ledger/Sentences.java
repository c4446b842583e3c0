package dev.handoff.core.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits normalised text into sentences by a single left-to-right scan (no regular expressions,
 * so hostile input cannot make it backtrack). Line breaks always end a sentence because Jira
 * comments put list items, log lines and paragraphs on lines of their own.
 */
public final class Sentences {

    /**
     * One sentence as offsets into the text, trimmed. {@code listNumber} is the number of the list
     * item the sentence opens ("1." / "2)" / "(3)" / "#" counted), 0 when it opens none.
     */
    public record Sentence(int start, int end, int listNumber, int line) {
        public String in(String text) {
            return text.substring(start, end);
        }
    }

    // Tokens after which a full stop does not end a sentence.
    private static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.List.of(
            "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "no", "nr", "approx", "incl", "z.b", "bzw",
            "ca", "usw", "d.h", "u.a", "cf", "fig", "ex", "p.s", "ps", "resp", "sr", "jr", "st"));

    private static final int MAX_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElseThrow();

    private Sentences() {
    }

    /**
     * Only this many leading characters of a source are read. Past that a source is a pasted log or
     * file; people ask, answer and report in prose well before it, and the cap keeps a megabyte of
     * hostile text from costing more than a few milliseconds.
     */
    public static final int SCAN_LIMIT = 32_768;

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = Math.min(text.length(), SCAN_LIMIT);
        if (n < text.length() && Character.isHighSurrogate(text.charAt(n - 1))) {
            n--; // never split a surrogate pair
        }
        int lineStart = 0;
        int lineNo = 0;
        int hashCounter = 0;
        while (lineStart <= n) {
            int lineEnd = lineEnd(text, lineStart, n);
            // E-mail text wraps mid-sentence: a line that stops without punctuation and a next line
            // that starts in lower case are one sentence.
            while (lineEnd < n && isSoftWrap(text, lineStart, lineEnd, n)) {
                lineEnd = lineEnd(text, lineEnd + 1, n);
            }
            hashCounter = splitLine(text, lineStart, lineEnd, lineNo, hashCounter, out);
            lineNo++;
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static int lineEnd(String text, int from, int n) {
        int e = text.indexOf('\n', from);
        return e < 0 || e > n ? n : e;
    }

    private static boolean isSoftWrap(String text, int lineStart, int newline, int n) {
        int p = newline - 1;
        while (p >= lineStart && (text.charAt(p) == ' ' || text.charAt(p) == '\r' || text.charAt(p) == '\t')) {
            p--;
        }
        if (p < lineStart || !(Character.isLetterOrDigit(text.charAt(p)) || text.charAt(p) == ',')) {
            return false;
        }
        int q = newline + 1;
        while (q < n && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
            q++;
        }
        return q < n && Character.isLowerCase(text.charAt(q));
    }

    /**
     * A command-line tool's prompt with the answer typed after it ("? What's the project name? myFirstApp",
     * "? Appcelerator ID: jdoe"), pasted from a terminal: output, not a person asking or telling.
     */
    private static boolean isPrompt(String text, int s, int to) {
        if (s + 2 >= to || text.charAt(s) != '?' || text.charAt(s + 1) != ' ') {
            return false;
        }
        for (int i = s + 2; i < to - 1; i++) {
            char c = text.charAt(i);
            if ((c == '?' || c == ':') && text.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    private static int splitLine(String text, int from, int to, int lineNo, int hashCounter, List<Sentence> out) {
        int s = skipSpace(text, from, to);
        if (s >= to) {
            return hashCounter; // blank line keeps the count of a "#" list running through wrapped items
        }
        if (isPrompt(text, s, to)) {
            return 0;
        }
        int listNumber = 0;
        int[] marker = listMarker(text, s, to);
        if (marker != null) {
            if (marker[1] == -1) {
                hashCounter++;
                listNumber = hashCounter;
            } else if (marker[1] == 0) {
                hashCounter = 0;
            } else {
                listNumber = marker[1];
                hashCounter = 0;
            }
            s = skipSpace(text, marker[0], to);
        } else {
            hashCounter = 0;
        }
        int start = s;
        int i = s;
        while (i < to) {
            char c = text.charAt(i);
            // "for 3 (!) months": a bracketed mark is an aside, not a sentence end
            if ((c == '.' || c == '?' || c == '!') && !(c != '.' && i > s && text.charAt(i - 1) == '(')) {
                int j = i + 1;
                while (j < to && isTerminalOrCloser(text.charAt(j))) {
                    j++;
                }
                if (j >= to || Character.isWhitespace(text.charAt(j))) {
                    int next = skipSpace(text, j, to);
                    if (next >= to || endsSentence(text, start, i, c, text.charAt(next))) {
                        add(text, start, j, listNumber, lineNo, out);
                        listNumber = 0;
                        start = next;
                        i = next;
                        continue;
                    }
                }
                i = j;
                continue;
            }
            i++;
        }
        add(text, start, to, listNumber, lineNo, out);
        return hashCounter;
    }

    private static boolean endsSentence(String text, int start, int dot, char terminal, char next) {
        if (terminal != '.') {
            return true;
        }
        if (Character.isLowerCase(next)) {
            return false;
        }
        // Word before the dot: "e.g." or "No." must not split.
        int w = dot;
        while (w > start && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        while (w < dot && !Character.isLetterOrDigit(text.charAt(w))) {
            w++;
        }
        if (dot - w > MAX_ABBREVIATION) {
            return true;    // lower-casing never shortens a word: no abbreviation, no initial
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        // A single capital letter is an initial ("J. Doe").
        return !(word.length() == 1 && Character.isUpperCase(text.charAt(dot - 1)));
    }

    private static boolean isTerminalOrCloser(char c) {
        return c == '.' || c == '?' || c == '!' || c == '"' || c == '\'' || c == ')' || c == '\u201D' || c == '\u00BB';
    }

    /** {end of marker, number or -1 for "#" / "-" / "*"} or null. */
    private static int[] listMarker(String text, int s, int to) {
        char c = text.charAt(s);
        if ((c == '#' || c == '*' || c == '-' || c == '\u2022') && s + 1 < to && text.charAt(s + 1) == ' ') {
            return new int[] {s + 1, c == '#' ? -1 : 0}; // bullets are skipped but not numbered
        }
        int i = s;
        boolean paren = c == '(';
        if (paren) {
            i++;
        }
        int num = 0;
        int digits = 0;
        while (i < to && digits < 3 && Character.isDigit(text.charAt(i))) {
            num = num * 10 + (text.charAt(i) - '0');
            i++;
            digits++;
        }
        if (digits == 0 || digits > 2 || i >= to) {
            return null;
        }
        char d = text.charAt(i);
        if ((paren && d == ')') || (!paren && (d == '.' || d == ')'))) {
            if (i + 1 < to && text.charAt(i + 1) == ' ') {
                return new int[] {i + 1, num};
            }
        }
        return null;
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(String text, int start, int end, int listNumber, int line, List<Sentence> out) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, listNumber, line));
        }
    }
}
