package dev.handoff.core.ledger;

import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import java.util.Objects;

/**
 * An exact stretch of one source's normalised text and where it sits: {@code text} equals
 * {@code source.text().substring(ref.start(), ref.end())}, so every fact a note shows can be traced
 * back character by character.
 */
public record Quote(String text, SourceRef source) {

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    /** The quote of {@code [start, end)} of a source text. */
    public static Quote of(SourceText st, int start, int end) {
        return new Quote(st.text().substring(start, end), st.at(start, end));
    }
}
