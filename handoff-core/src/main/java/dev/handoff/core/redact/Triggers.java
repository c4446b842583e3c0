package dev.handoff.core.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over the text finds every trigger word of every detector, case-blind (a table of the first three
 * characters, then a region compare), instead of one {@code indexOf} pass per word. Nothing lower-cased is kept:
 * detectors lower the few characters they compare, with {@link #lower}, {@link #lowerString} and
 * {@link #startsWithLower}.
 */
final class Triggers {
    /** Trigger ids by their first two characters; a trigger's id indexes {@link #words}. */
    private final int[][] byStart = new int[128 * 128][];
    /**
     * By the first two characters, the third characters of the triggers that start with them, one bit per
     * {@code c & 63}; all bits for two-letter triggers. Zero if no trigger starts with the two.
     */
    private final long[] thirdBits = new long[128 * 128];
    private final char[][] words;
    private final Map<String, Integer> ids = new HashMap<>();

    Triggers(String... words) {
        List<char[]> distinct = new ArrayList<>();
        Map<Integer, List<Integer>> m = new HashMap<>();
        for (String w : words) {
            if (w.length() < 2 || w.charAt(0) >= 128 || w.charAt(1) >= 128) {
                throw new IllegalArgumentException("trigger must start with two ASCII characters: " + w);
            }
            if (ids.containsKey(w)) {
                continue;
            }
            ids.put(w, distinct.size());
            int key = w.charAt(0) * 128 + w.charAt(1);
            m.computeIfAbsent(key, k -> new ArrayList<>()).add(distinct.size());
            thirdBits[key] |= w.length() > 2 ? 1L << w.charAt(2) : -1L;
            distinct.add(w.toCharArray());
        }
        this.words = distinct.toArray(new char[0][]);
        m.forEach((k, l) -> byStart[k] = l.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Finds every trigger, lower-casing char by char (so that indexes are indexes into the text: String.toLowerCase
     * changes the length of a few letters such as U+0130). The same pass notes the stretches of run characters long
     * enough to hold a secret for {@link RunScanner}, which otherwise walked the words around a probe every
     * {@link RunScanner#MIN_RUN} characters. Each position costs one table look-up for its lower case and kind, and
     * one for the trigger starts of the three characters ending there. {@code cs} is not written: a lower-cased copy
     * cost a store per character, and the run judges then had to restore the case of every stretch they read.
     */
    Hits scan(char[] cs) {
        Hits hits = new Hits(this);
        int n = cs.length;
        long[] third = thirdBits;
        int[] ascii = ASCII;
        // the two lower-cased characters before the current one stay in registers
        char c = 0;
        char c2 = 0;
        int run = 0;
        for (int j = 0; j < n; j++) {
            char o = cs[j];
            int e = o < 128 ? ascii[o] : Character.toLowerCase(o);
            char c3 = (char) e;
            // length of the stretch of segment characters ending at j, without a branch per character
            int next = (run + 1) & -(e >>> 16);
            if (run >= RunScanner.MIN_RUN && next == 0) {
                hits.addStretch(j - run, j);
            }
            run = next;
            if (j >= 2 && (c | c2) < 128 && (third[c << 7 | c2] & 1L << c3) != 0) {
                match(cs, j - 2, byStart[c << 7 | c2], hits);
            }
            c = c2;
            c2 = c3;
        }
        if (run >= RunScanner.MIN_RUN) {
            hits.addStretch(n - run, n);
        }
        // a trigger in the last two characters has no third one to filter on
        if (n >= 2 && (c | c2) < 128 && third[c << 7 | c2] != 0) {
            match(cs, n - 2, byStart[c << 7 | c2], hits);
        }
        return hits;
    }

    /** Compares the rest of the triggers that start with the two characters at {@code i}. */
    private void match(char[] cs, int i, int[] ids, Hits hits) {
        for (int id : ids) {
            char[] t = words[id];
            int len = t.length;
            if (i + len > cs.length) {
                continue;
            }
            int k = 2;
            while (k < len && lower(cs[i + k]) == t[k]) {
                k++;
            }
            if (k == len) {
                hits.add(id, i);
            }
        }
    }

    /** Per ASCII character: its lower case, and bit 16 if it is a segment character of {@link RunScanner}. */
    private static final int[] ASCII = new int[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (c >= 'A' && c <= 'Z' ? c + 32 : c) | (RunScanner.segmentChar(c) ? 1 << 16 : 0);
        }
    }

    /** A table for ASCII, which is most of a ticket. */
    static char lower(char c) {
        return c < 128 ? (char) ASCII[c] : Character.toLowerCase(c);
    }

    /** {@code count} characters from {@code from}, each {@link #lower}ed. */
    static String lowerString(char[] cs, int from, int count) {
        char[] out = new char[count];
        for (int k = 0; k < count; k++) {
            out[k] = lower(cs[from + k]);
        }
        return new String(out);
    }

    /** Whether the lower-case {@code prefix} is at {@code at}, the characters there {@link #lower}ed. */
    static boolean startsWithLower(char[] cs, String prefix, int at) {
        if (at < 0 || at > cs.length - prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (lower(cs[at + k]) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static final class Hits {
        private static final int[] NONE = new int[0];
        private final Triggers triggers;
        private final int[][] positions;
        private final int[] sizes;
        private boolean empty = true;
        /** from, to of each stretch of segment characters at least {@link RunScanner#MIN_RUN} long, ascending */
        private int[] stretches = new int[64];
        private int stretchEnds;

        private Hits(Triggers triggers) {
            this.triggers = triggers;
            this.positions = new int[triggers.words.length][];
            this.sizes = new int[triggers.words.length];
        }

        private void add(int id, int pos) {
            int[] arr = positions[id];
            int size = sizes[id];
            if (arr == null) {
                arr = positions[id] = new int[4];
            } else if (size == arr.length) {
                arr = positions[id] = Arrays.copyOf(arr, size * 2);
            }
            arr[size] = pos;
            sizes[id] = size + 1;
            empty = false;
        }

        private void addStretch(int from, int to) {
            if (stretchEnds + 2 > stretches.length) {
                stretches = Arrays.copyOf(stretches, stretches.length * 2);
            }
            stretches[stretchEnds++] = from;
            stretches[stretchEnds++] = to;
        }

        /** The stretches as from, to pairs: {@code stretches()[0 .. stretchEnds())}. */
        int[] stretches() {
            return stretches;
        }

        int stretchEnds() {
            return stretchEnds;
        }

        private int id(String t) {
            Integer id = triggers.ids.get(t);
            if (id == null) {
                throw new IllegalArgumentException("not a trigger: " + t);
            }
            return id;
        }

        /**
         * Ascending positions of the trigger in the text (empty if absent). The array is shared, not copied per call:
         * a line of a million triggers made each copy a megabyte.
         */
        int[] of(String t) {
            int id = id(t);
            int[] arr = positions[id];
            if (arr == null) {
                return NONE;
            }
            if (arr.length != sizes[id]) {
                arr = positions[id] = Arrays.copyOf(arr, sizes[id]);
            }
            return arr;
        }

        int count(String t) {
            return sizes[id(t)];
        }

        boolean has(String t) {
            return sizes[id(t)] > 0;
        }

        boolean isEmpty() {
            return empty;
        }
    }
}
