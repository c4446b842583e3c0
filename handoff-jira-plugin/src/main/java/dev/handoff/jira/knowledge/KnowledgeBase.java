package dev.handoff.jira.knowledge;

import dev.handoff.search.KnowledgeDocument;
import dev.handoff.search.KnowledgeHit;
import dev.handoff.search.KnowledgeIndex;
import dev.handoff.search.KnowledgeLoader;
import dev.handoff.search.KnowledgeQuery;
import dev.handoff.search.PassageReranker;
import dev.handoff.search.RerankedHits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * This node's Lucene index over the approved knowledge sources. The documents live in the shared database; each
 * node builds its own in-memory index from them and rebuilds whenever the store's fingerprint (every source's
 * revision and tier) differs from the one its index was built from. The check happens before every search, so
 * every node answers from the same documents without cluster messages, and a node that missed an event cannot
 * serve stale runbooks. Searches run in background draft jobs, never in a page request.
 */
@Named
public class KnowledgeBase {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

    private final KnowledgeStore store;
    private final KnowledgeNodes nodes;
    private final Clock clock;
    private final ReentrantLock rebuilding = new ReentrantLock();
    private volatile Built built;

    /** What this node's index was built from, for the health page. */
    public record Status(String fingerprint, int documents, int skipped, Instant builtAt, long buildMillis) {
    }

    private record Built(String fingerprint, KnowledgeIndex index, Map<Long, String> sourceNames, Status status) {
    }

    @Inject
    public KnowledgeBase(KnowledgeStore store, KnowledgeNodes nodes) {
        this(store, nodes, Clock.systemUTC());
    }

    /** {@code nodes} null: builds are not recorded for the health page (tests, the offline preview). */
    KnowledgeBase(KnowledgeStore store, KnowledgeNodes nodes, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.nodes = nodes;
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The best documents at or below {@code maxTier}, each with the passage that matched. Ids are
     * {@code "<source name>/<path>"}.
     */
    public List<KnowledgeHit> search(KnowledgeQuery query, int maxTier, int k) {
        Built b = current();
        List<KnowledgeHit> out = new ArrayList<>();
        for (KnowledgeHit h : b.index().search(query, maxTier, k)) {
            out.add(new KnowledgeHit(displayId(b, h.id()), h.title(), h.tier(), h.score(), h.passage()));
        }
        return out;
    }

    /**
     * As {@link #search(KnowledgeQuery, int, int)}, the BM25 candidates re-ordered by {@code reranker}; its failure
     * leaves the BM25 order and says why.
     */
    public RerankedHits search(KnowledgeQuery query, int maxTier, int k, PassageReranker reranker) {
        Built b = current();
        RerankedHits r = b.index().search(query, maxTier, k, reranker);
        List<KnowledgeHit> out = new ArrayList<>();
        for (KnowledgeHit h : r.hits()) {
            out.add(new KnowledgeHit(displayId(b, h.id()), h.title(), h.tier(), h.score(), h.passage()));
        }
        return new RerankedHits(out, r.reranked(), r.fallbackReason());
    }

    /** The index this node holds now, null before its first search. */
    public Status status() {
        Built b = built;
        return b == null ? null : b.status();
    }

    private Built current() {
        String fingerprint = store.fingerprint();
        Built b = built;
        if (b != null && b.fingerprint().equals(fingerprint)) {
            return b;
        }
        rebuilding.lock();
        try {
            b = built;
            if (b == null || !b.fingerprint().equals(fingerprint)) {
                b = build(fingerprint);
                if (nodes != null) {
                    nodes.record(b.status());
                }
                // The old index is not closed: a concurrent search may still read it. It holds heap only
                // (ByteBuffersDirectory), so the garbage collector reclaims it.
                built = b;
            }
            return b;
        } finally {
            rebuilding.unlock();
        }
    }

    /** {@code fingerprint} was read before the documents: a change during the read makes the next search rebuild. */
    private Built build(String fingerprint) {
        long started = System.nanoTime();
        Map<Long, KnowledgeSource> sources = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (KnowledgeSource s : store.sources()) {
            sources.put(s.id(), s);
            names.put(s.id(), s.name());
        }
        List<KnowledgeDocument> documents = new ArrayList<>();
        int[] skipped = {0};
        store.forEachDocument(d -> {
            KnowledgeSource source = sources.get(d.sourceId());
            if (source == null) {
                return; // deleted while we read
            }
            try {
                documents.add(KnowledgeLoader.parse(d.sourceId() + "/" + d.path(),
                        d.content().getBytes(StandardCharsets.UTF_8), source.tier()));
            } catch (KnowledgeLoader.InvalidDocumentException e) {
                // accepted at upload, so only a stricter parser gets here; the rest of the index is still built
                skipped[0]++;
                log.warn("Handoff skipped knowledge document {} of source {}: {}", d.path(), source.name(), e.getMessage());
            }
        });
        KnowledgeIndex index = new KnowledgeIndex(documents);
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Handoff built its knowledge index on this node: {} documents in {} ms", documents.size(), millis);
        return new Built(fingerprint, index, Map.copyOf(names),
                new Status(fingerprint, documents.size(), skipped[0], clock.instant(), millis));
    }

    private static String displayId(Built b, String indexId) {
        int slash = indexId.indexOf('/');
        String name = b.sourceNames().get(Long.parseLong(indexId.substring(0, slash)));
        return (name == null ? "?" : name) + indexId.substring(slash);
    }
}
