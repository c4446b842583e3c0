package dev.handoff.core.redact;

import java.util.List;
import java.util.Set;

/**
 * Credentials typed as a pair after an account word, the way agents note a test login: "Testkonto vpn-test / Pa55word!",
 * "Login: admin/Xk9#mP2q", "credentials svc:Tr0ub4dor". The user name stays; the part after the slash or colon is
 * redacted when it is shaped like a password, so "user profile/AppData" or "account Finance/HR" are left alone.
 */
final class CredentialPairs {
    private CredentialPairs() {
    }

    /** Account words in EN/DE/FR/ES; a cue may end a compound ("Testkonto", "Benutzerkonto"). */
    private static final String[] CUES = {"account", "konto", "login", "logon", "credential", "creds", "user", "benutzer",
            "zugang", "anmeldedaten", "compte", "identifiant", "cuenta", "usuario", "credenciales"};
    /** What may follow a cue inside its word: "credentials", "username", "Zugangsdaten", "userid". */
    private static final Set<String> SUFFIXES = Set.of("", "s", "name", "daten", "sdaten", "id", "e");
    private static final int MAX_PART = 64;

    static List<String> triggerWords() {
        return List.of(CUES);
    }

    static void scan(String text, char[] cs, Triggers.Hits found, Spans spans) {
        for (String cue : CUES) {
            for (int at : found.of(cue)) {
                pair(text, cs, at + cue.length(), spans);
            }
        }
    }

    /** A digit or a symbol other than the hyphen and dot that words and host names carry. */
    private static boolean digitOrSymbol(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isDigit(c) || !Character.isLetter(c) && c != '-' && c != '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean userChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '@';
    }

    /** Characters of a typed password; quotes, brackets and slashes end it (and then it was code or a path). */
    private static boolean secretChar(char c) {
        return !Character.isWhitespace(c) && "\"'`<>{}()[]/\\".indexOf(c) < 0;
    }

    private static void pair(String text, char[] cs, int cueEnd, Spans spans) {
        int n = text.length();
        int e = cueEnd;
        while (e < n && e - cueEnd <= 5 && Character.isLetter(text.charAt(e))) {
            e++;
        }
        if (e < n && Character.isLetter(text.charAt(e)) || !SUFFIXES.contains(Triggers.lowerString(cs, cueEnd, e - cueEnd))) {
            return; // a longer word that merely starts with the cue ("userspace", "accounting")
        }
        int p = e;
        if (p < n && (text.charAt(p) == ':' || text.charAt(p) == '=')) {
            p++;
        }
        if (p >= n || text.charAt(p) != ' ') {
            return; // "user-agent", "users_role:", "account(id:": an identifier, not a word before a login
        }
        p = KeywordDetector.skipSpaces(text, p);
        int us = p;
        while (p < n && p - us <= MAX_PART && userChar(text.charAt(p))) {
            p++;
        }
        if (p == us || !Character.isLetterOrDigit(text.charAt(us)) || p - us > MAX_PART || p >= n) {
            return;
        }
        // "name / secret" with at most a space each side, or "name:secret" glued; "test: X" is a label and its value
        int ss;
        char sep = text.charAt(p);
        if (sep == ':') {
            ss = p + 1;
        } else {
            int q = text.charAt(p) == ' ' ? p + 1 : p;
            if (q >= n || text.charAt(q) != '/') {
                return;
            }
            ss = q + 1 < n && text.charAt(q + 1) == ' ' ? q + 2 : q + 1;
        }
        int se = ss;
        while (se < n && se - ss <= MAX_PART && secretChar(text.charAt(se))) {
            se++;
        }
        while (se > ss && ".,;".indexOf(text.charAt(se - 1)) >= 0) {
            se--;
        }
        if (se == ss || se - ss > MAX_PART || se < n && !Character.isWhitespace(text.charAt(se))
                && ".,;)".indexOf(text.charAt(se)) < 0) {
            return; // the token goes on with quotes, brackets or a path: code or markup, not a typed password
        }
        String secret = text.substring(ss, se);
        if (!Values.passwordShaped(secret) || !digitOrSymbol(secret) || Values.isPlaceholder(secret)) {
            return; // versions and words ("User name / E-mail address") are not passwords
        }
        spans.add(ss, se, SecretKind.PASSWORD, 30);
    }
}
