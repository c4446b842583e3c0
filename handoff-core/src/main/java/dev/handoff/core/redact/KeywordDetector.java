package dev.handoff.core.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Secrets introduced by a name: {@code password: X}, {@code AWS_SECRET_ACCESS_KEY="X"}, {@code --token X},
 * {@code Authorization: Bearer X}, {@code <add key="ClearTextPassword" value="X"/>}, and prose in EN/DE/FR/ES
 * ("reset his password to X", "Kennwort ist X"). Only the value is replaced; the name and its neighbours stay.
 */
final class KeywordDetector {
    private KeywordDetector() {
    }

    enum Cls { PASSWORD, SECRET, TOKEN, LOGIN, SESSION, AUTH, BEARER }

    /** Lower-case roots; every occurrence is expanded to the identifier that contains it. */
    private static final String[] ROOTS = {"pass", "pw", "kennwort", "secret", "token", "key", "auth", "credential",
            "cookie", "session", "sid", "bearer", "login", "mot de passe", "contraseña", "contrasena", "mdp", "clave", "pat",
            "api", "licen", "crumb", "sig"};

    /** Words between the name and the value in prose: "password is X", "password was reset to X". */
    private static final Set<String> CONNECTORS = Set.of("is", "was", "ist", "lautet", "est", "es", "to", "set",
            "reset", "changed", "updated", "now", "has", "been", "would", "be", "will", "auf", "wurde", "gesetzt",
            "sera", "será", "fue", "a", "de", "en", "für", "for", "temporarily", "then", "still");
    private static final Set<String> INTRODUCERS = Set.of("is", "ist", "lautet", "est", "es", "to", "auf", "be",
            "será", "sera", "a", "en");
    private static final Set<String> AUTH_SCHEMES = Set.of("bearer", "basic", "token", "digest", "negotiate", "ntlm",
            "api-token", "apikey", "api-key", "sso-key", "ssws", "hmac", "key", "splunk", "oauth", "jwt");
    private static final Set<String> SET_COOKIE_ATTRS = Set.of("path", "domain", "expires", "max-age", "samesite",
            "secure", "httponly", "priority", "version", "comment");

    static List<String> triggerWords() {
        return List.of(ROOTS);
    }

    static void scan(String text, char[] cs, Triggers.Hits found, Spans spans) {
        // position << 5 | root index, sorted as primitives: an object per hit dominated lines of a million triggers
        int count = 0;
        for (String root : ROOTS) {
            count += found.count(root);
        }
        if (count == 0) {
            return;
        }
        long[] hits = new long[count];
        int k = 0;
        for (int r = 0; r < ROOTS.length; r++) {
            for (int idx : found.of(ROOTS[r])) {
                hits[k++] = (long) idx << 5 | r;
            }
        }
        Arrays.sort(hits);
        Names names = new Names();
        int doneUntil = -1;
        for (long h : hits) {
            int at = (int) (h >>> 5);
            if (at < doneUntil) {
                continue;
            }
            int end = handle(text, cs, at, ROOTS[(int) (h & 31)].length(), names, spans);
            doneUntil = Math.max(doneUntil, end);
        }
    }

    /**
     * The names met in one text and their classes. Names repeat (a hostile line holds a million "key="): classifying
     * one allocates its components, and the same name as the last one is not even cut out of the text again.
     */
    private static final class Names {
        private final Map<String, Optional<Cls>> classes = new HashMap<>();
        private String last = "";
        private Cls lastCls;

        /** The name at [s, e), which becomes {@link #last}; its class is {@link #lastCls}. */
        String name(String text, int s, int e) {
            if (last.length() != e - s || !text.startsWith(last, s)) {
                last = text.substring(s, e);
                lastCls = classes.computeIfAbsent(last, i -> Optional.ofNullable(classify(i, false))).orElse(null);
            }
            return last;
        }
    }

