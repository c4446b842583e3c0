package dev.handoff.core.redact;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Cheap, allocation-light judgements about candidate secret values. */
final class Values {
    private Values() {
    }

    /** Words that follow "password"/"secret" in prose but are not the secret itself. */
    private static final Set<String> NOT_A_SECRET = new java.util.HashSet<>(java.util.Arrays.asList(
            "password", "passwort", "kennwort", "secret", "token", "key", "pwd", "pass", "passwd", "value", "string",
            "null", "nil", "none", "undefined", "empty", "blank", "true", "false", "yes", "no", "on", "off", "n/a", "na",
            "required", "optional", "reset", "expired", "expire", "expires", "incorrect", "correct", "wrong", "invalid",
            "valid", "field", "fields", "the", "a", "an", "and", "or", "but", "not", "for", "from", "with", "without",
            "in", "into", "of", "on", "at", "by", "as", "if", "then", "is", "are", "was", "were", "be", "been", "being",
            "to", "too", "it", "its", "this", "that", "these", "those", "there", "here", "which", "what", "when",
            "where", "who", "how", "why", "my", "your", "his", "her", "their", "our", "me", "you", "he", "she", "they",
            "we", "us", "them", "also", "still", "just", "only", "same", "different", "new", "old", "current",
            "default", "temporary", "temp", "now", "again", "already", "never", "always", "set", "change", "changes",
            "update", "saved", "stored", "used", "use", "using", "manager", "policy", "prompt", "dialog", "screen",
            "box", "page", "form", "input", "entry", "protected", "protection", "length", "hash", "hashed",
            "encrypted", "encryption", "complexity", "strength", "history", "recovery", "hint", "missing", "mismatch",
            "match", "matches", "sensitive", "case", "must", "should", "will", "would", "can", "could", "may",
            "might", "shall", "need", "needs", "has", "have", "had", "does", "do", "did", "doesn't", "don't",
            "isn't", "wasn't", "cannot", "can't", "won't", "ok", "okay", "fine", "good", "bad", "weak", "strong",
            "short", "long", "less", "more", "than", "very", "so", "such", "some", "any", "all", "each", "every",
            "one", "two", "first", "last", "after", "before", "again", "yesterday", "today", "tomorrow", "above",
            "below", "same", "login", "logon", "user", "username", "account", "admin", "administrator", "please",
            "via", "through", "over", "under", "again.", "see", "check", "enter", "entered", "type", "typed",
            "provided", "given", "supplied", "shown", "displayed", "visible", "hidden", "masked", "redacted",
            "removed", "omitted", "unknown", "known", "example", "sample", "dummy", "placeholder", "changeme",
            "xxx", "xxxx", "tbd", "todo", "test", "testing", "secure", "security", "authentication", "auth",
            "credentials", "credential", "via", "sent", "send", "sending", "emailed", "mail", "email", "sms",
            "text", "texted", "given", "ist", "est", "es", "lautet", "wurde", "nicht", "pas", "le", "la", "les",
            "de", "du", "el", "los", "las", "und", "oder", "et", "ou", "y", "o", "der", "die", "das", "ein", "eine",
            "un", "une", "una", "uno", "zurückgesetzt", "abgelaufen", "falsch", "réinitialisé", "expiré",
            "incorrecte", "caducada", "incorrecta", "restablecida", "file", "files", "keychain", "keystore", "store",
            "again,", "because", "since", "until", "while", "whenever", "either", "neither", "both", "okay.",
            "works", "work", "working", "worked", "fails", "fail", "failed", "failing", "error", "errors", "issue",
            "problem", "problems", "again?", "doesnt", "dont", "isnt", "cant", "wont"));

