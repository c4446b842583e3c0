package dev.handoff.core.redact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vendor token formats with a distinctive prefix. They are recognised without any surrounding keyword. Matched only
 * inside "runs" of token characters found by {@link Redactor}, so the alternation never scans ordinary prose.
 */
final class KnownTokens {
    private KnownTokens() {
    }

    // Bounded quantifiers only; the region is a single run of token characters, so there is nothing to backtrack over.
    static final String[] API_ALTERNATIVES = {
            "gh[pousr]_[A-Za-z0-9]{30,255}",
            "github_pat_[A-Za-z0-9_]{30,255}",
            "gl(?:pat|ptt|dt|rt|soat|ffct|cbt|imt|agent|oas)-[A-Za-z0-9_\\-]{16,255}",
            "GR1348941[A-Za-z0-9_\\-]{16,64}",
            "xox(?:e\\.xox)?[abposre]-[A-Za-z0-9\\-]{10,255}",
            "xapp-\\d-?[A-Za-z0-9\\-/+]{10,255}",
            "[sr]k_(?:live|test|prod)_[A-Za-z0-9]{16,255}",
            "(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])",
            "AIza[A-Za-z0-9_\\-]{35}",
            "ya29\\.[A-Za-z0-9_\\-]{20,2048}",
            "sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_\\-]{20,255}",
            "(?<![A-Za-z0-9])hf_[A-Za-z]{30,64}",
            "api_org_[A-Za-z]{30,64}",
            "npm_[A-Za-z0-9]{36}",
            "pypi-AgE[A-Za-z0-9_\\-]{50,2048}",
            "dckr_pat_[A-Za-z0-9_\\-]{20,64}",
            "do[opr]_v1_[a-f0-9]{64}",
            "SG\\.[A-Za-z0-9_\\-]{16,32}\\.[A-Za-z0-9_\\-]{16,64}",
            "shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}",
            "(?:sandbox-)?sq0(?:atp|csp|atb|csb)-[A-Za-z0-9_\\-]{22,64}",
            "(?<![A-Za-z0-9])EAA[A-Za-z0-9]{30,512}",
            "gl(?:c|sa)_[A-Za-z0-9_+/=]{20,512}",
            "(?<![A-Za-z0-9.])hv[sbr]\\.[A-Za-z0-9_\\-]{20,512}",
            "(?<![A-Za-z0-9.])[sbr]\\.(?=[A-Za-z]{0,128}[0-9])[A-Za-z0-9]{24,128}(?![A-Za-z0-9.])",
            "ATATT3[A-Za-z0-9_\\-=]{50,255}",
            "ATBB[A-Za-z0-9]{28,64}",
            "AKCp[A-Za-z0-9]{60,90}",
            "NR(?:AK|II|IQ|RA|AA|JS)-[A-Za-z0-9_\\-]{20,64}",
            "HRKU-[A-Za-z0-9_\\-]{30,128}",
            "PMAK-[a-f0-9]{24}-[a-f0-9]{34}",
            "sgp_(?:local_)?[A-Za-z0-9_]{30,128}",
            "tvly-[A-Za-z0-9]{30,64}",
            "ntn_[A-Za-z0-9]{40,64}",
            "(?:ops|sntrys)_eyJ[A-Za-z0-9+/=_\\-]{50,4096}",
            "dapi[a-f0-9]{32}(?:-\\d)?",
            "key-[a-f0-9]{32}",
            "AGE-SECRET-KEY-1[A-Z0-9]{50,64}",
            "live_\\d{6,}_[A-Za-z0-9]{20,64}",
            "(?<![A-Za-z0-9])oy2[a-z0-9]{43}",
            "GOCSPX-[A-Za-z0-9_\\-]{20,64}",
            "dp\\.(?:ct|pt|st|sa|scim|audit)\\.[A-Za-z0-9.\\-_]{30,128}",
            "aio_[A-Za-z0-9]{28}",
            "odt_[A-Za-z0-9]{32,64}",
            "fo1_[A-Za-z0-9_\\-]{30,64}",
            "fm[12][ar]?_[A-Za-z0-9+/=_\\-]{50,4096}",
            "ico-[A-Za-z0-9]{32}",
            "jina_[A-Za-z0-9]{40,128}",
            "hawk\\.[A-Za-z0-9_\\-]{16,32}\\.[A-Za-z0-9_\\-]{16,32}",
            "v1\\.0-[a-f0-9]{24}-[a-f0-9]{100,200}",
            "[A-Za-z0-9_~.]{3}Q~[A-Za-z0-9_~.\\-]{31,34}",
            "xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}",
            "s-s4t2(?:ud|af)-[a-f0-9]{64}",
            "da2-[a-z0-9]{26}",
            "amzn\\.mws\\.[0-9a-f\\-]{36}",
            "dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}",
            "(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])",
            "(?<![A-Za-z0-9])sl\\.[A-Za-z0-9_\\-]{40,1024}",
            "tk-us-[A-Za-z0-9_\\-]{40,64}",
            "rubygems_[a-f0-9]{48}",
            "sha256~[A-Za-z0-9_\\-@=.+/]{16,128}",
            "(?<![A-Za-z0-9])fc-[a-f0-9]{32}",
            "API-[A-Z0-9]{26}",
            "pnu_[A-Za-z0-9]{36}",
            "lin_(?:api|oauth)_[A-Za-z0-9]{40}",
            "figd_[A-Za-z0-9_\\-]{40}",
            "CCIPAT_[A-Za-z0-9_]{40,}",
            "sntryu_[a-f0-9]{64}",
            "rdme_[a-z0-9]{70}",
            "pul-[a-f0-9]{40}",
            "SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25}",
            "EZ[AT]K[a-zA-Z0-9]{54}",
            "FLWSECK(?:_TEST)?-[a-h0-9]{32}-X",
            "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=\\-]{60,128}",
            "A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
            "(?:pat|sk)-[a-z0-9]{2}-[a-z0-9]{32,}",
            "PNT-[A-Za-z0-9]{20,}",
            "(?:px-(?:api|dep)|NRAA)-[a-f0-9\\-]{20,64}",
            "sntrys_[A-Za-z0-9+/=_\\-]{40,}",
            "glcbt-[A-Za-z0-9_\\-]{20,}",
            "[0-9a-f]{32}-us\\d{1,2}(?![A-Za-z0-9])"};

