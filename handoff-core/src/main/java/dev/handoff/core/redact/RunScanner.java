package dev.handoff.core.redact;

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

    static boolean runChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                || c == '+' || c == '/' || c == '.' || c == '~' || c == '|';
    }

    static void scan(String text, Spans spans) {
        Matcher[] apis = null;
        Matcher jwt = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!runChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (runChar(c)) {
                    i++;
                } else if (c == '=') {
                    // '=' belongs to the run only as base64 padding, not as "name=value"
                    int j = i;
                    while (j < n && text.charAt(j) == '=') {
                        j++;
                    }
                    if (j < n && runChar(text.charAt(j))) {
                        break;
                    }
                    i = j;
                    break;
                } else {
                    break;
                }
            }
            int end = i;
            if (end - start < MIN_RUN) {
                if (i == start) {
                    i++;
                }
                continue;
            }
            if (apis == null) {
                apis = new Matcher[KnownTokens.API.length];
                jwt = KnownTokens.JWT.matcher(text);
            }
            judge(text, start, end, apis, jwt, spans);
            if (i == start) {
                i++;
            }
        }
    }

    private static void judge(String text, int start, int end, Matcher[] apis, Matcher jwt, Spans spans) {
        boolean found = false;
        String run = null;
        if (indexOf(text, "eyJ", start, end) >= 0) {
            int from = start;
            while (from < end && KnownTokens.find(jwt, from, end)) {
                spans.add(jwt.start(), jwt.end(), SecretKind.JWT, 60);
                found = true;
                from = jwt.end();
            }
        }
        // Vendor prefixes start a run or follow a separator inside it; try only those positions.
        for (int p = start; p < end; p++) {
            if (p != start && !isSeparator(text.charAt(p - 1))) {
                continue;
            }
            if (end - p < 16) {
                break; // every vendor format is longer
            }
            char c = text.charAt(p);
            char c2 = text.charAt(p + 1);
            if (c >= 128 || c2 >= 128) {
                continue;
            }
            for (int idx : KnownTokens.API_BY_START[c * 128 + c2]) {
                Matcher api = apis[idx];
                if (api == null) {
                    api = apis[idx] = KnownTokens.API[idx].matcher(text);
                    api.useTransparentBounds(true);
                    api.useAnchoringBounds(false);
                }
                api.region(p, end);
                if (api.lookingAt()) {
                    String v = text.substring(api.start(), api.end());
                    if (!Values.masked(v) && !Values.sequential(v.toLowerCase(java.util.Locale.ROOT))) {
                        spans.add(api.start(), api.end(), SecretKind.API_KEY, 50);
                        found = true;
                    }
                    p = api.end() - 1;
                    break;
                }
            }
        }
        if (indexOf(text, "LS0tLS1", start, end) >= 0) {
            Matcher pem = KnownTokens.PEM_BASE64.matcher(text);
            if (KnownTokens.find(pem, start, end)) {
                spans.add(pem.start(), pem.end(), SecretKind.PRIVATE_KEY, 70);
                found = true;
            }
        }
        int len = end - start;
        if (len >= 29 && len <= 60 && indexOf(text, "-", start, end) >= 0) {
            Matcher lic = KnownTokens.LICENSE.matcher(text);
            if (KnownTokens.find(lic, start, end) && licenseLike(text, lic.start(), lic.end())) {
                spans.add(lic.start(), lic.end(), SecretKind.LICENSE_KEY, 40);
                found = true;
            }
            Matcher bl = KnownTokens.BITLOCKER.matcher(text);
            if (KnownTokens.find(bl, start, end)) {
                spans.add(bl.start(), bl.end(), SecretKind.BITLOCKER_KEY, 40);
                found = true;
            }
        }
        if (!found) {
            standalone(text, start, end, spans);
        }
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '_' || c == '-' || c == '/' || c == '+' || c == '~' || c == '|';
    }

    private static int indexOf(String text, String needle, int from, int to) {
        int last = to - needle.length();
        char first = needle.charAt(0);
        outer:
        for (int i = from; i <= last; i++) {
            if (text.charAt(i) != first) {
                continue;
            }
            for (int k = 1; k < needle.length(); k++) {
                if (text.charAt(i + k) != needle.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Real product keys mix letters and digits; XXXXX-XXXXX-... or all-digit groups are placeholders or numbers. */
    private static boolean licenseLike(String text, int s, int e) {
        String v = text.substring(s, e);
        return Values.hasDigit(v) && v.chars().anyMatch(Character::isLetter) && !Values.masked(v.replace("-", ""));
    }

    /**
     * A random-looking string with no prefix and no keyword. Split on '.' and '/' so paths, hostnames and dotted
     * identifiers are judged segment by segment.
     */
    private static void standalone(String text, int start, int end, Spans spans) {
        // strip decoration
        while (start < end && "-_./~|+".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "-_./~|".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end - start < MIN_STANDALONE) {
            return;
        }
        boolean wordy = false;
        int segStart = start;
        int firstHit = -1;
        int lastHit = -1;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '.' || text.charAt(i) == '/' || text.charAt(i) == '|') {
                if (i - segStart >= 3 && isWord(text, segStart, i)) {
                    wordy = true;
                }
                if (i - segStart >= MIN_STANDALONE && randomLooking(text, segStart, i)) {
                    if (firstHit < 0) {
                        firstHit = segStart;
                    }
                    lastHit = i;
                    spans.add(segStart, i, SecretKind.API_KEY, 10);
                }
                segStart = i + 1;
            }
        }
        if (firstHit >= 0 && !wordy) {
            // base64 with '/' inside: the whole run is the secret
            spans.add(start, end, SecretKind.API_KEY, 10);
        }
    }

    private static boolean isWord(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
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
        if (Values.allHex(t, s, e)) {
            return false;
        }
        if (upper < 2 || lower < 2 || digit < 2) {
            return false;
        }
        if (transitions * 4 < n) {
            return false; // long same-class stretches: words, numbers
        }
        return Values.entropy(t, s, e) >= (n >= 40 ? 4.2 : 3.9);
    }
}
