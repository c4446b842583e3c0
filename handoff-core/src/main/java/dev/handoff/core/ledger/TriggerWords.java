package dev.handoff.core.ledger;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case trigger words, tested against the words of a sentence (letters and digits, with
 * inner apostrophes and hyphens) before a wide regular expression runs: most sentences hold no trigger.
 * A word is lower-cased and looked up only when its first letter and its length allow a trigger, so
 * the common sentence costs one scan and no allocation.
 */
public final class TriggerWords {

    private final Set<String> words;
    private final BitSet firstChars = new BitSet(1 << 16);
    private final int maxLength;

    public TriggerWords(Set<String> words) {
        this.words = Set.copyOf(words);
        int max = 0;
        for (String w : this.words) {
            firstChars.set(w.charAt(0));
            max = Math.max(max, w.length());
        }
        this.maxLength = max;
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
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c) || ((c == '\'' || c == '\u2019' || c == '-') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    i++;
                } else {
                    break;
                }
            }
            // Lower-casing never shortens a word and keeps its first letter's lower case first, so both checks are safe.
            if (i > start && i - start <= maxLength && firstChars.get(Character.toLowerCase(text.charAt(start)))
                    && words.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
