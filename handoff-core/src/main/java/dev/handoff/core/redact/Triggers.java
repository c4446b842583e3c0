package dev.handoff.core.redact;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One pass over the lower-cased text finds every trigger word of every detector (first-character table, then a
 * region compare), instead of one {@code indexOf} pass per word.
 */
final class Triggers {
    private final String[][] byStart = new String[128 * 128][];

    Triggers(String... words) {
        Map<Integer, java.util.List<String>> m = new HashMap<>();
        for (String w : words) {
            if (w.length() < 2 || w.charAt(0) >= 128 || w.charAt(1) >= 128) {
                throw new IllegalArgumentException("trigger must start with two ASCII characters: " + w);
            }
            java.util.List<String> l = m.computeIfAbsent(w.charAt(0) * 128 + w.charAt(1), k -> new java.util.ArrayList<>());
            if (!l.contains(w)) {
                l.add(w);
            }
        }
        m.forEach((k, l) -> byStart[k] = l.toArray(new String[0]));
    }

    Hits scan(String low) {
        Hits hits = new Hits();
        char[] cs = low.toCharArray(); // avoids per-char bounds checks on UTF-16 strings
        int n = cs.length - 1;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            char c2 = cs[i + 1];
            if ((c | c2) >= 128) {
                continue;
            }
            String[] cands = byStart[c * 128 + c2];
            if (cands == null) {
                continue;
            }
            for (String t : cands) {
                int len = t.length();
                if (i + len > cs.length) {
                    continue;
                }
                int k = 2;
                while (k < len && cs[i + k] == t.charAt(k)) {
                    k++;
                }
                if (k == len) {
                    hits.add(t, i);
                }
            }
        }
        return hits;
    }

    static final class Hits {
        private static final int[] NONE = new int[0];
        private final Map<String, int[]> positions = new HashMap<>();
        private final Map<String, Integer> sizes = new HashMap<>();

        void add(String t, int pos) {
            int[] arr = positions.get(t);
            int size = sizes.getOrDefault(t, 0);
            if (arr == null) {
                arr = new int[4];
            } else if (size == arr.length) {
                arr = Arrays.copyOf(arr, size * 2);
            }
            arr[size] = pos;
            positions.put(t, arr);
            sizes.put(t, size + 1);
        }

        /** Ascending positions of the trigger in the text (empty if absent). */
        int[] of(String t) {
            int[] arr = positions.get(t);
            return arr == null ? NONE : Arrays.copyOf(arr, sizes.get(t));
        }

        boolean has(String t) {
            return positions.containsKey(t);
        }

        boolean isEmpty() {
            return positions.isEmpty();
        }
    }
}
