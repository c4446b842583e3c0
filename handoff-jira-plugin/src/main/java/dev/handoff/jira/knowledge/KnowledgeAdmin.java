package dev.handoff.jira.knowledge;

import dev.handoff.core.json.Json;
import dev.handoff.jira.admin.AdminConfig;
import dev.handoff.jira.admin.AdminService;
import dev.handoff.jira.audit.ConfigChangeAudit;
import dev.handoff.jira.audit.JiraAuditTrail;
import dev.handoff.jira.users.UserNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The admin screen's knowledge sources: list, add, rename or re-tier, delete, and import a collection. Each change
 * goes to Jira's audit log (who, which source, what it became) and bumps the source's revision, which every node's
 * index notices before its next search. An import that yields no usable document stores nothing.
 */
@Named
public class KnowledgeAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeAdmin.class);

    private final KnowledgeStore store;
    private final KnowledgeBase base;
    private final ConfigChangeAudit audit;
    private final UserNames userNames;
    private final Clock clock;

    @Inject
    public KnowledgeAdmin(KnowledgeStore store, KnowledgeBase base, ConfigChangeAudit audit, UserNames userNames) {
        this(store, base, audit, userNames, Clock.systemUTC());
    }

    KnowledgeAdmin(KnowledgeStore store, KnowledgeBase base, ConfigChangeAudit audit, UserNames userNames, Clock clock) {
        this.store = store;
        this.base = base;
        this.audit = audit;
        this.userNames = userNames;
        this.clock = clock;
    }

    /** Every source, and what this node's index was last built from. */
    public AdminService.Answer list() {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> sources = new ArrayList<>();
        store.sources().forEach(s -> sources.add(json(s)));
        out.put("sources", sources);
        KnowledgeBase.Status st = base.status();
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("documents", st == null ? null : st.documents());
        index.put("skipped", st == null ? null : st.skipped());
        index.put("builtAt", st == null ? null : st.builtAt().toString());
        index.put("current", st != null && st.fingerprint().equals(store.fingerprint()));
        out.put("index", index);
        return new AdminService.Answer(200, Json.write(out));
    }

    public AdminService.Answer add(String userKey, String body) {
        AdminConfig.SourceInput in;
        try {
            in = AdminConfig.source(body);
        } catch (AdminConfig.Invalid e) {
            return AdminService.error(400, e.getMessage(), e.field());
        }
        if (named(in.name(), -1).isPresent()) {
            return AdminService.error(409, "A knowledge source with this name exists.", "name");
        }
        KnowledgeSource s = store.addSource(in.name(), in.tier(), userKey, clock.instant());
        changed(userKey, s.name(), null, describe(s));
        return new AdminService.Answer(201, Json.write(json(s)));
    }

    public AdminService.Answer update(String userKey, long id, String body) {
        Optional<KnowledgeSource> old = store.source(id);
        if (old.isEmpty()) {
            return noSuchSource();
        }
        AdminConfig.SourceInput in;
        try {
            in = AdminConfig.source(body);
        } catch (AdminConfig.Invalid e) {
            return AdminService.error(400, e.getMessage(), e.field());
        }
        if (named(in.name(), id).isPresent()) {
            return AdminService.error(409, "A knowledge source with this name exists.", "name");
        }
        KnowledgeSource s = store.updateSource(id, in.name(), in.tier(), userKey, clock.instant());
        changed(userKey, s.name(), describe(old.get()), describe(s));
        return new AdminService.Answer(200, Json.write(json(s)));
    }

    public AdminService.Answer delete(String userKey, long id) {
        Optional<KnowledgeSource> old = store.source(id);
        if (old.isEmpty() || !store.deleteSource(id)) {
            return noSuchSource();
        }
        changed(userKey, old.get().name(), describe(old.get()), null);
        return new AdminService.Answer(200, Json.write(Map.of("deleted", id)));
    }

    /** Replaces the source's documents with the upload's; the answer lists every file that was not imported. */
    public AdminService.Answer importDocuments(String userKey, long id, String filename, byte[] body) {
        Optional<KnowledgeSource> old = store.source(id);
        if (old.isEmpty()) {
            return noSuchSource();
        }
        KnowledgeImport.Result r;
        try {
            r = KnowledgeImport.read(id, old.get().tier(), filename, body);
        } catch (KnowledgeImport.Refused e) {
            return AdminService.error(400, "Nothing was imported: " + e.getMessage() + ".", "file");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> problems = new ArrayList<>();
        r.problems().forEach(p -> problems.add(Map.of("path", p.path(), "reason", p.reason())));
        if (r.documents().isEmpty()) {
            out.put("error", "Nothing was imported: no file could be indexed; the source keeps its documents.");
            out.put("field", "file");
            out.put("problems", problems);
            return new AdminService.Answer(400, Json.write(out));
        }
        KnowledgeSource s = store.replaceDocuments(id, r.documents(), userKey, clock.instant());
        LOG.info("Handoff knowledge source {} imported by user {}: {} documents, {} not imported", id, userKey,
                r.documents().size(), r.problems().size());
        changed(userKey, s.name(), describe(old.get()), describe(s));
        out.put("source", json(s));
        out.put("imported", r.documents().size());
        out.put("problems", problems);
        return new AdminService.Answer(200, Json.write(out));
    }

    private Optional<KnowledgeSource> named(String name, long except) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return store.sources().stream().filter(s -> s.id() != except && s.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private void changed(String userKey, String name, String from, String to) {
        LOG.info("Handoff knowledge source '{}' changed by user {}", name, userKey);
        audit.configChanged(List.of(new JiraAuditTrail.Change("knowledge source " + name, from, to)));
    }

    private static String describe(KnowledgeSource s) {
        return "tier " + s.tier() + ", " + s.documents() + " document(s), revision " + s.revision();
    }

    private static AdminService.Answer noSuchSource() {
        return AdminService.error(404, "There is no knowledge source with this id.", null);
    }

    /** The source as the screen lists it; who changed it last by name, as everywhere on Jira's screens. */
    private Map<String, Object> json(KnowledgeSource s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("tier", s.tier());
        m.put("documents", s.documents());
        m.put("revision", s.revision());
        m.put("updatedAt", s.updatedAt().toString());
        m.put("updatedBy", userNames.displayName(s.updatedBy()));
        return m;
    }
}
