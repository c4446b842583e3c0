package dev.handoff.search;

import java.util.List;
import java.util.Objects;

/**
 * One approved knowledge document (runbook, article) with the lowest agent tier allowed to read it.
 * Title, description and headings are kept apart from the body because they summarise the document
 * and are weighted above it at search time.
 *
 * <p>A class rather than a record so the one public constructor stays {@code (id, title, body, tier)};
 * structured documents come from {@link #of}.
 */
public final class KnowledgeDocument {

    private final String id;
    private final String title;
    private final String description;
    private final List<String> headings;
    private final String body;
    private final int tier;

    /** A document without description or headings. */
    public KnowledgeDocument(String id, String title, String body, int tier) {
        this(id, title, "", List.of(), body, tier, true);
    }

    private KnowledgeDocument(String id, String title, String description, List<String> headings, String body, int tier,
                              boolean unused) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = title == null ? "" : title;
        this.description = description == null ? "" : description;
        this.headings = List.copyOf(headings == null ? List.of() : headings);
        this.body = body == null ? "" : body;
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("tier must be 1, 2 or 3, got " + tier + " for " + id);
        }
        this.tier = tier;
    }

    /** A structured document; {@code body} keeps paragraphs apart with blank lines, which passages rely on. */
    public static KnowledgeDocument of(String id, String title, String description, List<String> headings, String body,
                                       int tier) {
        return new KnowledgeDocument(id, title, description, headings, body, tier, true);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<String> headings() {
        return headings;
    }

    public String body() {
        return body;
    }

    public int tier() {
        return tier;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KnowledgeDocument d && id.equals(d.id) && title.equals(d.title)
                && description.equals(d.description) && headings.equals(d.headings) && body.equals(d.body) && tier == d.tier;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, description, headings, body, tier);
    }

    @Override
    public String toString() {
        return "KnowledgeDocument[" + id + ", tier " + tier + ", " + title + "]";
    }
}
