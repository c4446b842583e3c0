package dev.handoff.search;

import java.util.List;

/**
 * Re-orders the documents BM25 found. It only ever sees candidates the index already filtered by the
 * caller's tier, and {@link KnowledgeIndex#search(KnowledgeQuery, int, int, PassageReranker)} accepts
 * nothing back but those candidates.
 */
public interface PassageReranker {

    /** How many BM25 candidates to fetch so that {@code k} can be chosen among them. */
    int candidates(int k);

    /** At most {@code k} of {@code candidates}, best first; on any failure the BM25 order with the reason. */
    RerankedHits rerank(String queryText, List<KnowledgeHit> candidates, int k);
}