    static boolean identChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    /** @return end of the identifier that was processed, so other roots inside it are skipped. */
    private static int handle(String text, char[] cs, int at, int rootLen, Names names, Spans spans) {
        int n = text.length();
        int s = at;
        int e = at + rootLen;
        boolean multiWord = Triggers.startsWithLower(cs, "mot de passe", at);
        if (!multiWord) {
            while (s > 0 && identChar(text.charAt(s - 1))) {
                s--;
            }
            while (e < n && identChar(text.charAt(e))) {
                e++;
            }
        }
        while (e > at + rootLen && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '-')) {
            e--;
        }
        String ident = names.name(text, s, e);
        Cls cls = multiWord ? Cls.PASSWORD : names.lastCls;
        if (cls == null) {
            return e;
        }
        if (cls == Cls.TOKEN && precededBy(cs, s, "public ")) {
            return e; // "public key: age1...": public keys are not secrets
        }
        return Math.max(e, parseValue(text, cs, s, e, ident, cls, spans));
    }

    private static boolean precededBy(char[] cs, int s, String word) {
        return s >= word.length() && Triggers.startsWithLower(cs, word, s - word.length());
    }

    /** Splits AWS_SECRET_ACCESS_KEY / clientSecret / client-secret / sonar.login into components. */
    static List<String> components(String ident) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < ident.length(); i++) {
            char c = ident.charAt(i);
            if (c == '_' || c == '-' || c == '.' || c == '$' || c == '>') {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                continue;
            }
            if (Character.isUpperCase(c) && cur.length() > 0 && Character.isLowerCase(ident.charAt(i - 1))) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(Character.toLowerCase(c));
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    static Cls classify(String ident, boolean multiWord) {
        if (multiWord) {
            return Cls.PASSWORD;
        }
        List<String> comps = components(ident);
        if (comps.isEmpty()) {
            return null;
        }
        String last = comps.get(comps.size() - 1);
        int k = last.length();
        while (k > 0 && Character.isDigit(last.charAt(k - 1))) {
            k--;
        }
        last = last.substring(0, k);
        if (last.isEmpty() && comps.size() > 1) {
            last = comps.get(comps.size() - 2);
        }
        if (last.endsWith("password") || last.endsWith("passwd") || last.endsWith("passwort")
                || last.endsWith("kennwort") || last.endsWith("passphrase") || last.equals("pass")
                || last.endsWith("pwd") || last.equals("pw") || last.equals("pswd") || last.equals("mdp")
                || last.equals("contraseña") || last.equals("contrasena") || last.equals("passcode")
                || (last.endsWith("pass") && comps.size() > 1)) {
            return Cls.PASSWORD;
        }
        if (last.endsWith("secret")) {
            return Cls.SECRET;
        }
        if (last.equals("authorization") || last.equals("auth") && comps.size() == 1) {
            return Cls.AUTH;
        }
        if (last.equals("bearer")) {
            return Cls.BEARER;
        }
        if (last.endsWith("cookie") || last.endsWith("sessionid") || last.endsWith("sessid")
                || last.equals("sid") && (comps.size() == 1 || comps.contains("connect")) || last.equals("session")) {
            return Cls.SESSION;
        }
        if (last.equals("login")) {
            return Cls.LOGIN;
        }
        if (last.equals("api") && comps.size() > 1 || last.equals("license") || last.equals("licence")
                || last.equals("crumb") || last.equals("sig") && comps.size() == 1) {
            return Cls.TOKEN;
        }
        if (last.endsWith("token") || last.endsWith("apikey") || last.equals("key") && !isPublicKeyName(comps)
                || last.endsWith("auth") || last.endsWith("credential") || last.endsWith("credentials")
                || last.equals("clave") || last.equals("pat") && comps.size() > 1 || last.endsWith("accesskey")
                || last.endsWith("secretkey") || last.endsWith("privatekey")) {
            return Cls.TOKEN;
        }
        return null;
    }

    private static boolean isPublicKeyName(List<String> comps) {
        for (String c : comps) {
            if (c.equals("public") || c.equals("pub") || c.equals("primary") || c.equals("foreign")
                    || c.equals("sort") || c.equals("hot") || c.equals("map") || c.equals("issue") || c.equals("jira")
                    || c.equals("registry")) {
                return true;
            }
        }
        return false;
    }

    private static int parseValue(String text, char[] cs, int s, int e, String ident, Cls cls, Spans spans) {
        int n = text.length();
        int p = e;
        boolean identQuoted = s > 0 && isQuote(text.charAt(s - 1));
        // closing quote / bracket of the name: "password": or ['password'] or key="Password"
        int closers = 0;
        while (p < n && closers < 3 && (isQuote(text.charAt(p)) || text.charAt(p) == ']' || text.charAt(p) == '\\')) {
            p++;
            closers++;
        }
        p = skipSpaces(text, p);
        boolean explicitSep = false;
        boolean cliFlag = text.charAt(s) == '-' && !Character.isLetterOrDigit(s > 0 ? text.charAt(s - 1) : ' ');
        if (p < n) {
            char c = text.charAt(p);
            if (c == ':' || c == '=' || c == '\uFF1A') {
                p++;
                if (p < n && (text.charAt(p) == '=' || text.charAt(p) == '>')) {
                    p++; // :=, ==, =>
                }
                explicitSep = true;
            } else if ((c == '!' || c == '-') && p + 1 < n && (text.charAt(p + 1) == '=' || text.charAt(p + 1) == '>')) {
                p += 2;
                explicitSep = true;
            } else if (c == ',' && closers > 0) {
                p++; // ('API_KEY', 'value') and getenv("api_token", "default")
                explicitSep = true;
            } else if (closers > 0 && Triggers.startsWithLower(cs, "value", p)) {
                // <add key="ClearTextPassword" value="..."/>
                int q = skipSpaces(text, p + 5);
                if (q < n && text.charAt(q) == '=') {
                    p = q + 1;
                    explicitSep = true;
                }
            }
        }
        p = skipSpaces(text, p);
        boolean introduced = explicitSep;
        int connectors = 0;
        if (!explicitSep && closers > 0) {
            return e; // [PASSWORD] or "password" as a word in quotes, followed by something else
        }
        if (!explicitSep && p == e) {
            return e; // "password@host", "password.txt": no separator and no space, not a value
        }
        if (!explicitSep && !cliFlag) {
            // prose: "password is X", "password was reset to X", "Kennwort lautet X"
            while (connectors < 5) {
                int we = p;
                while (we < n && Character.isLetter(text.charAt(we))) {
                    we++;
                }
                if (we == p) {
                    break;
                }
                String w = Triggers.lowerString(cs, p, we - p);
                if (!CONNECTORS.contains(w)) {
                    break;
                }
                if (INTRODUCERS.contains(w)) {
                    introduced = true;
                }
                connectors++;
                p = skipSpaces(text, we);
                if (p < n && (text.charAt(p) == ':' || text.charAt(p) == '=')) {
                    p = skipSpaces(text, p + 1);
                    introduced = true;
                    break;
                }
            }
        }
        if (p >= n) {
            return e;
        }
        // The value
        long v = readValue(text, p, cls == Cls.PASSWORD || cls == Cls.SECRET);
        if (v == NO_VALUE) {
            return e;
        }
        int vs = valueStart(v);
        int ve = valueEnd(v);
        boolean quoted = quoted(v);
        String value = text.substring(vs, ve);
        if (value.length() > 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            // nested quoting: '"value"' is the value; "'$VAR'" is shell quoting around a reference
            if (value.charAt(1) == '$') {
                return e;
            }
            int inner = value.indexOf(value.charAt(0), 1);
            if (inner > 1) {
                vs = vs + 1;
                ve = vs + inner - 1;
                value = text.substring(vs, ve);
            }
        }
        if (cls == Cls.AUTH || cls == Cls.BEARER) {
            if (!explicitSep && cls == Cls.AUTH) {
                return e;
            }
            String lowValue = value.toLowerCase(Locale.ROOT);
            if (AUTH_SCHEMES.contains(lowValue) || lowValue.endsWith("-token")) {
                int q = skipSpaces(text, ve);
                if (q < n && text.charAt(q) == ':') {
                    q = skipSpaces(text, q + 1);
                }
                long v2 = readValue(text, q, false);
                if (v2 == NO_VALUE) {
                    return e;
                }
                vs = valueStart(v2);
                ve = valueEnd(v2);
                value = text.substring(vs, ve);
            } else if (cls == Cls.BEARER && !explicitSep && connectors > 0) {
                return e;
            }
            if (value.length() < 8 || Values.isPlaceholder(value) || !anyDigitOrSymbol(value) && !Values.tokenShaped(value)) {
                return e;
            }
            spans.add(vs, ve, value.startsWith("eyJ") ? SecretKind.JWT : SecretKind.API_KEY, 30);
            return ve;
        }
        if (cls == Cls.SESSION) {
            if (ident.toLowerCase(Locale.ROOT).endsWith("cookie")) {
                // the whole header is parsed here; later "cookie"/"session" hits inside it are skipped
                return explicitSep ? cookies(text, p, ident.toLowerCase(Locale.ROOT).startsWith("set"), spans) : e;
            }
            if (explicitSep && value.length() >= 12 && !Values.isPlaceholder(value) && Values.tokenShaped(value)) {
                spans.add(vs, ve, SecretKind.SESSION_COOKIE, 30);
            }
            return e;
        }
        // the rejections below are ordered cheapest first: each runs once per keyword hit
        if (identQuoted && closers == 0 && explicitSep && quoted && text.charAt(s - 1) == text.charAt(vs - 1)) {
            return e; // "Password:" inside a UI string, the next quote closes it
        }
        if (value.length() < 3 || Values.isPlaceholder(value) || Values.isBenignIdentifier(value)) {
            return e;
        }
        if (cls != Cls.PASSWORD && cls != Cls.SECRET && (Values.synthetic(value) || value.indexOf(':') >= 0)) {
            return e; // tokens carry no ':' (that is jar:1.7.8:compile or a URL)
        }

        if (!quoted && (value.indexOf('{') >= 0 || value.indexOf('}') >= 0)) {
            return e; // acctest.Representation{...}: code, not a value
        }
        char v0 = value.charAt(0);
        if (v0 == '(' || v0 == '.' || v0 == '+' || value.startsWith(" ") || value.endsWith(" ") || value.contains(" + ")
                || (cls == Cls.PASSWORD || cls == Cls.SECRET) && labelLike(value.toLowerCase(Locale.ROOT))
                || value.contains("://")) {
            return e; // casts, concatenations, labels and names that merely contain the word
        }
        boolean accept;
        switch (cls) {
            case PASSWORD -> {
                if (explicitSep || cliFlag) {
                    accept = value.length() >= 4 || Values.passwordShaped(value);
                } else if (introduced) {
                    accept = (quoted || Values.passwordShaped(value) || plausibleProseWord(value)) && value.length() >= 4;
                } else {
                    // "password Summer2024!", "new pw X": no verb, so the value has to look like a password,
                    // and the name must be a real password word ("pass" alone is a verb: "pass --flag to ...")
                    accept = proseName(ident) && Values.passwordShaped(value) && !value.endsWith(":");
                }
                if (!quoted && value.startsWith("-") && !explicitSep) {
                    accept = false;
                }
                if (accept && !quoted && value.indexOf(' ') < 0 && looksLikeProseWordFollowedByMore(text, ve)
                        && !Values.passwordShaped(value) && !explicitSep) {
                    accept = false;
                }
            }
            case SECRET -> accept = (explicitSep || cliFlag || introduced && (quoted || Values.tokenShaped(value)))
                    && value.length() >= 6
                    && (quoted || Values.passwordShaped(value) || Values.tokenShaped(value));
            case LOGIN -> accept = (explicitSep || cliFlag) && value.length() >= 32 && Values.tokenShaped(value);
            default -> {
                accept = (explicitSep || cliFlag || introduced) ? Values.tokenShaped(value) || Values.isUuid(value)
                        : Values.tokenShaped(value) && value.length() >= 16 && Values.hasDigit(value);
                // a bare "Key:" label followed by hex is an id (CrashReporter Key, registry key), not a credential
                if (ident.equalsIgnoreCase("key") && !quoted && (Values.allHex(value, 0, value.length())
                        || Values.isUuid(value))) {
                    accept = false;
                }
            }
        }
        if (!accept) {
            return e;
        }
        spans.add(vs, ve, kindFor(text, cs, s, cls, value), 30);
        return ve;
    }

    private static final String[] UI_VERBS = {"add", "forgot", "change", "reset", "update", "edit", "new", "confirm",
            "show", "hide", "old", "current", "repeat"};
    private static final java.util.regex.Pattern UI_PASSWORD_LABEL = java.util.regex.Pattern.compile(
            "(?:" + String.join("|", UI_VERBS) + ")[-_]?pass.*");

    /** "#add-password", "cms/sites/passwords#edit", "forgot-password": UI labels and routes, not values. */
    private static boolean labelLike(String lowValue) {
        if (!lowValue.contains("password") && !lowValue.contains("passwd")) {
            return false;
        }
        return lowValue.indexOf('#') >= 0 || lowValue.indexOf('/') >= 0 || lowValue.indexOf(':') >= 0
                || startsWithVerb(lowValue) && UI_PASSWORD_LABEL.matcher(lowValue).matches();
    }

    /** Most values start with no UI verb; testing that first spares a matcher per password value. */
    private static boolean startsWithVerb(String lowValue) {
        for (String verb : UI_VERBS) {
            if (lowValue.startsWith(verb)) {
                return true;
            }
        }
        return false;
    }

    private static boolean proseName(String ident) {
        String l = ident.toLowerCase(Locale.ROOT);
        return l.endsWith("password") || l.endsWith("passwort") || l.endsWith("kennwort") || l.equals("pw")
                || l.equals("pwd") || l.endsWith("passwd") || l.endsWith("passphrase") || l.equals("mot de passe")
                || l.startsWith("contrase") || l.equals("mdp") || l.equals("passcode");
    }

    private static boolean anyDigitOrSymbol(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (!Character.isLetter(v.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "password is centipede" yes; "password is working fine" no (participles, adverbs, adjectives). */
    private static boolean plausibleProseWord(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        if (!l.chars().allMatch(Character::isLetter)) {
            return true;
        }
        return l.length() >= 5 && !(l.endsWith("ed") || l.endsWith("ing") || l.endsWith("ly") || l.endsWith("able")
                || l.endsWith("ible") || l.endsWith("ive") || l.endsWith("ful") || l.endsWith("less")
                || l.endsWith("ous") || l.endsWith("ent") || l.endsWith("ant") || l.endsWith("ion")
                || l.endsWith("ure") || l.endsWith("ct"));
    }

    /** A plain word followed by more lower-case prose is most likely a sentence, not a password. */
    private static boolean looksLikeProseWordFollowedByMore(String text, int ve) {
        int q = ve;
        if (q < text.length() && text.charAt(q) == ' ') {
            q++;
            return q < text.length() && Character.isLowerCase(text.charAt(q));
        }
        return false;
    }

    private static String kindFor(String text, char[] cs, int nameStart, Cls cls, String value) {
        if (value.startsWith("eyJ") && value.indexOf('.') > 0) {
            return SecretKind.JWT;
        }
        int ls = Values.lineStart(text, nameStart, 512);
        String before = Triggers.lowerString(cs, ls, nameStart - ls);
        boolean connString = before.indexOf(';') >= 0 && (before.contains("server=") || before.contains("data source=")
                || before.contains("database=") || before.contains("user id=") || before.contains("uid=")
                || before.contains("provider=") || before.contains("driver=") || before.contains("host=")
                || before.contains("accountname=") || before.contains("endpoint=")
                || before.contains("sharedaccesskeyname=") || before.contains("initial catalog="))
                || before.contains("jdbc:") || before.contains("odbc") || before.contains("connectionstring");
        if (connString) {
            return SecretKind.CONNECTION_STRING;
        }
        return cls == Cls.PASSWORD || cls == Cls.SECRET ? SecretKind.PASSWORD : SecretKind.API_KEY;
    }

    /** Cookie: a=1; JSESSIONID=...; Set-Cookie: sid=...; Path=/; HttpOnly */
    private static int cookies(String text, int p, boolean setCookie, Spans spans) {
        int n = text.length();
        int lineEnd = Values.lineEnd(text, p, 4096);
        int i = p;
        int pairs = 0;
        while (i < lineEnd && pairs < 64) {
            while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == ';' || isQuote(text.charAt(i)))) {
                i++;
            }
            int ns = i;
            while (i < lineEnd && text.charAt(i) != '=' && text.charAt(i) != ';' && text.charAt(i) != ' ') {
                i++;
            }
            if (i >= lineEnd || text.charAt(i) != '=') {
                if (i < lineEnd && text.charAt(i) == ' ' && pairs > 0) {
                    i++;
                    continue;
                }
                return i;
            }
            String name = text.substring(ns, i).toLowerCase(Locale.ROOT);
            int vs = ++i;
            while (i < lineEnd && text.charAt(i) != ';' && text.charAt(i) != ' ' && !isQuote(text.charAt(i))
                    && text.charAt(i) != ',') {
                i++;
            }
            String value = text.substring(vs, i);
            pairs++;
            if (setCookie && pairs > 1 && SET_COOKIE_ATTRS.contains(name)) {
                continue;
            }
            if (SET_COOKIE_ATTRS.contains(name) || value.length() < 8 || Values.isPlaceholder(value)) {
                continue;
            }
            boolean sessionName = name.contains("sess") || name.contains("sid") || name.contains("token")
                    || name.contains("auth") || name.contains("jwt") || name.contains("remember")
                    || name.contains("login") || name.contains("csrf") || name.contains("xsrf");
            if (sessionName || Values.tokenShaped(value)) {
                spans.add(vs, i, value.startsWith("eyJ") ? SecretKind.JWT : SecretKind.SESSION_COOKIE, 35);
            }
        }
        return i;
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    static int skipSpaces(String t, int p) {
        while (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    static final long NO_VALUE = -1;

    /** start, end and quoted packed in a long: an array per keyword hit was most of what a hostile line allocated */
    private static long packed(int start, int end, boolean quoted) {
        return (long) start << 32 | (long) end << 1 | (quoted ? 1 : 0);
    }

    static int valueStart(long v) {
        return (int) (v >>> 32);
    }

    static int valueEnd(long v) {
        return (int) (v & 0xFFFFFFFFL) >>> 1;
    }

    static boolean quoted(long v) {
        return (v & 1) != 0;
    }

    /**
     * Reads a quoted value (up to the matching quote on the same line, spaces allowed only for password-like names)
     * or a bare value (up to whitespace or a delimiter), as {@link #packed}, or {@link #NO_VALUE}.
     */
    static long readValue(String t, int p, boolean allowSpacesQuoted) {
        int n = t.length();
        if (p >= n) {
            return NO_VALUE;
        }
        if (t.charAt(p) == '\\' && p + 1 < n && isQuote(t.charAt(p + 1))) {
            p++;
        }
        char c = t.charAt(p);
        if (isQuote(c)) {
            char close = c == '\u201C' ? '\u201D' : c == '\u2018' ? '\u2019' : c;
            int q = p + 1;
            int limit = Math.min(n, q + 512);
            while (q < limit && t.charAt(q) != close && t.charAt(q) != '\n' && !(t.charAt(q) == '\\' && q + 1 < n && t.charAt(q + 1) == close)) {
                if (t.charAt(q) == ' ' && !allowSpacesQuoted) {
                    break;
                }
                q++;
            }
            if (q >= limit || q == p + 1) {
                return NO_VALUE;
            }
            if (t.charAt(q) == close || t.charAt(q) == '\\') {
                if (q - (p + 1) > 64 && t.substring(p + 1, q).indexOf(' ') >= 0) {
                    return NO_VALUE; // a sentence in quotes, not a passphrase
                }
                return packed(p + 1, q, true);
            }
            return packed(p + 1, q, false);
        }
        int q = p;
        int limit = Math.min(n, p + 512);
        while (q < limit) {
            char d = t.charAt(q);
            if (Character.isWhitespace(d) || isQuote(d) || d == '<' || d == '>' || d == ',' || d == ';' || d == '&'
                    || d == '|' || d == '}' || d == ']' || d == '\\') {
                break;
            }
            if (d == '=' && q + 1 < n && Character.isLetterOrDigit(t.charAt(q + 1)) && q > p) {
                break; // "a=b=c": the value ends where the next assignment starts; base64 '=' pads the end only
            }
            q++;
        }
        // trailing sentence punctuation and unbalanced closing parenthesis
        while (q > p && ".,:;)".indexOf(t.charAt(q - 1)) >= 0) {
            if (t.charAt(q - 1) == ')' && t.substring(p, q).indexOf('(') >= 0) {
                break;
            }
            q--;
        }
        if (q == p) {
            return NO_VALUE;
        }
        return packed(p, q, false);
    }
}
