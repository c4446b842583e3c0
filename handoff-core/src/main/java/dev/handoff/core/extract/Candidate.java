package dev.handoff.core.extract;

import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceText;

/** A value found in one source: the span {@code [start, end)} of that source's text, before de-duplication. */
record Candidate(Slot slot, SourceText source, int start, int end, double confidence, int order) {

    String value() {
        return source.text().substring(start, end);
    }
}
