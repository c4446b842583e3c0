package dev.handoff.core.ledger;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case trigger words, tested against the words of a sentence (letters and digits, with
 * inner apostrophes and hyphens) before a wide regular expression runs: most sentences hold no trigger.
 * Each word's hash is computed while scanning, from its characters lower-cased one by one; only a word
 * whose hash may be a trigger's is cut out, lower-cased as a string and looked up, so the common
 * sentence costs one scan and no allocation. Lower-casing by character differs from lower-casing the
 * string only where the string gains characters no trigger holds (U+0130, a final sigma), so the
 * hash filter never drops a trigger.
 */
public final class TriggerWords {

    private static final int HASH_BITS = 0xFFFF;

    private final Set<String> words;
    /** Low bits of the triggers' {@link String#hashCode()}. */
    private final BitSet hashes = new BitSet(HASH_BITS + 1);

    public TriggerWords(Set<String> words) {
        this.words = Set.copyOf(words);
        for (String w : this.words) {
            hashes.set(w.hashCode() & HASH_BITS);
        }
    }

    /** Whether any word of {@code text}, lower-cased, is a trigger. */
    public boolean anyIn(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            int h = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c) || ((c == '\'' || c == '\u2019' || c == '-') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    h = 31 * h + (c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c));
                    i++;
                } else {
                    break;
                }
            }
            if (i > start && hashes.get(h & HASH_BITS) && words.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
