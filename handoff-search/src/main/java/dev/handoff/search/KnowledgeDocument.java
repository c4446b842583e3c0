package dev.handoff.search;

import java.util.Objects;

/** One approved knowledge document (runbook, article) with the lowest agent tier allowed to read it. */
public record KnowledgeDocument(String id, String title, String body, int tier) {

    public KnowledgeDocument {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("tier must be 1, 2 or 3, got " + tier + " for " + id);
        }
    }
}
