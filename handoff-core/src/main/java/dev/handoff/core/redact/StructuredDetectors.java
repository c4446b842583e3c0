package dev.handoff.core.redact;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Detectors keyed on structure rather than a name: PEM blocks, URI credentials, CLI flags, OTP, Wi-Fi, webhooks. */
final class StructuredDetectors {
    private StructuredDetectors() {
    }

    private static final Pattern PEM_BEGIN = Pattern.compile("-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----");
    private static final Pattern PEM_END = Pattern.compile("-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----");
    private static final Pattern CURL_USER = Pattern.compile(
            "(?<![\\w-])(?:-u|--user|-user)\\s{1,8}+[\"']?+([^\\s\"':]{0,200}+[\"']?+:[\"']?+[^\\s\"']{0,200}+)");
    private static final Pattern DASH_P = Pattern.compile("(?<![\\w-])-p[ \\t]{1,8}([^\\s\"'-][^\\s\"']{3,127})");
    private static final Pattern OTP = Pattern.compile(
            "(?i)(?:\\botp|\\bmfa|\\b2fa|one[- ]time|verification|verify|security|authenticat(?:ion|or)|login|sign-?in|sms|passcode"
                    + "|best\u00e4tigungscode|einmalcode|sicherheitscode|code de v\u00e9rification|(?<=c\u00f3)digo|code)"
                    + "[^\\n\\d]{0,24}?(?<![\\w-])(\\d{3}[ -]?\\d{3}|\\d{6,8})(?![\\w-])");
    private static final Pattern WIFI = Pattern.compile(
            "(?i)(?:wi-?fi|wlan|wpa2?|wireless|ssid)[ \\t\\w-]{0,30}?(?:password|passwort|key|psk|passphrase|pw|schl\u00fcssel|cl\u00e9|clave|mot de passe|contrase\u00f1a)"
                    + "[ \\t]{0,4}(?:is|ist|est|es|lautet|=|:)?[ \\t]{0,4}[\"']?([^\\s\"']{4,63})");
    private static final Pattern WEBHOOK = Pattern.compile(
            "(?:hooks\\.slack\\.com/(?:services|workflows)/[A-Za-z0-9/_\\-]{20,200}"
                    + "|outlook\\.office(?:365)?\\.com/webhook/[A-Za-z0-9@/_\\-]{30,300}"
                    + "|[a-z0-9-]{1,60}\\.webhook\\.office\\.com/[A-Za-z0-9@/_\\-]{30,300}"
                    + "|discord(?:app)?\\.com/api/webhooks/[0-9]{10,24}/[A-Za-z0-9_\\-]{30,100})");
    private static final Pattern TELEGRAM = Pattern.compile("(?<![\\w:])\\d{8,10}:AA[A-Za-z0-9_\\-]{30,40}(?![\\w-])");
    private static final Pattern KRB = Pattern.compile("\\$krb5(?:asrep|tgs|pa)\\$[0-9A-Za-z$*@._:\\-]{20,8192}");
    private static final Pattern NET_CRED = Pattern.compile(
            "(?i)(?:NetworkCredential|DirectoryEntry|PasswordCredential|Credential)\\s{0,4}\\((?:[^()\\n]{0,200}?,\\s{0,4})\"([^\"\\n]{4,128})\"\\s{0,4}\\)");

    /**
     * Runs {@code p} only on the lines that contain one of the triggers, so a common word ("code", "-u") costs one
     * indexOf per occurrence instead of a regex pass over the whole text.
     */
    private static void onTriggerLines(String text, Triggers.Hits hits, Pattern p, String[] triggers,
                                       java.util.function.Consumer<Matcher> onMatch) {
        onTriggerLines(text, hits, p, triggers, idx -> true, onMatch);
    }

