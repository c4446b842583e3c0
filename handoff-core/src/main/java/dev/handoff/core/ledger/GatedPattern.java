package dev.handoff.core.ledger;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive phrase pattern tried only where one of its matches can start. {@code find()} on a
 * wide alternation makes the regex engine try every alternative at every position of the sentence;
 * here a position is tried only when its first two characters, case-folded as {@code (?iu)} folds them,
 * are a declared prefix of some alternative: at the start of a word for alternatives behind {@code \b},
 * anywhere for the others. Results are those of {@link Matcher#find()} on the same pattern, provided the
 * declared prefixes cover every alternative (the tests check this on real ticket text).
 */
public final class GatedPattern {

    private final Pattern pattern;
    /** Folded (first, second) character pairs, or (first, 0) for a one-character prefix; at word starts and anywhere. */
    private final BitSet wordStart = new BitSet(1 << 16);
    private final BitSet anywhere = new BitSet(1 << 16);
    private final boolean digitStart;
    private final boolean lineStart;
    /** Without prefixes for inside words, a position inside a word is ruled out before any folding. */
    private final boolean anyPrefixes;

    /**
     * @param wordPrefixes comma-separated prefixes (two characters, or one for "any second character") of
     *                     the alternatives that begin with {@code \b} and a letter; {@code #} for a digit
     * @param anyPrefixes  the same for alternatives that may start inside a word
     * @param lineStart    whether some alternative is anchored with {@code ^}: position 0 is always tried
     */
    public GatedPattern(String regex, String wordPrefixes, String anyPrefixes, boolean lineStart) {
        this.pattern = Pattern.compile(regex);
        this.digitStart = declare(wordPrefixes, wordStart);
        if (declare(anyPrefixes, anywhere)) {
            throw new IllegalArgumentException("digit starts are declared among word prefixes");
        }
        this.lineStart = lineStart;
        this.anyPrefixes = !anywhere.isEmpty();
    }

    private static boolean declare(String prefixes, BitSet into) {
        boolean digit = false;
        for (String p : prefixes.split(",")) {
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("#")) {
                digit = true;
                continue;
            }
            if (p.length() > 2 || fold(p.charAt(0)) > 0xFF || p.length() == 2 && fold(p.charAt(1)) > 0xFF) {
                throw new IllegalArgumentException("prefix must be one or two Latin-1 characters: " + p);
            }
            into.set(fold(p.charAt(0)) << 8 | (p.length() == 2 ? fold(p.charAt(1)) : 0));
        }
        return digit;
    }

    /** Case folding as the regex engine applies it under {@code (?iu)}. */
    static int fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    public Pattern pattern() {
        return pattern;
    }

    public boolean find(String s) {
        return count(s, 1) > 0;
    }

    /** Number of non-overlapping matches, as successive {@link Matcher#find()} calls see them, up to {@code max}. */
    public int count(String s, int max) {
        Matcher m = null;
        int n = 0;
        int len = s.length();
        int i = 0;
        while (i < len && n < max) {
            if (i == 0 && lineStart || mayStart(s, i, len)) {
                if (m == null) {
                    // Transparent bounds let \b and lookbehinds see the text before the region, as find() does.
                    m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(i, len);
                if (m.lookingAt()) {
                    n++;
                    i = Math.max(m.end(), i + 1);
                    continue;
                }
            }
            i++;
        }
        return n;
    }

    private boolean mayStart(String s, int i, int len) {
        if (!anyPrefixes && !atWordStart(s, i)) {
            return false;
        }
        char c = s.charAt(i);
        int a = fold(c);
        if (a > 0xFF) {
            return false;
        }
        if (anywhere.get(a << 8) || wordStart.get(a << 8) && atWordStart(s, i)) {
            return true;
        }
        if (i + 1 < len) {
            int b = fold(s.charAt(i + 1));
            if (b <= 0xFF) {
                int key = a << 8 | b;
                if (anywhere.get(key) || wordStart.get(key) && atWordStart(s, i)) {
                    return true;
                }
            }
        }
        return digitStart && c >= '0' && c <= '9' && atWordStart(s, i);
    }

    /** No word character before {@code i}: where {@code \b} can hold before a letter or digit. */
    private static boolean atWordStart(String s, int i) {
        if (i == 0) {
            return true;
        }
        char p = s.charAt(i - 1);
        if (p < 0x80) {
            // Most text is ASCII: a table-free test, called at every position of every sentence
            return !(p >= 'a' && p <= 'z' || p >= 'A' && p <= 'Z' || p >= '0' && p <= '9' || p == '_');
        }
        return !Character.isLetterOrDigit(p);
    }
}
