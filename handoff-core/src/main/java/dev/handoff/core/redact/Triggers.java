package dev.handoff.core.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over the text lower-cases it and finds every trigger word of every detector (a table of the first three
 * characters, then a region compare), instead of one {@code indexOf} pass per word.
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
     * Finds every trigger and lower-cases {@code cs} in place on the way (char by char, so that indexes into it are
     * indexes into the text: String.toLowerCase changes the length of a few letters such as U+0130). One pass
     * instead of a lower-casing pass and a scan; each position costs one table look-up for its next three characters.
     */
    Hits scan(char[] cs) {
        Hits hits = new Hits(this);
        int n = cs.length;
        if (n < 2) {
            if (n == 1) {
                cs[0] = lower(cs[0]);
            }
            return hits;
        }
        long[] third = thirdBits;
        // the two characters before the one being lowered stay in registers: reading them back from the array just
        // written made each position wait for the store before
        char c = lower(cs[0]);
        cs[0] = c;
        char c2 = lower(cs[1]);
        cs[1] = c2;
        for (int i = 0; i + 1 < n; i++) {
            char c3 = 0;
            long bit = -1L;
            if (i + 2 < n) {
                c3 = lower(cs[i + 2]);
                cs[i + 2] = c3;
                bit = 1L << c3;
            }
            if ((c | c2) < 128 && (third[c << 7 | c2] & bit) != 0) {
                match(cs, i, byStart[c << 7 | c2], hits);
            }
            c = c2;
            c2 = c3;
        }
        return hits;
    }

    /** Compares the triggers that start with the two characters at {@code i}; those past i + 2 are not lowered yet. */
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

    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
    }

    /** A table for ASCII, which is most of a ticket. Idempotent, as the scan relies on. */
    static char lower(char c) {
        return c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c);
    }

    static final class Hits {
        private static final int[] NONE = new int[0];
        private final Triggers triggers;
        private final int[][] positions;
        private final int[] sizes;
        private boolean empty = true;

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
