package dev.handoff.jira.fakes;

import dev.handoff.jira.knowledge.KnowledgeSource;
import dev.handoff.jira.knowledge.KnowledgeStore;
import dev.handoff.jira.knowledge.SourceDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The knowledge store as the database would keep it, in memory; counts how often documents are read. */
public class InMemoryKnowledgeStore implements KnowledgeStore {

    private final Map<Long, KnowledgeSource> sources = new TreeMap<>();
    private final Map<Long, List<SourceDocument>> documents = new TreeMap<>();
    private long nextId = 1;
    public int documentReads;

    @Override
    public synchronized List<KnowledgeSource> sources() {
        return List.copyOf(sources.values());
    }

    @Override
    public synchronized Optional<KnowledgeSource> source(long id) {
        return Optional.ofNullable(sources.get(id));
    }

    @Override
    public synchronized KnowledgeSource addSource(String name, int tier, String userKey, Instant at) {
        KnowledgeSource s = new KnowledgeSource(nextId++, name, tier, 1, 0, at, userKey);
        sources.put(s.id(), s);
        documents.put(s.id(), List.of());
        return s;
    }

    @Override
    public synchronized KnowledgeSource updateSource(long id, String name, int tier, String userKey, Instant at) {
        KnowledgeSource old = existing(id);
        KnowledgeSource s = new KnowledgeSource(id, name, tier, old.revision() + 1, old.documents(), at, userKey);
        sources.put(id, s);
        return s;
    }

    @Override
    public synchronized boolean deleteSource(long id) {
        documents.remove(id);
        return sources.remove(id) != null;
    }

    @Override
    public synchronized KnowledgeSource replaceDocuments(long sourceId, List<SourceDocument> docs, String userKey, Instant at) {
        KnowledgeSource old = existing(sourceId);
        documents.put(sourceId, List.copyOf(docs));
        KnowledgeSource s = new KnowledgeSource(sourceId, old.name(), old.tier(), old.revision() + 1, docs.size(), at, userKey);
        sources.put(sourceId, s);
        return s;
    }

    @Override
    public synchronized void forEachDocument(Consumer<SourceDocument> each) {
        documentReads++;
        new ArrayList<>(documents.values()).forEach(list -> list.forEach(each));
    }

    @Override
    public synchronized String fingerprint() {
        StringBuilder sb = new StringBuilder();
        sources.values().forEach(s -> sb.append(s.id()).append(':').append(s.revision()).append(':').append(s.tier()).append(';'));
        return sb.toString();
    }

    private KnowledgeSource existing(long id) {
        KnowledgeSource s = sources.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no knowledge source " + id);
        }
        return s;
    }
}
