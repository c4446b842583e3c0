package dev.handoff.core.model;

import java.util.Objects;

/**
 * A normalised, redacted text of one source (a field or a comment) with the reference that
 * facts found in it inherit. Spans of facts are offsets into {@code text}.
 */
public record SourceText(SourceRef ref, String text) {

    public SourceText {
        Objects.requireNonNull(ref, "ref");
        text = text == null ? "" : text;
    }

    /** The reference narrowed to {@code [start, end)} of this text. */
    public SourceRef at(int start, int end) {
        return ref.withSpan(start, end);
    }
}