    /**
     * @param possible a cheap necessary condition for a match at a trigger occurrence, so that a line of a million
     *                 triggers does not run the regex a million times
     */
    private static void onTriggerLines(String text, Triggers.Hits hits, Pattern p, String[] triggers,
                                       java.util.function.IntPredicate possible,
                                       java.util.function.Consumer<Matcher> onMatch) {
        Matcher m = null;
        for (String trig : triggers) {
            // the next newline is found once and reused while occurrences stay before it: scanning ahead for each
            // occurrence made a megabyte of "-u a:" cost a thousand characters per occurrence
            int nextNl = Integer.MIN_VALUE;
            int prev = -1;
            for (int idx : hits.of(trig)) {
                if (nextNl == Integer.MIN_VALUE || idx < prev || nextNl >= 0 && nextNl < idx) {
                    nextNl = text.indexOf('\n', idx);
                }
                prev = idx;
                int le = Math.min(nextNl < 0 ? text.length() : nextNl, Math.min(text.length(), idx + 1024));
                if (!possible.test(idx)) {
                    continue;
                }
                if (m == null) {
                    m = p.matcher(text);
                    m.useTransparentBounds(true);
                    m.useAnchoringBounds(false);
                }
                // patterns start with their trigger word: one anchored attempt per occurrence
                m.region(idx, le);
                if (m.lookingAt()) {
                    onMatch.accept(m);
                }
            }
        }
    }

    /** The shortest value of {@link #CURL_USER} that can hold a credential. */
    private static final int CURL_MIN_VALUE = 6;

    /**
     * A cheap necessary condition for a value of {@link #CURL_USER} at an option: the value is part of the word after
     * the option and its blanks (at most 8), so that word must be {@link #CURL_MIN_VALUE} long. Running the regex at
     * every option of a megabyte of "-u a:" took most of its time.
     */
    private static boolean curlValuePossible(String text, int idx) {
        int n = text.length();
        int q = idx + 2; // "-u", "-user" or "--user" is followed by a blank within six characters
        while (q < n && q < idx + 6 && !regexSpace(text.charAt(q))) {
            q++;
        }
        if (q >= n || !regexSpace(text.charAt(q))) {
            return false;
        }
        int blanks = q;
        while (q < n && q - blanks <= 8 && regexSpace(text.charAt(q))) {
            q++;
        }
        if (q - blanks > 8) {
            return false;
        }
        int word = q;
        while (q < n && q - word < CURL_MIN_VALUE && !regexSpace(text.charAt(q))) {
            q++;
        }
        return q - word >= CURL_MIN_VALUE;
    }

    /** {@code \s} of a regex without UNICODE_CHARACTER_CLASS. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static final java.util.Set<String> WIFI_NOT_A_KEY = java.util.Set.of("is", "ist", "est", "es", "lautet",
            "for", "of", "the", "was", "not", "and", "field", "required", "changed", "reset", "works", "doesn't", "does",
            "wifi", "wi-fi", "wlan", "network", "connection", "settings");
    private static final String[] CURL_TRIGGERS = {"-u", "--user"};
    private static final String[] DASH_P_TRIGGERS = {"-p "};
    private static final String[] OTP_TRIGGERS = {"otp", "mfa", "2fa", "one-time", "one time", "verification", "verify",
            "security", "authenticat", "login", "sign", "sms", "passcode", "best\u00e4tigungscode", "einmalcode",
            "sicherheitscode", "code de v", "digo", "code"};
    private static final String[] WIFI_TRIGGERS = {"wifi", "wi-fi", "wlan", "wpa", "wireless", "ssid"};
    /** Every name of a Wi-Fi key in {@link #WIFI} contains one of these. */
    private static final String[] WIFI_KEY_TRIGGERS = {"pass", "key", "psk", "pw", "schl\u00fcssel", "cl\u00e9", "clave",
            "mot de passe", "contrase\u00f1a"};
    private static final String[] WEBHOOK_TRIGGERS = {"hooks.slack.com", "webhook", "discord"};
    private static final String[] HASH_TRIGGERS = {"$1$", "$2a$", "$2b$", "$2x$", "$2y$", "$2$", "$5$", "$6$", "$7$",
            "$8$", "$9$", "$y$", "$gy$", "$argon2", "$scrypt$", "$pbkdf2"};
    private static final String[] CRED_TRIGGERS = {"credential", "directoryentry"};
    private static final Pattern PW_HASH = Pattern.compile(
            "(?<![\\w$])\\$(?:1|2[abxy]?|5|6|7|8|9|y|gy|argon2i?d?|scrypt|pbkdf2(?:-sha\\d+)?)\\$[A-Za-z0-9./$=,+*-]{16,512}");

