package dev.handoff.core.ledger;

import java.util.Arrays;
import java.util.Set;

/**
 * A set of lower-case trigger words, tested against the words of a sentence (letters and digits, with
 * inner apostrophes and hyphens) before a wide regular expression runs: most sentences hold no trigger.
 * Each word's hash is computed while scanning, from its characters lower-cased one by one; only a word
 * whose hash is a trigger's is compared, character by character with the same lower-casing, against the
 * triggers of that hash, so a sentence costs one scan and no allocation. Lower-casing by character
 * differs from lower-casing the string only where the string gains characters no trigger holds (U+0130,
 * a final sigma), so no trigger is missed.
 */
public final class TriggerWords {

    /** 4,096 slots: a few words per hundred share a slot with a trigger, and the table stays in the CPU cache. */
    private static final int HASH_BITS = 0xFFF;

    /** Triggers by the low bits of their {@link String#hashCode()}; most slots are empty. */
    private final String[][] byHash = new String[HASH_BITS + 1][];

    public TriggerWords(Set<String> words) {
        for (String w : Set.copyOf(words)) {
            int slot = w.hashCode() & HASH_BITS;
            String[] old = byHash[slot];
            String[] grown = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = w;
            byHash[slot] = grown;
        }
    }

    /** Whether any word of {@code text}, lower-cased, is a trigger. */
    public boolean anyIn(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !letterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            int h = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (letterOrDigit(c) || ((c == '\'' || c == '\u2019' || c == '-') && i + 1 < n && letterOrDigit(text.charAt(i + 1)))) {
                    h = 31 * h + lower(c);
                    i++;
                } else {
                    break;
                }
            }
            String[] candidates = byHash[h & HASH_BITS];
            if (i > start && candidates != null) {
                for (String w : candidates) {
                    if (sameWord(text, start, i, w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean sameWord(String text, int start, int end, String word) {
        if (end - start != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(start + k);
            // U+0130 lower-cases to two characters in a string, so the word it is in is no one-character match
            if (c == '\u0130' || lower(c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }

    private static boolean letterOrDigit(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }
}
