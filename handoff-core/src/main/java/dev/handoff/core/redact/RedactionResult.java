package dev.handoff.core.redact;

import java.util.Objects;

/** Redacted text plus a value-free report of what was removed. */
public record RedactionResult(String text, RedactionReport report) {
    public RedactionResult {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(report, "report");
    }

    public boolean changed() {
        return !report.isEmpty();
    }
}