    static java.util.List<String> triggerWords() {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (String[] a : new String[][] {CURL_TRIGGERS, DASH_P_TRIGGERS, OTP_TRIGGERS, WIFI_TRIGGERS, WIFI_KEY_TRIGGERS,
                WEBHOOK_TRIGGERS,
                CRED_TRIGGERS, HASH_TRIGGERS, OTHER_TRIGGERS}) {
            all.addAll(java.util.List.of(a));
        }
        return all;
    }

    private static final String[] OTHER_TRIGGERS = {"-----begin", "://", ":aa", "$krb5", "-u ", "login", "psexec", "mysql",
            "django-insecure-", "ssh-rsa ", "ssh-ed25519 ", "ssh-dss ", "ecdsa-sha2-", "sk-ssh-ed25519"};
    private static final Pattern DJANGO = Pattern.compile("django-insecure-[^\\s'\"]{20,100}");

    static void scan(String text, char[] cs, Triggers.Hits hits, Spans spans) {
        if (hits.has("-----begin")) {
            pem(text, spans);
        }
        if (hits.has("://")) {
            uriCredentials(text, spans);
        }
        onTriggerLines(text, hits, CURL_USER, CURL_TRIGGERS, idx -> curlValuePossible(text, idx), m -> {
            if (m.end(1) - m.start(1) < CURL_MIN_VALUE) {
                return; // shorter than the shortest credential below, checked before any string is cut out
            }
            String v = m.group(1);
            String bare = v.replace("\"", "").replace("'", "");
            int colon = bare.indexOf(':');
            String pass = colon >= 0 ? bare.substring(colon + 1) : "";
            String user = colon >= 0 ? bare.substring(0, colon) : bare;
            if (v.contains("://") || bare.length() < 6 || placeholderPart(user) || placeholderPart(pass)
                    || pass.isEmpty() && Values.isPlaceholder(user) || user.isEmpty() && Values.isPlaceholder(pass)
                    || Values.isPlaceholder(user) && Values.isPlaceholder(pass)) {
                return;
            }
            // only the password half; the user name stays unless the password is empty ("secret:" form)
            int colonAt = text.indexOf(':', m.start(1));
            if (!pass.isEmpty() && colonAt >= 0 && colonAt < m.end(1)) {
                int ps = colonAt + 1;
                while (ps < m.end(1) && (text.charAt(ps) == '"' || text.charAt(ps) == '\'')) {
                    ps++;
                }
                spans.add(ps, m.end(1), SecretKind.PASSWORD, 45);
            } else {
                spans.add(m.start(1), m.end(1), SecretKind.PASSWORD, 45);
            }
        });
        if (hits.has("-p ") && (hits.has("-u ") || hits.has("login") || hits.has("psexec") || hits.has("mysql"))) {
            // "-p android" is a platform flag in many CLIs: a bare word counts only next to psexec / mysql
            boolean anyWord = hits.has("psexec") || hits.has("mysql");
            onTriggerLines(text, hits, DASH_P, DASH_P_TRIGGERS, m -> {
                String v = m.group(1);
                boolean shaped = anyWord || Values.passwordShaped(v) && v.indexOf(',') < 0;
                if (shaped && !Values.isPlaceholder(v) && !Values.isBenignIdentifier(v)
                        && !v.chars().allMatch(Character::isDigit)) {
                    spans.add(m.start(1), m.end(1), SecretKind.PASSWORD, 45);
                }
            });
        }
        otp(text, cs, hits, spans);
        if (java.util.Arrays.stream(WIFI_TRIGGERS).anyMatch(hits::has)) {
            wifi(text, hits, spans);
        }
        onTriggerLines(text, hits, NET_CRED, CRED_TRIGGERS, m -> {
            if (!Values.isPlaceholder(m.group(1))) {
                spans.add(m.start(1), m.end(1), SecretKind.PASSWORD, 45);
            }
        });
        {
            onTriggerLines(text, hits, PW_HASH, HASH_TRIGGERS, m -> {
                if (!Values.masked(m.group())) {
                    spans.add(m.start(), m.end(), SecretKind.PASSWORD, 55);
                }
            });
        }
        if (hits.has("hooks.slack.com") || hits.has("webhook") || hits.has("discord")) {
            webhooks(text, hits, spans);
        }
        if (hits.has("django-insecure-")) {
            Matcher m = DJANGO.matcher(text);
            while (m.find()) {
                spans.add(m.start(), m.end(), SecretKind.API_KEY, 55);
            }
        }
        if (hits.has(":aa")) {
            Matcher m = TELEGRAM.matcher(text);
            while (m.find()) {
                spans.add(m.start(), m.end(), SecretKind.API_KEY, 55);
            }
        }
        if (hits.has("$krb5")) {
            Matcher m = KRB.matcher(text);
            while (m.find()) {
                spans.add(m.start(), m.end(), SecretKind.PASSWORD, 55);
            }
        }
    }

