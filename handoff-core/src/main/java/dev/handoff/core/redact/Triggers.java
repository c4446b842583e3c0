package dev.handoff.core.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over the lower-cased text finds every trigger word of every detector (first-character table, then a
 * region compare), instead of one {@code indexOf} pass per word.
 */
final class Triggers {
    /** Trigger ids by their first two characters; a trigger's id indexes {@link #words}. */
    private final int[][] byStart = new int[128 * 128][];
    private final long[] startBits = new long[128 * 128 / 64];
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
        m.forEach((k, l) -> {
            byStart[k] = l.stream().mapToInt(Integer::intValue).toArray();
            startBits[k >>> 6] |= 1L << k;
        });
    }

    /** @param cs the lower-cased text */
    Hits scan(char[] cs) {
        Hits hits = new Hits(this);
        int n = cs.length - 1;
        long[] starts = startBits;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            char c2 = cs[i + 1];
            if ((c | c2) >= 128) {
                continue;
            }
            int key = c * 128 + c2;
            // a 2 KB bit set answers for most positions; the table of references is 32 times larger
            if ((starts[key >>> 6] & (1L << key)) == 0) {
                continue;
            }
            // third characters of the triggers with this start, one bit per (c & 63); all bits for two-letter ones
            if (i + 2 < cs.length && (thirdBits[key] & (1L << cs[i + 2])) == 0) {
                continue;
            }
            for (int id : byStart[key]) {
                char[] t = words[id];
                int len = t.length;
                if (i + len > cs.length) {
                    continue;
                }
                int k = 2;
                while (k < len && cs[i + k] == t[k]) {
                    k++;
                }
                if (k == len) {
                    hits.add(id, i);
                }
            }
        }
        return hits;
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
