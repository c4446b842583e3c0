package dev.handoff.core.prose;

import dev.handoff.core.model.SourceRef;
import java.util.List;
import java.util.Objects;

/** A model sentence that passed validation, with the ticket sources and runbook ids it rests on. */
public record SourcedSentence(String text, List<SourceRef> sources, List<String> runbookIds) {

    public SourcedSentence {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources == null ? List.of() : sources);
        runbookIds = List.copyOf(runbookIds == null ? List.of() : runbookIds);
        if (sources.isEmpty() && runbookIds.isEmpty()) {
            throw new IllegalArgumentException("a sourced sentence needs a source");
        }
    }
}
