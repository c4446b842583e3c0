package dev.handoff.core.model;

import java.util.Objects;

/** One extracted value with its source and the extractor's confidence in [0, 1]. */
public record Evidence(String value, SourceRef source, double confidence) {

    public Evidence {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
