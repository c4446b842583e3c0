package dev.handoff.jira.settings;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How Handoff reaches the model server, and how hard it may lean on it. No endpoint means no model:
 * drafts are deterministic.
 *
 * @param maxConcurrent    model calls in flight across the whole cluster
 * @param breakerFailures  consecutive failed calls that open the circuit breaker
 * @param breakerOpenFor   how long an open breaker keeps drafts deterministic before one trial call
 */
public record ModelSettings(Optional<URI> endpoint, String model, Duration connectTimeout, Duration readTimeout,
                            int maxConcurrent, int breakerFailures, Duration breakerOpenFor) {

    public static final ModelSettings DEFAULTS = new ModelSettings(Optional.empty(), "llama3.1:8b",
            Duration.ofSeconds(5), Duration.ofSeconds(60), 2, 3, Duration.ofMinutes(5));

    public ModelSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(breakerOpenFor, "breakerOpenFor");
        if (maxConcurrent < 1 || breakerFailures < 1) {
            throw new IllegalArgumentException("maxConcurrent and breakerFailures must be at least 1");
        }
    }

    public boolean enabled() {
        return endpoint.isPresent();
    }
}