    static final Pattern[] API = new Pattern[API_ALTERNATIVES.length];
    /** For each ASCII two-character start, the vendor patterns that can begin with it (dispatch, not alternation). */
    static final int[][] API_BY_START = new int[128 * 128][];
    /** {@link #API_BY_START} without the patterns that need a needle, for runs that hold none. */
    static final int[][] API_BY_START_PLAIN = new int[128 * 128][];
    private static final int[] NONE = new int[0];
    private static final String START_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+/.~|$";

    /**
     * The literal text each vendor pattern starts with (after a leading look-behind), checked before the matcher is
     * positioned: most dispatched attempts fail on it, and a failed {@code region} + {@code lookingAt} costs far more.
     */
    static final char[][] API_PREFIX = new char[API_ALTERNATIVES.length][];

    /**
     * For the patterns that start with a character class (dispatched at almost every position), a literal the match
     * holds at a fixed offset from its start, as an index into {@link #NEEDLES} (-1: none).
     */
    static final String[] NEEDLE_STRINGS = {"Q~", ".atlasv1.", "-us"};
    static final char[][] NEEDLES = java.util.Arrays.stream(NEEDLE_STRINGS).map(String::toCharArray)
            .toArray(char[][]::new);
    static final int[] NEEDLE_OFFSETS = {3, 14, 32};
    private static final String[] NEEDLE_REGEX = {"]{3}Q~", "]{14}\\.atlasv1\\.", "]{32}-us\\d"};
    static final int[] API_NEEDLE = new int[API_ALTERNATIVES.length];

