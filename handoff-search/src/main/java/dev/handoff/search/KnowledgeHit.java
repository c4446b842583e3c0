package dev.handoff.search;

/** A retrieved document, with the passage that matched so a note can quote it. */
public record KnowledgeHit(String id, String title, int tier, float score, String passage) {
}
