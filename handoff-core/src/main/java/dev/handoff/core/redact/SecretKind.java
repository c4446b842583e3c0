package dev.handoff.core.redact;

import java.util.List;

/** Stable, lower-case kind names used in markers ({@code [REDACTED:<kind>]}) and in reports. */
public final class SecretKind {
    public static final String PASSWORD = "password";
    public static final String LICENSE_KEY = "license-key";
    public static final String BITLOCKER_KEY = "bitlocker-key";
    public static final String OTP = "otp";
    public static final String WIFI_KEY = "wifi-key";
    public static final String API_KEY = "api-key";
    public static final String PRIVATE_KEY = "private-key";
    public static final String CONNECTION_STRING = "connection-string";
    public static final String URL_CREDENTIALS = "url-credentials";
    public static final String SESSION_COOKIE = "session-cookie";
    public static final String JWT = "jwt";
    public static final String CUSTOM = "custom";

    public static final List<String> ALL = List.of(PASSWORD, LICENSE_KEY, BITLOCKER_KEY, OTP, WIFI_KEY, API_KEY,
            PRIVATE_KEY, CONNECTION_STRING, URL_CREDENTIALS, SESSION_COOKIE, JWT, CUSTOM);

    private SecretKind() {
    }

    public static String marker(String kind) {
        return "[REDACTED:" + kind + "]";
    }
}
