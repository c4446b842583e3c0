package dev.handoff.search;

import java.util.ArrayList;
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

    /**
     * The query as one text, for an embedding model: each part once, in order; a part already contained in an
     * earlier one (a quoted message inside the sentence it came from) is left out.
     */
    public String text() {
        List<String> kept = new ArrayList<>();
        for (Part p : parts) {
            String t = p.text().strip();
            if (!t.isEmpty() && kept.stream().noneMatch(k -> k.contains(t))) {
                kept.add(t);
            }
        }
        return String.join("\n", kept);
    }

    public boolean isBlank() {
        return parts.stream().allMatch(p -> p.text().isBlank());
    }
}
