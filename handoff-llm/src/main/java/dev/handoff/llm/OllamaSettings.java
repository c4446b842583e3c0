package dev.handoff.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** Where the self-hosted model lives and how long Handoff waits for it. Only http(s) endpoints are accepted. */
public record OllamaSettings(URI baseUrl, String model, Duration connectTimeout, Duration readTimeout, int numCtx) {

    public OllamaSettings {
        requireEndpoint(baseUrl, model);
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_READ : readTimeout;
        if (numCtx < 512) {
            throw new IllegalArgumentException("numCtx must be at least 512, got " + numCtx);
        }
    }

    static final Duration DEFAULT_CONNECT = Duration.ofSeconds(5);
    static final Duration DEFAULT_READ = Duration.ofSeconds(60);

    /** The rules for any model endpoint's URL and model name. */
    static void requireEndpoint(URI baseUrl, String model) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("model endpoint must be an http(s) URL, got scheme '" + scheme + "'");
        }
        if (baseUrl.getHost() == null) {
            throw new IllegalArgumentException("model endpoint has no host: " + baseUrl);
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model name is empty");
        }
    }
}
