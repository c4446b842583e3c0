package dev.handoff.jira.knowledge;

import java.time.Instant;
import java.util.Objects;

/**
 * A knowledge source an admin approved: a named collection of runbooks, all readable at {@code tier} and above
 * (a document's own front matter may raise its tier, never lower it). {@code revision} grows with every change,
 * so each node can tell that its index is out of date.
 */
public record KnowledgeSource(long id, String name, int tier, int revision, int documents, Instant updatedAt, String updatedBy) {

    public KnowledgeSource {
        Objects.requireNonNull(name, "name");
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("tier must be 1..3, got " + tier);
        }
    }
}
