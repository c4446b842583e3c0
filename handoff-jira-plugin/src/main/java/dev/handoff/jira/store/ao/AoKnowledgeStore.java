package dev.handoff.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.jira.knowledge.KnowledgeSource;
import dev.handoff.jira.knowledge.KnowledgeStore;
import dev.handoff.jira.knowledge.SourceDocument;
import net.java.ao.DBParam;
import net.java.ao.Query;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Knowledge sources and documents in Active Objects: shared by every node through the database. */
@Named
public class AoKnowledgeStore implements KnowledgeStore {

    private final ActiveObjects ao;

    @Inject
    public AoKnowledgeStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<KnowledgeSource> sources() {
        return Arrays.stream(ao.find(KnowledgeSourceEntity.class, Query.select().order("SOURCE_NAME ASC, ID ASC")))
                .map(AoKnowledgeStore::toValue).toList();
    }

    @Override
    public Optional<KnowledgeSource> source(long id) {
        KnowledgeSourceEntity e = ao.get(KnowledgeSourceEntity.class, (int) id);
        return e == null ? Optional.empty() : Optional.of(toValue(e));
    }

    @Override
    public KnowledgeSource addSource(String name, int tier, String userKey, Instant at) {
        return toValue(ao.create(KnowledgeSourceEntity.class,
                new DBParam("SOURCE_NAME", name),
                new DBParam("TIER", tier),
                new DBParam("REVISION", 1),
                new DBParam("DOC_COUNT", 0),
                new DBParam("UPDATED_AT", at.toEpochMilli()),
                new DBParam("UPDATED_BY", userKey)));
    }

    @Override
    public KnowledgeSource updateSource(long id, String name, int tier, String userKey, Instant at) {
        return ao.executeInTransaction(() -> {
            KnowledgeSourceEntity e = existing(id);
            e.setSourceName(name);
            e.setTier(tier);
            touch(e, userKey, at);
            e.save();
            return toValue(e);
        });
    }

    @Override
    public boolean deleteSource(long id) {
        return ao.executeInTransaction(() -> {
            KnowledgeSourceEntity e = ao.get(KnowledgeSourceEntity.class, (int) id);
            if (e == null) {
                return false;
            }
            ao.deleteWithSQL(KnowledgeDocEntity.class, "SOURCE_ID = ?", id);
            ao.delete(e);
            return true;
        });
    }

    @Override
    public KnowledgeSource replaceDocuments(long sourceId, List<SourceDocument> documents, String userKey, Instant at) {
        return ao.executeInTransaction(() -> {
            KnowledgeSourceEntity e = existing(sourceId);
            ao.deleteWithSQL(KnowledgeDocEntity.class, "SOURCE_ID = ?", sourceId);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SourceDocument d : documents) {
                Map<String, Object> row = new HashMap<>();
                row.put("SOURCE_ID", sourceId);
                row.put("DOC_PATH", d.path());
                row.put("DOC_TEXT", d.content());
                rows.add(row);
            }
            if (!rows.isEmpty()) {
                ao.create(KnowledgeDocEntity.class, rows);
            }
            e.setDocCount(documents.size());
            touch(e, userKey, at);
            e.save();
            return toValue(e);
        });
    }

    @Override
    public void forEachDocument(Consumer<SourceDocument> each) {
        ao.stream(KnowledgeDocEntity.class, Query.select("ID, SOURCE_ID, DOC_PATH, DOC_TEXT").order("ID ASC"),
                e -> each.accept(new SourceDocument(e.getSourceId(), e.getDocPath(), e.getDocText())));
    }

    /** Every source's id, revision and tier: a document change always bumps its source's revision. */
    @Override
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (KnowledgeSourceEntity e : ao.find(KnowledgeSourceEntity.class, Query.select("ID, REVISION, TIER").order("ID ASC"))) {
            sb.append(e.getID()).append(':').append(e.getRevision()).append(':').append(e.getTier()).append(';');
        }
        return sb.toString();
    }

    private KnowledgeSourceEntity existing(long id) {
        KnowledgeSourceEntity e = ao.get(KnowledgeSourceEntity.class, (int) id);
        if (e == null) {
            throw new IllegalArgumentException("no knowledge source " + id);
        }
        return e;
    }

    private static void touch(KnowledgeSourceEntity e, String userKey, Instant at) {
        e.setRevision(e.getRevision() + 1);
        e.setUpdatedAt(at.toEpochMilli());
        e.setUpdatedBy(userKey);
    }

    private static KnowledgeSource toValue(KnowledgeSourceEntity e) {
        return new KnowledgeSource(e.getID(), e.getSourceName(), e.getTier(), e.getRevision(), e.getDocCount(),
                Instant.ofEpochMilli(e.getUpdatedAt()), e.getUpdatedBy());
    }
}
