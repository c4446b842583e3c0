package dev.handoff.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the embedding model lives, how long one batch may take, and how many passage embeddings are kept in
 * memory ({@code cacheSize} 0 keeps none).
 */
public record OllamaEmbeddingSettings(URI baseUrl, String model, Duration connectTimeout, Duration timeout, int cacheSize) {

    /** About 12 MB of vectors for a 768-dimension model: the passages of a few thousand distinct runbook hits. */
    public static final int DEFAULT_CACHE = 4096;

    public OllamaEmbeddingSettings {
        OllamaSettings.requireEndpoint(baseUrl, model);
        Objects.requireNonNull(timeout, "timeout");
        connectTimeout = connectTimeout == null || connectTimeout.compareTo(timeout) > 0 ? timeout : connectTimeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize must not be negative, got " + cacheSize);
        }
    }
}
