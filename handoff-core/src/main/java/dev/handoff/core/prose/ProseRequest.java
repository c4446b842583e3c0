package dev.handoff.core.prose;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.model.SourceText;
import java.util.List;
import java.util.Objects;

/**
 * What the model may see to write prose around a draft: the redacted, normalised sources the draft's
 * audience may read (never anything else), the runbook passages retrieved for it, the categories it
 * may suggest and the team language it writes in.
 */
public record ProseRequest(Draft draft, List<SourceText> thread, List<RunbookPassage> runbooks,
                           List<String> categories, String language) {

    public ProseRequest {
        Objects.requireNonNull(draft, "draft");
        thread = List.copyOf(Objects.requireNonNull(thread, "thread"));
        runbooks = List.copyOf(runbooks == null ? List.of() : runbooks);
        categories = List.copyOf(categories == null ? List.of() : categories);
        language = language == null || language.isBlank() ? "English" : language.strip();
    }

    /** The same request with another thread, e.g. the compressed one. */
    public ProseRequest withThread(List<SourceText> newThread) {
        return new ProseRequest(draft, newThread, runbooks, categories, language);
    }
}
