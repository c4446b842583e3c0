package dev.handoff.core.ledger;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive phrase pattern tried only where one of its matches can start. {@code find()} on a
 * wide alternation makes the regex engine try every alternative at every position of the sentence, and
 * one such try costs about a microsecond; here a position is tried only when the text there starts with
 * a declared prefix of some alternative, compared case-folded as {@code (?iu)} folds: at the start of a
 * word for alternatives behind {@code \b}, anywhere for the others. Results are those of
 * {@link Matcher#find()} on the same pattern, provided every match starts with a declared prefix (the
 * tests check this on real ticket text).
 */
public final class GatedPattern {

    private final Pattern pattern;
    /** Folded prefixes by their folded first character; at word starts and anywhere. */
    private final char[][][] wordStart = new char[0x100][][];
    private final char[][][] anywhere = new char[0x100][][];
    private final boolean digitStart;
    private final boolean lineStart;
    /** Without prefixes for inside words, a position inside a word is ruled out before any folding. */
    private final boolean anyPrefixes;

    /**
     * @param wordPrefixes comma-separated prefixes of the alternatives that begin with {@code \b} and a
     *                     letter, as long as the alternative's literal start (a prefix may end anywhere
     *                     in it); a space stands for one character of {@code \s}; {@code #} for a digit
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
        this.anyPrefixes = Arrays.stream(anywhere).anyMatch(Objects::nonNull);
    }

    private static boolean declare(String prefixes, char[][][] into) {
        boolean digit = false;
        for (String p : prefixes.split(",")) {
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("#")) {
                digit = true;
                continue;
            }
            char[] folded = new char[p.length()];
            for (int k = 0; k < folded.length; k++) {
                folded[k] = (char) fold(p.charAt(k));
            }
            if (folded[0] > 0xFF || folded[0] == ' ') {
                throw new IllegalArgumentException("prefix must start with a Latin-1 character other than a space: " + p);
            }
            char[][] old = into[folded[0]];
            char[][] grown = old == null ? new char[1][] : Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = folded;
            into[folded[0]] = grown;
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
        // Whether the character before i is a word character: carried along, so each character is read once.
        boolean afterWord = false;
        while (i < len && n < max) {
            char c = s.charAt(i);
            if (i == 0 && lineStart || mayStart(s, i, len, c, !afterWord)) {
                if (m == null) {
                    // Transparent bounds let \b and lookbehinds see the text before the region, as find() does.
                    m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(i, len);
                if (m.lookingAt()) {
                    n++;
                    i = Math.max(m.end(), i + 1);
                    afterWord = isWordChar(s.charAt(i - 1));
                    continue;
                }
            }
            afterWord = isWordChar(c);
            i++;
        }
        return n;
    }

    /** Whether a declared prefix starts at {@code i}, where the text has {@code c}, at a word start or not. */
    private boolean mayStart(String s, int i, int len, char c, boolean atStart) {
        if (!atStart && !anyPrefixes) {
            return false;
        }
        int a = fold(c);
        if (a > 0xFF) {
            return false;
        }
        return atStart && (startsWithAny(s, i, len, wordStart[a]) || digitStart && c >= '0' && c <= '9')
                || startsWithAny(s, i, len, anywhere[a]);
    }

    /** Whether the text at {@code i}, whose first character folds to theirs, starts with one of {@code prefixes}. */
    private static boolean startsWithAny(String s, int i, int len, char[][] prefixes) {
        if (prefixes == null) {
            return false;
        }
        for (char[] p : prefixes) {
            if (i + p.length <= len && startsWith(s, i, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(String s, int i, char[] prefix) {
        for (int k = 1; k < prefix.length; k++) {
            char c = s.charAt(i + k);
            char want = prefix[k];
            // The engine compares a pattern character, folded, with the text's character as it is and folded.
            if (want == ' ' ? !isRegexSpace(c) : c != want && fold(c) != want) {
                return false;
            }
        }
        return true;
    }

    /** The characters of {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A character {@code \b} counts as part of a word. */
    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            // Most text is ASCII: a table-free test, made for every character of every text scanned
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }
}
