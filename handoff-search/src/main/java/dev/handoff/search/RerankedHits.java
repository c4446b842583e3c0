package dev.handoff.search;

import java.util.List;

/**
 * Hits of a search that asked for re-ranking. {@code reranked} is false when the BM25 order was kept:
 * {@code fallbackReason} then says why, or is null when there was nothing to re-order (one hit or none).
 */
public record RerankedHits(List<KnowledgeHit> hits, boolean reranked, String fallbackReason) {

    public RerankedHits {
        hits = List.copyOf(hits);
    }

    public static RerankedHits reranked(List<KnowledgeHit> hits) {
        return new RerankedHits(hits, true, null);
    }

    /** The first {@code k} BM25 candidates, unchanged. */
    public static RerankedHits bm25(List<KnowledgeHit> candidates, int k, String reason) {
        return new RerankedHits(candidates.subList(0, Math.max(0, Math.min(k, candidates.size()))), false, reason);
    }
}
