package dev.handoff.search;

import java.util.List;
import java.util.Objects;

/**
 * What to look for in the knowledge base: weighted pieces of text. An {@code exact} part (an error
 * string, a quoted message) also scores its word pairs as phrases, because a message quoted verbatim in
 * an article is stronger evidence than the same words scattered over it.
 */
public record KnowledgeQuery(List<Part> parts) {

    public record Part(String text, float weight, boolean exact) {
        public Part {
            Objects.requireNonNull(text, "text");
            if (!(weight > 0) || Float.isInfinite(weight)) {
                throw new IllegalArgumentException("weight must be positive, got " + weight);
            }
        }
    }

    public KnowledgeQuery {
        parts = List.copyOf(parts == null ? List.of() : parts);
    }

    /** The whole text as one part of weight 1. */
    public static KnowledgeQuery of(String text) {
        return new KnowledgeQuery(text == null ? List.of() : List.of(new Part(text, 1f, false)));
    }

    public boolean isBlank() {
        return parts.stream().allMatch(p -> p.text().isBlank());
    }
}