    private static void wifi(String text, Triggers.Hits hits, Spans spans) {
        int[] keyWords = java.util.stream.Stream.of(WIFI_KEY_TRIGGERS)
                .flatMapToInt(t -> java.util.Arrays.stream(hits.of(t))).sorted().toArray();
        // the name of the key follows the Wi-Fi word within 8 + 30 characters
        onTriggerLines(text, hits, WIFI, WIFI_TRIGGERS, idx -> anyIn(keyWords, idx, idx + 40), m -> {
            String v = m.group(1);
            if (!Values.isPlaceholder(v) && !WIFI_NOT_A_KEY.contains(v.toLowerCase(Locale.ROOT))) {
                spans.add(m.start(1), m.end(1), SecretKind.WIFI_KEY, 80);
            }
        });
    }

    /**
     * Each webhook URL holds its trigger at a known place, so the pattern is tried only where a URL can start: at
     * the trigger, or a sub-domain before ".webhook.office.com", or "outlook.office(365).com/" before "webhook".
     * Searching a whole line instead cost each position 60 characters of backtracking ("[a-z0-9-]{1,60}\\.webhook").
     */
    private static void webhooks(String text, Triggers.Hits hits, Spans spans) {
        int[] at = java.util.stream.Stream.of(WEBHOOK_TRIGGERS).flatMapToInt(t -> java.util.Arrays.stream(hits.of(t)))
                .sorted().toArray();
        Matcher m = WEBHOOK.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int matchedUntil = 0;
        int lineStart = 0;
        int lineEnd = -1;
        for (int idx : at) {
            if (idx < matchedUntil) {
                continue;
            }
            if (idx >= lineEnd) {
                lineStart = text.lastIndexOf('\n', idx) + 1;
                lineEnd = text.indexOf('\n', idx);
                lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            }
            int[] starts;
            if (!text.startsWith("webhook", idx)) {
                starts = new int[] {idx};
            } else if (idx > 0 && text.charAt(idx - 1) == '.') {
                int s = idx - 1;
                while (s > lineStart && idx - 1 - s < 60 && subdomainChar(text.charAt(s - 1))) {
                    s--;
                }
                starts = new int[] {s};
            } else {
                starts = new int[] {idx - "outlook.office.com/".length(), idx - "outlook.office365.com/".length()};
            }
            for (int s : starts) {
                if (s >= lineStart && s < idx + 1) {
                    m.region(s, lineEnd);
                    if (m.lookingAt()) {
                        spans.add(m.start(), m.end(), SecretKind.API_KEY, 55);
                        matchedUntil = m.end();
                        break;
                    }
                }
            }
        }
    }

