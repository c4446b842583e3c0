package dev.handoff.jira.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Approved knowledge sources and their documents, in the database so every node of a cluster reads the same
 * (never on one node's disk). Implementations return immutable values only.
 */
public interface KnowledgeStore {

    List<KnowledgeSource> sources();

    Optional<KnowledgeSource> source(long id);

    KnowledgeSource addSource(String name, int tier, String userKey, Instant at);

    /** Renames or re-tiers a source; its documents stay. */
    KnowledgeSource updateSource(long id, String name, int tier, String userKey, Instant at);

    /** Removes the source and its documents; false when there was no such source. */
    boolean deleteSource(long id);

    /** Replaces every document of the source in one transaction (an import is the whole collection). */
    KnowledgeSource replaceDocuments(long sourceId, List<SourceDocument> documents, String userKey, Instant at);

    /** Streams every stored document, so an index rebuild never holds two copies of the whole store. */
    void forEachDocument(Consumer<SourceDocument> each);

    /** Changes whenever any source or document changes: the version a node's index was built from. */
    String fingerprint();
}
