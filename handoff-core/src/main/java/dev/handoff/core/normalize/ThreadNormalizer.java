package dev.handoff.core.normalize;

import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Comment;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.normalize.NormalizedLine.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;

/**
 * Normalises a whole ticket thread for one audience: summary, description, environment field and
 * every comment the audience may see, in thread order, each as a {@link SourceText} whose reference
 * spans its whole text. Comments the audience may not see are left out entirely, so nothing of
 * theirs can leak into later de-duplication placeholders either.
 *
 * <p>Text that repeats earlier thread text counts once: a quote ({quote}, "bq.", "&gt;" lines) whose
 * lines mostly occur earlier is dropped; a block of three or more lines, or a single line of 80 or
 * more characters, that occurs earlier is replaced by a placeholder naming where it first appeared
 * ("[log repeated from comment 3]" for code blocks, "[repeated from description]" for prose).
 * Lines are compared by hash after case and whitespace folding, so the cost is linear in the thread.
 *
 * <p>Stateless and thread-safe.
 */
public final class ThreadNormalizer {

    /** Minimum characters of a single line that is de-duplicated on its own. */
    static final int LONG_LINE = 80;
    /** Lines per window for block de-duplication. */
    static final int WINDOW = 3;
    /** A window must carry this many characters, so three lines of "Hi," "Thanks" "Jane" never count. */
    static final int MIN_WINDOW_CHARS = 60;
    /**
     * A repeated run shorter than this (and not a single long line or the whole source) stays: three
     * shared lines of an updated test case ("var win = ...", "});") are not a re-pasted log.
     */
    static final int MIN_RUN_CHARS = 160;
    /** Share of a quote's lines that must occur earlier for the quote to count as repeated. */
    static final double QUOTE_REPEATED_SHARE = 0.6;

    private final MarkupNormalizer markup;

    public ThreadNormalizer() {
        this(new MarkupNormalizer());
    }

    public ThreadNormalizer(MarkupNormalizer markup) {
        this.markup = Objects.requireNonNull(markup, "markup");
    }

    public List<SourceText> normalize(Ticket ticket, Audience audience) {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(audience, "audience");
        Seen seen = new Seen();
        List<SourceText> out = new ArrayList<>();

        // The summary is restated in descriptions all the time; it only serves to recognise quotes.
        List<NormalizedLine> summaryLines = markup.lines(ticket.summary());
        String summary = join(summaryLines);
        if (!summary.isBlank()) {
            out.add(new SourceText(SourceRef.field(SourceRef.Kind.SUMMARY, ticket.reporter(), ticket.created(),
                    0, summary.length()), summary));
            seen.addQuotable(summaryLines);
        }
        addField(out, seen, ticket, SourceRef.Kind.DESCRIPTION, ticket.description(), "description");
        if (!ticket.environment().isBlank()) {
            addField(out, seen, ticket, SourceRef.Kind.ENVIRONMENT_FIELD, ticket.environment(), "environment");
        }
        for (Comment c : ticket.comments()) {
            if (!audience.canSee(c.visibility())) {
                continue;
            }
            String text = dedupe(markup.lines(c.body()), seen, "comment " + c.number());
            if (!text.isBlank()) {
                out.add(new SourceText(SourceRef.comment(c, 0, text.length()), text));
            }
        }
        return out;
    }

    private void addField(List<SourceText> out, Seen seen, Ticket ticket, SourceRef.Kind kind, String raw, String origin) {
        String text = dedupe(markup.lines(raw), seen, origin);
        if (!text.isBlank()) {
            out.add(new SourceText(SourceRef.field(kind, ticket.reporter(), ticket.created(), 0, text.length()), text));
        }
    }

