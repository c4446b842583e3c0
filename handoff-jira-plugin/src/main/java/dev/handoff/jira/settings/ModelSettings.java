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
 * @param protocol         Ollama's own API, or the OpenAI-compatible one of vLLM and llama.cpp's server
 * @param stream           read the reply as a stream under Handoff's own deadline and size cap (Ollama only)
 */
public record ModelSettings(Optional<URI> endpoint, String model, Duration connectTimeout, Duration readTimeout,
                            int maxConcurrent, int breakerFailures, Duration breakerOpenFor, Protocol protocol, boolean stream) {

    /** The wire protocol of the model server; {@code wire()} is the stored and JSON spelling. */
    public enum Protocol {
        OLLAMA("ollama"), OPENAI("openai");

        private final String wire;

        Protocol(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static java.util.Optional<Protocol> of(String wire) {
            for (Protocol p : values()) {
                if (p.wire.equals(wire)) {
                    return java.util.Optional.of(p);
                }
            }
            return java.util.Optional.empty();
        }
    }

    public static final ModelSettings DEFAULTS = new ModelSettings(Optional.empty(), "llama3.1:8b",
            Duration.ofSeconds(5), Duration.ofSeconds(60), 2, 3, Duration.ofMinutes(5), Protocol.OLLAMA, false);

    public ModelSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(breakerOpenFor, "breakerOpenFor");
        Objects.requireNonNull(protocol, "protocol");
        if (maxConcurrent < 1 || breakerFailures < 1) {
            throw new IllegalArgumentException("maxConcurrent and breakerFailures must be at least 1");
        }
    }

    public boolean enabled() {
        return endpoint.isPresent();
    }
}
