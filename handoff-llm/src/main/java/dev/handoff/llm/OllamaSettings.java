package dev.handoff.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** Where the self-hosted model lives and how long Handoff waits for it. Only http(s) endpoints are accepted. */
public record OllamaSettings(URI baseUrl, String model, Duration connectTimeout, Duration readTimeout, int numCtx) {

    public OllamaSettings {
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
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(60) : readTimeout;
        if (numCtx < 512) {
            throw new IllegalArgumentException("numCtx must be at least 512, got " + numCtx);
        }
    }
}