    /** Removes from {@code lines} what {@code seen} already holds, then records what is left under {@code origin}. */
    private static String dedupe(List<NormalizedLine> lines, Seen seen, String origin) {
        List<NormalizedLine> kept = dropRepeatedQuotes(lines, seen);
        int n = kept.size();
        String[] keys = new String[n];
        long[] hashes = new long[n];
        char[] buffer = new char[128];
        for (int i = 0; i < n; i++) {
            String line = kept.get(i).text();
            if (buffer.length < line.length()) {
                buffer = new char[line.length()];
            }
            keys[i] = key(line, buffer, hashes, i);
        }
        // Non-blank line positions: windows skip blank lines, as a re-pasted log often differs in spacing.
        int[] idx = nonBlankPositions(keys);
        String[] repeatedFrom = new String[n];
        for (int w = 0; w + WINDOW <= idx.length; w++) {
            long h = windowHash(keys, hashes, idx, w);
            if (h == 0) {
                continue;
            }
            String from = seen.windows.get(h);
            if (from != null) {
                for (int k = w; k < w + WINDOW; k++) {
                    if (repeatedFrom[idx[k]] == null) {
                        repeatedFrom[idx[k]] = from;
                    }
                }
            }
        }
        for (int i : idx) {
            if (repeatedFrom[i] == null && keys[i].length() >= LONG_LINE) {
                repeatedFrom[i] = seen.lines.get(keys[i]);
            }
        }

        List<NormalizedLine> result = new ArrayList<>(n);
        int i = 0;
        while (i < n) {
            if (repeatedFrom[i] == null) {
                result.add(kept.get(i++));
                continue;
            }
            // One placeholder per run of repeated lines; blank lines inside the run belong to it.
            String from = repeatedFrom[i];
            int code = 0;
            int total = 0;
            int j = i;
            while (j < n && (repeatedFrom[j] != null || keys[j].isEmpty() && nextRepeated(repeatedFrom, keys, j))) {
                if (!keys[j].isEmpty()) {
                    total++;
                    code += kept.get(j).kind() == Kind.CODE ? 1 : 0;
                }
                j++;
            }
            int chars = 0;
            for (int k = i; k < j; k++) {
                chars += keys[k].length();
            }
            boolean wholeSource = total == idx.length;
            if (chars < MIN_RUN_CHARS && total > 1 && !wholeSource) {
                result.addAll(kept.subList(i, j));
                i = j;
                continue;
            }
            String label = (code * 2 >= total ? "[log repeated from " : "[repeated from ") + from + "]";
            result.add(new NormalizedLine(label, Kind.TEXT));
            i = j;
        }
        seen.add(kept, keys, hashes, idx, origin);
        return join(collapse(result));
    }

    private static boolean nextRepeated(String[] repeatedFrom, String[] keys, int j) {
        int k = j;
        while (k < keys.length && keys[k].isEmpty()) {
            k++;
        }
        return k < keys.length && repeatedFrom[k] != null;
    }