    private static final Pattern JIRA_KEY = Pattern.compile("[A-Z][A-Z0-9]{1,9}-\\d{1,7}");
    private static final Pattern VERSION = Pattern.compile("v?\\d+(?:\\.\\d+)+(?:[.\\-_][A-Za-z0-9]+)*");
    private static final Pattern HEX_CODE = Pattern.compile("0x[0-9A-Fa-f]{1,16}");
    private static final Pattern KB = Pattern.compile("(?i)kb\\d{5,8}");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d+)?(?:/\\d+)?");
    private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}");
    private static final Pattern HOSTNAME = Pattern.compile("(?i)(?:[a-z0-9-]{1,63}\\.){1,8}(?:com|net|org|io|de|fr|es|uk|local|lan|corp|internal|dev|app|cloud|co|us|eu|info|biz|gov|edu|mil|int)(?::\\d+)?");
    private static final Pattern ENV_REF = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    private static final Pattern DOTTED_IDENT = Pattern.compile("[A-Za-z_$][A-Za-z_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)+(?:\\(\\))?");

    /** End of the line containing {@code from}, looking at most {@code max} chars ahead (hostile 1 MB lines). */
    static int lineEnd(CharSequence t, int from, int max) {
        int limit = Math.min(t.length(), from + max);
        for (int i = from; i < limit; i++) {
            if (t.charAt(i) == '\n') {
                return i;
            }
        }
        return limit;
    }

    /** {@link String#startsWith(String, int)} on a char array. */
    static boolean startsWith(char[] cs, String prefix, int at) {
        if (at < 0 || at > cs.length - prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (cs[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Start of the line containing {@code pos}, looking at most {@code max} chars back. */
    static int lineStart(CharSequence t, int pos, int max) {
        int limit = Math.max(0, pos - max);
        for (int i = pos - 1; i >= limit; i--) {
            if (t.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return limit;
    }

    /** Template variables, masks and references to secrets held elsewhere. */
    static boolean isPlaceholder(String v) {
        if (v.isEmpty()) {
            return true;
        }
        char c = v.charAt(0);
        if (c == '$' || c == '%' || c == '<' || c == '{' || c == '[' || c == '@' && v.length() > 1 && v.charAt(1) == '{') {
            // ${X} $X %X% <...> {{x}} [PASSWORD]; a leading '$' real password like "$ecret1" is rarer than $VAR
            if (!(c == '$' && v.length() > 1 && !Character.isLetter(v.charAt(1)) && v.charAt(1) != '{' && v.charAt(1) != '(')) {
                return true;
            }
        }
        if (v.startsWith("&lt;") || v.startsWith("#{") || v.contains("${") || v.contains("{{") || v.contains("$(")) {
            return true;
        }
        if (masked(v)) {
            return true;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (NOT_A_SECRET.contains(lower)) {
            return true;
        }
        if (lower.contains("example") || lower.contains("your_") || lower.contains("your-") || lower.startsWith("your")
                || lower.contains("placeholder") || lower.contains("here") && lower.contains("_")
                || lower.contains("redacted") || lower.contains("changeme") || lower.contains("dummy")
                || lower.contains("insert") && lower.contains("_") || lower.contains("goes_here")) {
            return true;
        }
        if (lower.startsWith("env.") || lower.startsWith("process.env") || lower.startsWith("os.environ")
                || lower.startsWith("os.getenv") || lower.startsWith("var.") || lower.startsWith("secrets.")
                || lower.startsWith("vault:") || lower.startsWith("this.") || lower.startsWith("self.")
                || lower.startsWith("request.") || lower.startsWith("params[") || lower.startsWith("config.")
                || lower.startsWith("settings.") || lower.startsWith("system.getenv")) {
            return true;
        }
        if (v.indexOf('(') > 0 && v.endsWith(")")) {
            return true; // a function call producing the secret
        }
        if (v.indexOf('_') > 0 && ENV_REF.matcher(v).matches()
                || v.indexOf('.') > 0 && DOTTED_IDENT.matcher(v).matches() && !hasDigit(v)) {
            return true;
        }
        return false;
    }

    /** Placeholder, or a synthetic documentation value (abcdef..., 123456..., AAAAA) - for machine tokens only. */
    static boolean isPlaceholderToken(String v) {
        return isPlaceholder(v) || synthetic(v);
    }

    static boolean synthetic(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (sequential(lower) || lower.contains("example") || lower.contains("sample") || lower.contains("test_key")
                || lower.contains("here") || lower.contains("random") || lower.contains("your") || lower.contains("dummy")
                || lower.contains("fake") || lower.contains("-my-") || lower.contains("_my_")) {
            return true;
        }
        int run = 1;
        for (int i = 1; i < v.length(); i++) {
            if (v.charAt(i) == v.charAt(i - 1)) {
                if (++run >= 6) {
                    return true;
                }
            } else {
                run = 1;
            }
        }
        return false;
    }

    /** ****, xxxx, ####, ~~~~: masked or filler values. */
    static boolean masked(String v) {
        int run = 1;
        int maskChars = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean m = c == '*' || c == 'x' || c == 'X' || c == '#' || c == '\u2022' || c == '~' || c == '.';
            if (m) {
                maskChars++;
            }
            if (i > 0 && m && Character.toLowerCase(c) == Character.toLowerCase(v.charAt(i - 1))) {
                run++;
                if (run >= 4) {
                    return true;
                }
            } else {
                run = 1;
            }
        }
        return maskChars * 2 > v.length() && v.length() >= 3;
    }

    /** abcdefgh... or 0123456789 runs: documentation values. */
    static boolean sequential(String lower) {
        int run = 1;
        int shortRuns = 0;
        for (int i = 1; i <= lower.length(); i++) {
            if (i < lower.length() && lower.charAt(i) == lower.charAt(i - 1) + 1
                    && Character.isLetterOrDigit(lower.charAt(i))) {
                run++;
                if (run >= 6) {
                    return true;
                }
            } else {
                if (run >= 4) {
                    shortRuns++; // "12345-abcd": two short runs are as telling as one long one
                }
                run = 1;
            }
        }
        return shortRuns >= 2;
    }

    /** Identifiers that look like secrets to a naive scanner but are not. */
    static boolean isBenignIdentifier(String v) {
        // cheap character guards first: this runs once per keyword hit
        if (v.isEmpty()) {
            return false;
        }
        boolean dot = v.indexOf('.') >= 0;
        boolean dash = v.indexOf('-') >= 0;
        char c = v.charAt(0);
        boolean digitFirst = c >= '0' && c <= '9';
        return dash && c >= 'A' && c <= 'Z' && JIRA_KEY.matcher(v).matches()
                || dot && (digitFirst || c == 'v') && VERSION.matcher(v).matches()
                || v.startsWith("0x") && HEX_CODE.matcher(v).matches()
                || (v.startsWith("KB") || v.startsWith("kb")) && KB.matcher(v).matches()
                || dot && digitFirst && IPV4.matcher(v).matches()
                || v.length() == 17 && (dash || v.indexOf(':') >= 0) && MAC.matcher(v).matches()
                || dot && HOSTNAME.matcher(v).matches() || isPath(v);
    }

    static boolean isPath(String v) {
        if (v.startsWith("/") || v.startsWith("~/") || v.startsWith("./") || v.startsWith("../")) {
            return true;
        }
        return v.length() > 2 && Character.isLetter(v.charAt(0)) && v.charAt(1) == ':' && (v.charAt(2) == '\\' || v.charAt(2) == '/');
    }

    static boolean isUuid(String v) {
        if (v.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = v.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return false;
                }
            } else if (!isHex(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean allHex(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHex(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean hasDigit(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (Character.isDigit(v.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A password typed in prose without "is"/":" before it must look like one: digits, symbols or mixed case. */
    static boolean passwordShaped(String v) {
        if (v.length() < 4 || v.length() > 128) {
            return false;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
        if (digit && !lower && !upper && !symbol) {
            return v.length() >= 6;
        }
        return classes >= 2 && (digit || symbol || (lower && upper && !Character.isUpperCase(v.charAt(0))));
    }

    /** Value next to a key/token/secret name: must look machine-generated, not like a word or an identifier. */
    static boolean tokenShaped(String v) {
        int n = v.length();
        if (n < 8 || n > 4096) {
            return false;
        }
        int letters = 0;
        int digits = 0;
        int upper = 0;
        int lower = 0;
        int other = 0;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c >= 'a' && c <= 'z') {
                lower++;
                letters++;
            } else if (c >= 'A' && c <= 'Z') {
                upper++;
                letters++;
            } else if (c == ' ') {
                return false;
            } else {
                other++;
            }
        }
        if (letters == 0) {
            return digits >= 12; // numeric tokens only when long
        }
        boolean identifierLike = upper > 0 || v.indexOf('_') >= 0 || v.indexOf('-') >= 0;
        if (separatedIdentifier(v)) {
            return false;
        }
        boolean base64Like = v.endsWith("=") || v.indexOf('+') >= 0 || v.indexOf('/') >= 0;
        if (identifierLike && !base64Like && wordShare(v) * 10 >= n * 4) {
            return false; // HKSampleSortIdentifierEndDate, my_database_name: words, not a token
        }
        if (digits == 0) {
            // all-letter tokens: need mixed case and length, and no dictionary-like camel case
            return n >= 16 && upper >= 3 && lower >= 3 && entropy(v) >= 3.5 && !camelWords(v);
        }
        // short hex/base62 strings cannot reach high entropy: scale the bar with the length
        return entropy(v) >= Math.min(3.0, Math.log(n) / Math.log(2) - 1.2);
    }

    /** Share of vowels among letters: about 0.2 in random strings, 0.35-0.4 in English identifiers. */
    static double vowelShare(CharSequence v) {
        int letters = 0;
        int vowels = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = Character.toLowerCase(v.charAt(i));
            if (c >= 'a' && c <= 'z') {
                letters++;
                if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
                    vowels++;
                }
            }
        }
        return letters == 0 ? 0 : (double) vowels / letters;
    }

    /** DOC_Vector_5_32, id-Gost28147-89-None-KeyMeshing: short parts joined by separators, one of them a word. */
    static boolean separatedIdentifier(CharSequence v) {
        int seps = 0;
        int partLen = 0;
        int maxPart = 0;
        boolean wordPart = false;
        int partStart = 0;
        for (int i = 0; i <= v.length(); i++) {
            char c = i < v.length() ? v.charAt(i) : '_';
            if (c == '_' || c == '-') {
                if (i < v.length()) {
                    seps++;
                }
                maxPart = Math.max(maxPart, partLen);
                if (partLen >= 3 && isWordPart(v, partStart, i)) {
                    wordPart = true;
                }
                partLen = 0;
                partStart = i + 1;
            } else {
                partLen++;
            }
        }
        return seps >= 2 && maxPart <= 12 && wordPart;
    }

    private static boolean isWordPart(CharSequence v, int s, int e) {
        boolean vowel = false;
        boolean nonHex = false;
        for (int i = s; i < e; i++) {
            char c = Character.toLowerCase(v.charAt(i));
            if (c < 'a' || c > 'z') {
                return false;
            }
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
                vowel = true;
            }
            if (c > 'f') {
                nonHex = true;
            }
        }
        return vowel && nonHex;
    }

    /** Characters that sit in runs of four or more lower-case letters, as words do. */
    static int wordShare(String v) {
        int in = 0;
        int run = 0;
        for (int i = 0; i <= v.length(); i++) {
            if (i < v.length() && v.charAt(i) >= 'a' && v.charAt(i) <= 'z') {
                run++;
            } else {
                if (run >= 4) {
                    in += run;
                }
                run = 0;
            }
        }
        return in;
    }

    /** CamelCaseWordsLikeThis: upper-case letters only at word starts. */
    static boolean camelWords(String v) {
        int upperRuns = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i + 1 < v.length() && Character.isUpperCase(v.charAt(i + 1))) {
                    return false;
                }
                upperRuns++;
            }
        }
        return upperRuns > 0 && v.length() / upperRuns >= 4;
    }

    /** Shannon entropy in bits per character. */
    static double entropy(CharSequence s) {
        return entropy(s, 0, s.length());
    }

    static double entropy(CharSequence s, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return 0;
        }
        int[] freq = new int[128];
        int otherCount = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                freq[c]++;
            } else {
                otherCount++;
            }
        }
        double h = 0;
        for (int f : freq) {
            if (f > 0) {
                double p = (double) f / n;
                h -= p * Math.log(p);
            }
        }
        if (otherCount > 0) {
            double p = (double) otherCount / n;
            h -= p * Math.log(p);
        }
        return h / Math.log(2);
    }
}
