package dev.handoff.search;

import java.util.List;

/**
 * Turns a query and passages into vectors for {@link EmbeddingReranker}. An implementation may call a model
 * server; it fails by throwing a {@link RuntimeException} whose message is shown as the reason re-ranking
 * was skipped, so the message names the problem and never quotes the texts.
 */
@FunctionalInterface
public interface Embedder {

    /** The query's vector first, then one per passage in the order given. */
    List<float[]> embed(String query, List<String> passages);
}