    /** Drops each run of quote lines of which most lines (or the long ones, as substrings) occur earlier. */
    private static List<NormalizedLine> dropRepeatedQuotes(List<NormalizedLine> lines, Seen seen) {
        if (lines.stream().noneMatch(l -> l.kind() == Kind.QUOTE)) {
            return lines;
        }
        List<NormalizedLine> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() != Kind.QUOTE) {
                out.add(lines.get(i++));
                continue;
            }
            int j = i;
            int total = 0;
            int repeated = 0;
            while (j < lines.size() && (lines.get(j).kind() == Kind.QUOTE || lines.get(j).isBlank()
                    && j + 1 < lines.size() && lines.get(j + 1).kind() == Kind.QUOTE)) {
                String k = key(stripQuoteMarks(lines.get(j).text()));
                if (!k.isEmpty()) {
                    total++;
                    if (seen.lines.containsKey(k) || seen.quotable.containsKey(k)
                            || seen.containsPart(k)) {
                        repeated++;
                    }
                }
                j++;
            }
            if (total == 0 || repeated < QUOTE_REPEATED_SHARE * total) {
                out.addAll(lines.subList(i, j));
            }
            i = j;
        }
        return out;
    }

    static String stripQuoteMarks(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(i);
    }

    /** Comparison key of a line: case folded, whitespace runs collapsed, ends trimmed. */
    static String key(String line) {
        // A key is never longer than its line: every space written stands for at least one whitespace read.
        return key(line, new char[line.length()], null, 0);
    }

    /**
     * The key of {@code line}, built in {@code out} (no shorter than the line); when {@code hashes} is given, the
     * key's 64-bit FNV-1a hash goes to {@code hashes[k]} (0 for a blank line), computed in the same pass.
     */
    private static String key(String line, char[] out, long[] hashes, int k) {
        int n = 0;
        long h = FNV_OFFSET;
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch < 0x80 ? ch <= ' ' && Character.isWhitespace(ch) : Character.isWhitespace(ch)) {
                space = n > 0;
                continue;
            }
            if (space) {
                out[n++] = ' ';
                h = (h ^ ' ') * FNV_PRIME;
                space = false;
            }
            char c = ch < 0x80 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch) : Character.toLowerCase(ch);
            out[n++] = c;
            h = (h ^ c) * FNV_PRIME;
        }
        if (hashes != null) {
            hashes[k] = n == 0 ? 0 : h;
        }
        return new String(out, 0, n);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static int[] nonBlankPositions(String[] keys) {
        int count = 0;
        for (String k : keys) {
            count += k.isEmpty() ? 0 : 1;
        }
        int[] idx = new int[count];
        int c = 0;
        for (int i = 0; i < keys.length; i++) {
            if (!keys[i].isEmpty()) {
                idx[c++] = i;
            }
        }
        return idx;
    }

    /** 64-bit hash of the window of {@link #WINDOW} non-blank lines starting at idx[w]; 0 when it is too short to count. */
    private static long windowHash(String[] keys, long[] hashes, int[] idx, int w) {
        int chars = 0;
        long h = 1125899906842597L;
        for (int k = w; k < w + WINDOW; k++) {
            chars += keys[idx[k]].length();
            h = 31 * h + hashes[idx[k]];
        }
        return chars < MIN_WINDOW_CHARS || h == 0 ? 0 : h;
    }

    private static String join(List<NormalizedLine> lines) {
        return MarkupNormalizer.join(lines);
    }

    private static List<NormalizedLine> collapse(List<NormalizedLine> lines) {
        List<NormalizedLine> out = new ArrayList<>(lines.size());
        for (NormalizedLine l : lines) {
            boolean blank = l.isBlank();
            if (blank && (out.isEmpty() || out.get(out.size() - 1).isBlank())) {
                continue;
            }
            out.add(l);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** What the thread said so far, by line key and by window hash, each with where it first appeared. */
    private static final class Seen {
        final Map<String, String> lines = new HashMap<>();
        final Map<Long, String> windows = new HashMap<>();
        /** Lines that only serve to recognise quotes (the summary). */
        final Map<String, String> quotable = new HashMap<>();
        /** All earlier keys in order, for quotes of part of a line; shingled lazily, as few threads need it. */
        final List<String> keysInOrder = new ArrayList<>();
        final Set<Long> shingles = new HashSet<>();
        int shingled;

        void add(List<NormalizedLine> kept, String[] keys, long[] hashes, int[] idx, String origin) {
            for (int i : idx) {
                lines.putIfAbsent(keys[i], origin);
                // Partial quotes are of prose; code lines are only ever quoted whole.
                if (kept.get(i).kind() != Kind.CODE) {
                    keysInOrder.add(keys[i]);
                }
            }
            for (int w = 0; w + WINDOW <= idx.length; w++) {
                long h = windowHash(keys, hashes, idx, w);
                if (h != 0) {
                    windows.putIfAbsent(h, origin);
                }
            }
        }

        void addQuotable(List<NormalizedLine> source) {
            for (NormalizedLine l : source) {
                String k = key(l.text());
                if (!k.isEmpty()) {
                    quotable.putIfAbsent(k, "summary");
                    keysInOrder.add(k);
                }
            }
        }

        /**
         * Whether a quote line of at least {@link #SHINGLE} words is part of an earlier line: nearly all
         * its word shingles occur earlier (a quote may start or end mid-word).
         */
        boolean containsPart(String key) {
            List<Long> own = shingles(key);
            if (own.isEmpty()) {
                return false;
            }
            while (shingled < keysInOrder.size()) {
                shingles.addAll(shingles(keysInOrder.get(shingled++)));
            }
            int present = 0;
            for (Long h : own) {
                present += shingles.contains(h) ? 1 : 0;
            }
            return present >= Math.max(1, own.size() - 2) && present * 5 >= own.size() * 4;
        }
    }

    /** Words per shingle for partial-quote matching. */
    static final int SHINGLE = 4;

    private static List<Long> shingles(String key) {
        List<Long> words = new ArrayList<>();
        int i = 0;
        while (i < key.length()) {
            while (i < key.length() && !Character.isLetterOrDigit(key.charAt(i))) {
                i++;
            }
            long h = FNV_OFFSET;
            int start = i;
            while (i < key.length() && Character.isLetterOrDigit(key.charAt(i))) {
                h = (h ^ key.charAt(i++)) * FNV_PRIME;
            }
            if (i > start) {
                words.add(h);
            }
        }
        List<Long> out = new ArrayList<>();
        for (int w = 0; w + SHINGLE <= words.size(); w++) {
            long h = 17;
            for (int k = w; k < w + SHINGLE; k++) {
                h = h * 1_000_003L + words.get(k);
            }
            out.add(h);
        }
        return out;
    }
}
