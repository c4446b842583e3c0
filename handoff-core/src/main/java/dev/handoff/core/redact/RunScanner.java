package dev.handoff.core.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Finds maximal runs of token characters and judges each: vendor prefix, JWT, base64 PEM, license / BitLocker key,
 * or a random-looking standalone string. Linear in the text; regexes only see runs long enough to hold a secret.
 */
final class RunScanner {
    private RunScanner() {
    }

    static final int MIN_RUN = 16;
    static final int MIN_STANDALONE = 24;
    /** Shortest matches of {@link KnownTokens#PEM_BASE64}, {@link KnownTokens#LICENSE}, {@link KnownTokens#BITLOCKER}. */
    static final int PEM_MIN = 13 + 20;
    static final int LICENSE_MIN = 5 * 5 + 4;
    static final int BITLOCKER_MIN = 6 * 8 + 7;

    private static final boolean[] RUN_CHAR = new boolean[128];
    private static final boolean[] SEPARATOR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            RUN_CHAR[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-' || c == '+' || c == '/' || c == '.' || c == '~' || c == '|';
            SEPARATOR[c] = RUN_CHAR[c] && !Character.isLetterOrDigit(c);
        }
    }

    static boolean runChar(char c) {
        return c < 128 && RUN_CHAR[c];
    }

    /** End of the URL that starts at a run beginning with "//" after ':'. */
    private static int urlEnd(String text, int start) {
        int limit = Math.min(text.length(), start + 4096);
        int i = start;
        while (i < limit) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == '|' || c == '['
                    || c == ']' || c == '`' || c == '{' || c == '}') {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * The URLs of the text, taken in order of their "://" as runs are visited left to right. Every "://" starts a run
     * (':' is no run character), so the URLs are found from the trigger scan's "://" hits rather than by visiting
     * every short run.
     */
    private static final class Urls {
        private final String text;
        private final int[] schemes;
        private int k;
        private int until = -1;

        Urls(String text, Triggers.Hits hits) {
            this.text = text;
            this.schemes = hits.of("://");
        }

        /**
         * Whether a run starting at {@code pos} lies in a URL. A "://" inside the URL already measured ends where that
         * URL ends: measuring again from each one made a megabyte of "https://user:" quadratic.
         */
        boolean inUrl(int pos) {
            while (k < schemes.length && schemes[k] < pos) {
                int start = schemes[k] + 1;
                if (start >= until) {
                    until = urlEnd(text, start);
                }
                int from = Math.max(schemes[k] + 1, until - 1);
                while (k < schemes.length && schemes[k] < from) {
                    k++;
                }
            }
            return pos < until;
        }
    }

    /** Characters of a run, or of the base64 padding that may end one. */
    static boolean segmentChar(char c) {
        return runChar(c) || c == '=';
    }

    /**
     * Judges every run of at least {@link #MIN_RUN} characters. Such a run lies in a stretch of run characters and '='
     * at least as long, which the trigger scan noted on its way through the text; the stretch is split into runs here.
     *
     * @param cs the text's characters: String.charAt on UTF-16 strings costs a bounds check each
     */
    static void scan(String text, char[] cs, Triggers.Hits hits, Spans spans) {
        Matcher[] apis = null;
        Matcher jwt = null;
        Urls urls = new Urls(text, hits);
        Occurrences occ = new Occurrences(hits);
        int[] stretches = hits.stretches();
        for (int k = 0; k < hits.stretchEnds(); k += 2) {
            int from = stretches[k];
            int to = stretches[k + 1];
            int i = from;
            while (i < to) {
                if (!runChar(cs[i])) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < to) {
                    char c = cs[i];
                    if (runChar(c)) {
                        i++;
                    } else {
                        // '=' belongs to the run only as base64 padding, not as "name=value"
                        int j = i;
                        while (j < to && cs[j] == '=') {
                            j++;
                        }
                        if (j == to) {
                            i = j;
                        }
                        break;
                    }
                }
                if (i - start < MIN_RUN) {
                    continue;
                }
                if (apis == null) {
                    apis = new Matcher[KnownTokens.API.length];
                    jwt = KnownTokens.JWT.matcher(text);
                    jwt.useTransparentBounds(true);
                    jwt.useAnchoringBounds(false);
                }
                judge(text, cs, start, i, occ, apis, jwt, spans, urls.inUrl(start));
            }
        }
    }

    private static void judge(String text, char[] cs, int start, int end, Occurrences occ, Matcher[] apis, Matcher jwt,
                              Spans spans, boolean inUrl) {
        boolean found = false;
        int from = start;
        int eyj;
        while ((eyj = occurrence(cs, occ.eyJ, "eyJ", from, end)) >= 0) {
            // A JWT header is a segment of JWT characters ending in '.'. Every "eyJ" of one segment meets the same
            // '.', so the segment is tried once, at its leftmost eligible "eyJ": trying each made a line of "eyJ"
            // cost 4096 characters per occurrence.
            int q = eyj + 3;
            while (q < end && jwtChar(cs[q])) {
                q++;
            }
            from = q;
            if (q >= end || cs[q] != '.') {
                continue;
            }
            int at = q - eyj - 3 > 4096 ? occurrence(cs, occ.eyJ, "eyJ", q - 4099, q) : eyj;
            if (at < 0 || q - at - 3 < 8) {
                continue;
            }
            // "sk.eyJ..." starts three characters earlier
            int s = at - 3 >= start && (cs[at - 3] == 's' || cs[at - 3] == 't')
                    && cs[at - 2] == 'k' && cs[at - 1] == '.' ? at - 3 : at;
            jwt.region(s, end);
            if (jwt.lookingAt() || s != at && jwt.region(at, end).lookingAt()) {
                spans.add(jwt.start(), jwt.end(), SecretKind.JWT, 60);
                found = true;
                from = jwt.end();
            }
        }
        // the vendor patterns that start with a character class are tried only in runs that hold their literal
        int needles = 0;
        for (int k = 0; k < KnownTokens.NEEDLES.length; k++) {
            if (occurrence(cs, occ.needles[k], KnownTokens.NEEDLE_STRINGS[k], start + KnownTokens.NEEDLE_OFFSETS[k],
                    end) >= 0) {
                needles |= 1 << k;
            }
        }
        int[][] byStart = needles == 0 ? KnownTokens.API_BY_START_PLAIN : KnownTokens.API_BY_START;
        // Vendor prefixes start a run or follow a separator inside it; try only those positions. Every vendor format
        // is at least 16 long, and most two-character starts begin none, which is asked first.
        for (int p = start; p <= end - 16; p++) {
            int[] candidates = byStart[cs[p] * 128 + cs[p + 1]];
            if (candidates.length == 0 || p != start && !isSeparator(cs[p - 1])) {
                continue;
            }
            for (int idx : candidates) {
                if (!startsWith(cs, p, KnownTokens.API_PREFIX[idx], end)) {
                    continue;
                }
                int k = KnownTokens.API_NEEDLE[idx];
                if (k >= 0 && ((needles >> k & 1) == 0
                        || !startsWith(cs, p + KnownTokens.NEEDLE_OFFSETS[k], KnownTokens.NEEDLES[k], end))) {
                    continue;
                }
                Matcher api = apis[idx];
                if (api == null) {
                    api = apis[idx] = KnownTokens.API[idx].matcher(text);
                    api.useTransparentBounds(true);
                    api.useAnchoringBounds(false);
                }
                api.region(p, end);
                if (api.lookingAt()) {
                    String v = text.substring(api.start(), api.end());
                    // the part after the vendor prefix must not read like words (hf_requiredCharacteristic...)
                    boolean wordy = v.chars().anyMatch(Character::isUpperCase) ? Values.wordShare(v) * 2 >= v.length()
                            : !Values.hasDigit(v) && Values.vowelShare(v) >= 0.3;
                    // "ops_eyJ...": shown truncated or masked after the prefix, the value is not in the text
                    boolean maskedTail = api.end() + 3 < text.length()
                            && (Values.masked(text.substring(api.end(), api.end() + 4))
                            || text.startsWith("...", api.end()) || text.startsWith("\u2026", api.end()));
                    boolean fileInUrl = inUrl && api.start() > 0
                            && "/.-_".indexOf(text.charAt(api.start() - 1)) >= 0
                            && !(api.start() > 1 && text.startsWith("//", api.start() - 2));
                    if (!Values.masked(v) && !Values.synthetic(v) && !wordy && !maskedTail && !fileInUrl) {
                        spans.add(api.start(), api.end(), SecretKind.API_KEY, 50);
                        found = true;
                    }
                    p = api.end() - 1;
                    break;
                }
            }
        }
        int len = end - start;
        // each pattern below needs a minimum length inside the run; shorter runs (most of them) skip the search
        if (len >= PEM_MIN && occurrence(cs, occ.pem, "LS0tLS1", start, end) >= 0) {
            Matcher pem = KnownTokens.PEM_BASE64.matcher(text);
            if (KnownTokens.find(pem, start, end)) {
                spans.add(pem.start(), pem.end(), SecretKind.PRIVATE_KEY, 70);
                found = true;
            }
        }
        if (len >= LICENSE_MIN && len <= 60 && contains(cs, '-', start, end)) {
            Matcher lic = KnownTokens.LICENSE.matcher(text);
            if (KnownTokens.find(lic, start, end) && licenseLike(text, lic.start(), lic.end())) {
                spans.add(lic.start(), lic.end(), SecretKind.LICENSE_KEY, 40);
                found = true;
            }
            if (len >= BITLOCKER_MIN) {
                Matcher bl = KnownTokens.BITLOCKER.matcher(text);
                if (KnownTokens.find(bl, start, end)) {
                    spans.add(bl.start(), bl.end(), SecretKind.BITLOCKER_KEY, 40);
                    found = true;
                }
            }
        }
        if (!found && !basicCredentials(text, start, end, spans)) {
            standalone(text, cs, start, end, spans, inUrl);
        }
    }

    /** base64 of "user:password" (Kubernetes secrets, HTTP Basic, .dockercfg "auth") is a credential. */
    private static boolean basicCredentials(String text, int start, int end, Spans spans) {
        int n = end - start;
        if (n < 12 || n > 512 || n % 4 != 0) {
            return false;
        }
        // check the alphabet first: a failed decode throws, and exceptions per run would dominate the scan
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean b64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/' || c == '=' && i >= end - 2;
            if (!b64) {
                return false;
            }
        }
        byte[] raw;
        try {
            raw = java.util.Base64.getDecoder().decode(text.substring(start, end));
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = -1;
        for (int i = 0; i < raw.length; i++) {
            int b = raw[i] & 0xff;
            if (b < 0x21 || b > 0x7e) {
                return false;
            }
            if (b == ':' && colon < 0) {
                colon = i;
            }
        }
        if (colon <= 0 || colon >= raw.length - 4) {
            return false;
        }
        spans.add(start, end, SecretKind.PASSWORD, 20);
        return true;
    }

    private static boolean jwtChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** Asked of every character of every long run: one table look-up instead of seven comparisons. */
    private static boolean isSeparator(char c) {
        return c < 128 && SEPARATOR[c];
    }

    private static boolean contains(char[] cs, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cs[i] == c) {
                return true;
            }
        }
        return false;
    }

    /** The literals the run judges look for; the trigger scan finds them case-blind, the judges check the case. */
    static List<String> triggerWords() {
        List<String> words = new ArrayList<>(List.of("://", "eyj", "ls0tls1"));
        for (String needle : KnownTokens.NEEDLE_STRINGS) {
            words.add(needle.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Where the trigger scan found the literals of {@link #triggerWords}, ascending. */
    private static final class Occurrences {
        final int[] eyJ;
        final int[] pem;
        final int[][] needles = new int[KnownTokens.NEEDLE_STRINGS.length][];

        Occurrences(Triggers.Hits hits) {
            eyJ = hits.of("eyj");
            pem = hits.of("ls0tls1");
            for (int k = 0; k < needles.length; k++) {
                needles[k] = hits.of(KnownTokens.NEEDLE_STRINGS[k].toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * Leftmost occurrence of {@code needle} in [from, to) among {@code at}, the ascending positions where it occurs
     * in any case: searching every run for it cost a pass over each run per literal.
     */
    private static int occurrence(char[] cs, int[] at, String needle, int from, int to) {
        int i = Arrays.binarySearch(at, from);
        for (i = i < 0 ? -i - 1 : i; i < at.length && at[i] + needle.length() <= to; i++) {
            if (Values.startsWith(cs, needle, at[i])) {
                return at[i];
            }
        }
        return -1;
    }

    /**
     * Whether {@code prefix} is at {@code at}, wholly before {@code limit}: a literal that crosses the end of a run
     * cannot be part of a match inside it.
     */
    private static boolean startsWith(char[] cs, int at, char[] prefix, int limit) {
        if (at + prefix.length > limit) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (cs[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    /** Real product keys mix letters and digits; XXXXX-XXXXX-... or all-digit groups are placeholders or numbers. */
    private static boolean licenseLike(String text, int s, int e) {
        String v = text.substring(s, e);
        return Values.hasDigit(v) && v.chars().anyMatch(Character::isLetter) && !Values.masked(v.replace("-", ""));
    }

    /**
     * A random-looking string with no prefix and no keyword. Split on '.' and '/' so paths, hostnames and dotted
     * identifiers are judged segment by segment. The segments are judged before the name in front of the run is
     * read: most runs (URLs, paths, class names) fail there, and reading the name allocates.
     */
    private static void standalone(String text, char[] cs, int start, int end, Spans spans, boolean inUrl) {
        char first = cs[start];
        if (first == '_' || first == '/' || first == '.' || first == '~' || inUrl) {
            return; // mangled symbols (_ZN..., ___block_invoke), paths, relative names, parts of URLs
        }
        int trimmed = end;
        while (trimmed > start && "-_./~|".indexOf(cs[trimmed - 1]) >= 0) {
            trimmed--;
        }
        if (trimmed - start < MIN_STANDALONE) {
            return;
        }
        boolean random = false;
        int segStart = start;
        for (int i = start; i <= trimmed; i++) {
            if (i == trimmed || cs[i] == '.' || cs[i] == '/' || cs[i] == '|') {
                if (i - segStart >= 3 && isWord(cs, segStart, i)) {
                    return; // a path, package or file name with words in it
                }
                if (!random && i - segStart >= MIN_STANDALONE && randomLooking(text, segStart, i)) {
                    random = true;
                }
                segStart = i + 1;
            }
        }
        if (!random || afterIdentifierName(text, start) || versionQualifier(text, start, end)) {
            return;
        }
        // base64 with '/' or '.' inside: the whole run is the secret
        spans.add(start, trimmed, SecretKind.API_KEY, 10);
    }

    /** 3.4.2.201410131813-bSTAPq8a5tYq: an OSGi/Eclipse version with a build qualifier. */
    private static boolean versionQualifier(String t, int s, int e) {
        int first = s < e && (t.charAt(s) == 'v' || t.charAt(s) == 'V') ? s + 1 : s;
        if (first >= e || !Character.isDigit(t.charAt(first))) {
            return false;
        }
        int i = first;
        int dots = 0;
        while (i < e && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
            if (t.charAt(i) == '.') {
                dots++;
            }
            i++;
        }
        return dots >= 2;
    }

    private static final java.util.Set<String> ID_NAMES = java.util.Set.of("boundary", "digest", "hash", "checksum",
            "sha", "sha1", "sha256", "sha512", "md5", "etag", "id", "uuid", "guid", "commit", "revision", "rev", "build",
            "version", "integrity", "requestid", "request-id", "traceid", "trace-id", "correlationid", "crc", "signature",
            "fingerprint", "thumbprint", "serial", "ref", "cid", "msgid", "message-id", "file", "filename", "path", "name");

    /** "boundary=...", "digest": "...", "id: ...": the value names a thing rather than unlocking it. */
    private static boolean afterIdentifierName(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            i--;
        }
        if (i < 0 || (text.charAt(i) != '=' && text.charAt(i) != ':')) {
            return false;
        }
        i--;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            i--;
        }
        int e = i + 1;
        while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '_')) {
            i--;
        }
        String name = text.substring(i + 1, e).toLowerCase(java.util.Locale.ROOT);
        int k = name.length();
        while (k > 0 && (Character.isDigit(name.charAt(k - 1)) || name.charAt(k - 1) == '-' || name.charAt(k - 1) == '_')) {
            k--;
        }
        name = name.substring(0, k);
        if (ID_NAMES.contains(name)) {
            return true;
        }
        return name.endsWith("id") || name.endsWith("_id") || name.endsWith("hash") || name.endsWith("sum");
    }

    private static boolean isWord(char[] cs, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = cs[i];
            if (!(c >= 'a' && c <= 'z') && !(i == s && c >= 'A' && c <= 'Z') && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** Mixed-case alphanumerics with digits and high entropy; rejects hex (SHAs, checksums) and camel-case names. */
    static boolean randomLooking(String t, int s, int e) {
        int upper = 0;
        int lower = 0;
        int digit = 0;
        int transitions = 0;
        int prevClass = -1;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            int cls;
            if (c >= 'A' && c <= 'Z') {
                upper++;
                cls = 0;
            } else if (c >= 'a' && c <= 'z') {
                lower++;
                cls = 1;
            } else if (c >= '0' && c <= '9') {
                digit++;
                cls = 2;
            } else {
                cls = 3;
            }
            if (prevClass >= 0 && cls != prevClass) {
                transitions++;
            }
            prevClass = cls;
        }
        int n = e - s;
        // the counted conditions first: they reject most segments without the allocations below
        if (upper < 2 || lower < 2 || digit < 2) {
            return false;
        }
        if (transitions * 4 < n) {
            return false; // long same-class stretches: words, numbers
        }
        if (Values.allHex(t, s, e)) {
            return false;
        }
        CharSequence seg = t.subSequence(s, e);
        if (Values.separatedIdentifier(seg) || Values.synthetic(seg.toString())) {
            return false;
        }
        // AndroidWearRound480x480: many letters sit in runs of 4+ lower-case letters, as in words
        int inWords = 0;
        int run = 0;
        for (int i = s; i <= e; i++) {
            if (i < e && t.charAt(i) >= 'a' && t.charAt(i) <= 'z') {
                run++;
            } else {
                if (run >= 4) {
                    inWords += run;
                }
                run = 0;
            }
        }
        if (inWords * 10 >= n * 3) {
            return false;
        }
        return Values.entropy(t, s, e) >= (n >= 40 ? 4.2 : 3.9);
    }
}