    private static int needle(String regex) {
        for (int k = 0; k < NEEDLES.length; k++) {
            if (regex.contains(NEEDLE_REGEX[k]) && literalPrefix(regex).isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    static String literalPrefix(String regex) {
        int i = 0;
        if (regex.startsWith("(?<!")) {
            int depth = 0;
            boolean inClass = false;
            for (; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                } else if (!inClass && c == '(') {
                    depth++;
                } else if (!inClass && c == ')' && --depth == 0) {
                    i++;
                    break;
                }
            }
        }
        int from = i;
        while (i < regex.length() && (Character.isLetterOrDigit(regex.charAt(i)) || "_-~".indexOf(regex.charAt(i)) >= 0)) {
            i++;
        }
        if (i < regex.length() && "?*+{".indexOf(regex.charAt(i)) >= 0 && i > from) {
            i--; // the last literal is optional or repeated
        }
        return regex.substring(from, i);
    }

    static {
        java.util.Arrays.fill(API_BY_START, NONE);
        for (int i = 0; i < API_ALTERNATIVES.length; i++) {
            API[i] = Pattern.compile(API_ALTERNATIVES[i]);
            API_PREFIX[i] = literalPrefix(API_ALTERNATIVES[i]).toCharArray();
            API_NEEDLE[i] = needle(API_ALTERNATIVES[i]);
        }
        for (int a = 0; a < START_CHARS.length(); a++) {
            for (int i = 0; i < API.length; i++) {
                Matcher m1 = API[i].matcher(START_CHARS.substring(a, a + 1));
                if (!(m1.lookingAt() || m1.hitEnd())) {
                    continue;
                }
                for (int b = 0; b < START_CHARS.length(); b++) {
                    Matcher m = API[i].matcher(START_CHARS.substring(a, a + 1) + START_CHARS.charAt(b));
                    // hitEnd: the pattern consumed both characters and wanted more, so they can start a match
                    if (m.lookingAt() || m.hitEnd()) {
                        int key = START_CHARS.charAt(a) * 128 + START_CHARS.charAt(b);
                        int[] old = API_BY_START[key];
                        int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                        grown[old.length] = i;
                        API_BY_START[key] = grown;
                    }
                }
            }
        }
        for (int key = 0; key < API_BY_START.length; key++) {
            API_BY_START_PLAIN[key] = java.util.Arrays.stream(API_BY_START[key]).filter(i -> API_NEEDLE[i] < 0).toArray();
        }
    }

    /** Possessive: the character class excludes the '.' that follows, so giving characters back never helps. */
    static final Pattern JWT = Pattern.compile(
            "eyJ[A-Za-z0-9_\\-]{8,4096}+\\.[A-Za-z0-9_\\-]{8,8192}+(?:\\.[A-Za-z0-9_\\-]{0,4096}+)?"
                    + "|eyJ[A-Za-z0-9_\\-]{8,4096}+\\.eyJ[A-Za-z0-9_\\-]{0,8192}+\\.?[A-Za-z0-9_\\-]{0,4096}+"
                    + "|[st]k\\.eyJ[A-Za-z0-9_\\-]{10,1024}+\\.[A-Za-z0-9_\\-]{10,1024}+");

    /** base64 of "-----BEGIN": a whole PEM file stored as one base64 value. */
    static final Pattern PEM_BASE64 = Pattern.compile("LS0tLS1CRUdJT[A-Za-z0-9+/=]{20,65536}");

    static final Pattern LICENSE = Pattern.compile("(?<![A-Za-z0-9-])[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}(?![A-Za-z0-9-])");
    static final Pattern BITLOCKER = Pattern.compile("(?<![0-9-])\\d{6}(?:-\\d{6}){7}(?![0-9-])");

    static boolean find(Matcher m, int from, int to) {
        m.region(from, to);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.find();
    }
}