    private static boolean subdomainChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static boolean placeholderPart(String v) {
        return !v.isEmpty() && (v.charAt(0) == '$' || v.charAt(0) == '<' || v.charAt(0) == '[' || v.charAt(0) == '{'
                || v.charAt(0) == '%' || v.indexOf('>') >= 0 || v.indexOf(']') >= 0 || Values.masked(v));
    }

    private static final Pattern PUBLIC_BEGIN = Pattern.compile(
            "-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|PGP PUBLIC KEY BLOCK|PGP SIGNATURE)-----");
    private static final Pattern SSH_PUBLIC = Pattern.compile(
            "(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\\d{3}|sk-ssh-ed25519@openssh\\.com) AAAA[A-Za-z0-9+/=]{20,16384}");

    /**
     * Certificates, public keys and SSH public keys are pasted into tickets all the time and are not secrets: random
     * looking base64 inside them must not be reported by the standalone guesser.
     */
    static java.util.List<int[]> publicBlocks(String text, Triggers.Hits hits) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        if (hits.has("-----begin")) {
            Matcher b = PUBLIC_BEGIN.matcher(text);
            int from = 0;
            int guard = 0;
            while (guard++ < 10_000 && b.find(from)) {
                int end = text.indexOf("-----END", b.end());
                int stop = end < 0 || end - b.end() > 65536 ? Math.min(text.length(), b.end() + 65536) : end;
                out.add(new int[] {b.start(), stop});
                from = Math.max(stop, b.end());
            }
        }
        Matcher m = null;
        for (String t : new String[] {"ssh-rsa ", "ssh-ed25519 ", "ssh-dss ", "ecdsa-sha2-", "sk-ssh-ed25519"}) {
            int lineEnd = -1;
            for (int idx : hits.of(t)) {
                // the line end is found once per line: looking 20,000 characters ahead per occurrence made a
                // megabyte of "ssh-rsa " cost a second
                if (idx >= lineEnd) {
                    lineEnd = text.indexOf('\n', idx);
                    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
                }
                if (m == null) {
                    m = SSH_PUBLIC.matcher(text);
                }
                m.region(idx, Math.min(lineEnd, idx + 20000));
                if (m.lookingAt()) {
                    out.add(new int[] {m.start(), m.end()});
                }
            }
        }
        return out;
    }

    /** Whole PEM block, BEGIN to END; without END, the following base64-looking lines. */
    private static void pem(String text, Spans spans) {
        Matcher b = PEM_BEGIN.matcher(text);
        Matcher e = PEM_END.matcher(text);
        int from = 0;
        int nextEnd = -2; // -2: not searched yet, -1: no END anywhere after the last search point
        int pemCount = 0;
        while (pemCount++ < 10_000 && b.find(from)) {
            int start = b.start();
            int end;
            if (nextEnd == -2 || nextEnd >= 0 && nextEnd < b.end()) {
                // one forward search serves every BEGIN before the END it finds
                nextEnd = e.find(b.end()) ? e.start() : -1;
            }
            if (nextEnd >= 0 && nextEnd - b.end() <= 65536) {
                e.find(nextEnd);
                end = e.end();
            } else {
                end = b.end();
                int p = end;
                // swallow continuation lines that look like key material
                int guard = 0;
                while (p < text.length() && guard++ < 200) {
                    int lineEnd = Values.lineEnd(text, p, 4096);
                    int nl = lineEnd < text.length() && text.charAt(lineEnd) == '\n' ? lineEnd : -1;
                    if (p != end && !keyMaterial(text, p, lineEnd)) {
                        break;
                    }
                    if (p == end && !keyMaterial(text, p, lineEnd) && lineEnd > p) {
                        break;
                    }
                    end = lineEnd;
                    if (nl < 0) {
                        break;
                    }
                    p = nl + 1;
                }
            }
            // "-----BEGIN PRIVATE KEY-----\nanything\n-----END..." is documentation, not a key
            if (hasBase64Run(text, b.end(), end, 20)) {
                spans.add(start, end, SecretKind.PRIVATE_KEY, 90);
            }
            from = Math.max(end, b.end());
        }
    }

    private static boolean keyMaterial(String t, int s, int e) {
        int b64 = 0;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '+' || c == '/' || c == '=') {
                b64++;
            } else if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '\\' || c == '\r' || c == ',' || c == ':') {
                if (c == ' ' && b64 > 0 && i + 1 < e && Character.isLetter(t.charAt(i + 1)) && i > s
                        && Character.isLetter(t.charAt(i - 1))) {
                    return false; // words separated by spaces: prose
                }
            } else {
                return false;
            }
        }
        return b64 >= 16;
    }

    private static boolean hasBase64Run(String t, int s, int e, int min) {
        int run = 0;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '+' || c == '/') {
                if (++run >= min) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** scheme://user:pass@host: only the password part is replaced, the user and host stay. */
    private static void uriCredentials(String text, Spans spans) {
        int from = 0;
        int idx;
        int n = text.length();
        while ((idx = text.indexOf("://", from)) >= 0) {
            from = idx + 3;
            int ss = idx;
            while (ss > 0 && (Character.isLetterOrDigit(text.charAt(ss - 1)) || text.charAt(ss - 1) == '+'
                    || text.charAt(ss - 1) == '.' || text.charAt(ss - 1) == '-' || text.charAt(ss - 1) == ':')) {
                ss--;
            }
            String scheme = text.substring(ss, idx).toLowerCase(Locale.ROOT);
            int p = idx + 3;
            int limit = Math.min(n, p + 512);
            int colon = -1;
            int at = -1;
            int q = p;
            while (q < limit) {
                char c = text.charAt(q);
                if (c == '/' && at < 0 || Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>') {
                    break;
                }
                if (c == '?' || c == '#') {
                    if (at < 0) {
                        break;
                    }
                }
                if (c == ':' && colon < 0) {
                    colon = q;
                }
                if (c == '@') {
                    at = q;
                }
                if (c == '/' && at >= 0) {
                    break;
                }
                q++;
            }
            if (at < 0 || colon < 0 || colon > at) {
                continue;
            }
            String user = text.substring(p, colon);
            String pass = text.substring(colon + 1, at);
            if (pass.isEmpty() || Values.isPlaceholder(pass) || pass.equalsIgnoreCase("password")
                    || pass.equalsIgnoreCase("pass") || pass.equalsIgnoreCase("pwd") || pass.startsWith("$")
                    || pass.startsWith("[") || pass.startsWith("<")) {
                continue;
            }
            if (user.indexOf('@') >= 0 && user.indexOf('.') > user.indexOf('@')) {
                // user@host:port... then '@' later is in path/query: not credentials
                continue;
            }
            String kind = scheme.startsWith("http") || scheme.startsWith("git") || scheme.startsWith("ftp")
                    || scheme.startsWith("ssh") || scheme.startsWith("svn") || scheme.startsWith("ws")
                    ? SecretKind.URL_CREDENTIALS : SecretKind.CONNECTION_STRING;
            spans.add(colon + 1, at, kind, 45);
            from = at;
        }
    }

    private static void otp(String text, char[] cs, Triggers.Hits hits, Spans spans) {
        // the code's first digit follows the word (at most 20 characters) within 24 characters
        DigitAhead digits = new DigitAhead(text);
        onTriggerLines(text, hits, OTP, OTP_TRIGGERS, idx -> digits.within(idx, idx + 48),
                m -> otpMatch(cs, m, spans));
    }

    /** True if a sorted array holds a value in [from, to). */
    private static boolean anyIn(int[] sorted, int from, int to) {
        int i = java.util.Arrays.binarySearch(sorted, from);
        i = i < 0 ? -i - 1 : i;
        return i < sorted.length && sorted[i] < to;
    }

    /**
     * Answers "is there a digit in [from, to)" in linear total time over ascending queries: what was scanned is
     * remembered (no digit in [scanFrom, scanEnd) except at {@code found}).
     */
    private static final class DigitAhead {
        private final String text;
        private int scanFrom = Integer.MAX_VALUE;
        private int scanEnd;
        private int found = -1;

        DigitAhead(String text) {
            this.text = text;
        }

        boolean within(int from, int to) {
            if (from < scanFrom || from > scanEnd) {
                scanFrom = from;
                scanEnd = from;
                found = -1;
            } else if (found >= 0 && found < from) {
                found = -1;
            }
            if (found < 0) {
                int end = Math.min(to, text.length());
                for (int i = scanEnd; i < end; i++) {
                    char c = text.charAt(i);
                    if (c >= '0' && c <= '9') {
                        found = i;
                        break;
                    }
                }
                scanEnd = found >= 0 ? found + 1 : Math.max(scanEnd, end);
            }
            return found >= from && found < to;
        }
    }

    private static final Pattern BARE_CODE = Pattern.compile("code(?:\\s{0,3}(?:is|was|:|=|lautet|est|es)\\s{0,3}|\\s{1,3})");
    private static final String[] NOT_OTP_CONTEXT = {"error", "exit", "status", "return", "response", "http", "source",
            "bar", "qr", "zip", "post", "area", "country", "product", "item", "order", "build", "version", "line",
            "hash", "colo", "key", "event", "fault", "result", "reason", "stop", "bug", "sample", "test", "java",
            "byte", "op", "country", "promo", "coupon", "discount", "sort", "bank", "tax"};

    private static void otpMatch(char[] cs, Matcher m, Spans spans) {
        int ks = m.start();
        String kw = Triggers.lowerString(cs, ks, Math.min(cs.length, ks + 14) - ks);
        char prev = ks > 0 ? Triggers.lower(cs[ks - 1]) : ' ';
        boolean glued = Character.isLetterOrDigit(prev) || prev == '_';
        if (kw.startsWith("code") && !glued) {
            // bare "code": only "code: 123456" / "code is 123456", and not an error/exit/status/... code
            if (!BARE_CODE.matcher(Triggers.lowerString(cs, ks, m.start(1) - ks)).matches()) {
                return;
            }
            String context = Triggers.lowerString(cs, Math.max(0, ks - 40), ks - Math.max(0, ks - 40));
            for (String w : NOT_OTP_CONTEXT) {
                if (context.contains(w)) {
                    return;
                }
            }
        } else if (kw.startsWith("code")) {
            return; // "...code" inside a longer word was handled by that word's own trigger
        }
        // plain "code" is too common (error code, exit code): require an OTP-ish word in the match
        String between = Triggers.lowerString(cs, m.start(), m.start(1) - m.start());
        if (between.contains("error") || between.contains("exit") || between.contains("status")
                || between.contains("build") || between.contains("version") || between.contains("line")
                || between.contains("port") || between.contains("id") && !kw.startsWith("verif")) {
            return;
        }
        if ((kw.startsWith("security") || kw.startsWith("login") || kw.startsWith("sign") || kw.startsWith("sms")
                || kw.startsWith("verif") || kw.startsWith("authentic")) && !between.contains("code")
                && !between.contains("pin") && !between.contains("otp") && !between.contains("token")) {
            return;
        }
        String digits = m.group(1).replace(" ", "").replace("-", "");
        if (digits.length() < 6 || Values.sequential(digits) || digits.chars().distinct().count() == 1) {
            return;
        }
        spans.add(m.start(1), m.end(1), SecretKind.OTP, 40);
    }
}
