package dev.handoff.jira.knowledge;

import java.util.Objects;

/** One stored document of a source: its path inside the uploaded collection and its text as uploaded. */
public record SourceDocument(long sourceId, String path, String content) {

    public SourceDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
