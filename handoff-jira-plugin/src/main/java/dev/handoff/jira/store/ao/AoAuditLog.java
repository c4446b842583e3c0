package dev.handoff.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.jira.audit.AuditEntry;
import dev.handoff.jira.audit.AuditLog;
import net.java.ao.DBParam;
import net.java.ao.Query;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Named
public class AoAuditLog implements AuditLog {

    private final ActiveObjects ao;

    @Inject
    public AoAuditLog(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(AuditEntry entry) {
        ao.executeInTransaction(() -> ao.create(AuditEntity.class,
                new DBParam("ISSUE_ID", entry.issueId()),
                new DBParam("DRAFT_VERSION", entry.draftVersion()),
                new DBParam("ACTION", entry.action().name()),
                new DBParam("USER_KEY", entry.userKey()),
                new DBParam("AT", entry.at().toEpochMilli()),
                new DBParam("SOURCES_USED", entry.sourcesUsed()),
                new DBParam("REDACTIONS", encode(entry.redactions())),
                new DBParam("DIFF", entry.diff()),
                new DBParam("REASON", entry.reason())));
    }

    @Override
    public int deleteBefore(java.time.Instant cutoff) {
        return ao.deleteWithSQL(AuditEntity.class, "AT < ?", cutoff.toEpochMilli());
    }

    @Override
    public int deleteForIssue(long issueId) {
        return ao.deleteWithSQL(AuditEntity.class, "ISSUE_ID = ?", issueId);
    }

    @Override
    public List<AuditEntry> forIssue(long issueId) {
        List<AuditEntry> out = new ArrayList<>();
        for (AuditEntity e : ao.find(AuditEntity.class, Query.select().where("ISSUE_ID = ?", issueId).order("AT ASC"))) {
            out.add(new AuditEntry(e.getIssueId(), e.getDraftVersion(), AuditEntry.Action.valueOf(e.getAction()), e.getUserKey(),
                    Instant.ofEpochMilli(e.getAt()), e.getSourcesUsed(), decode(e.getRedactions()), e.getDiff(), e.getReason()));
        }
        return out;
    }

    static String encode(Map<String, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(counts).forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return sb.toString();
    }

    static Map<String, Integer> decode(String s) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (s == null || s.isBlank()) {
            return out;
        }
        for (String pair : s.split(",")) {
            int eq = pair.lastIndexOf('=');
            out.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
        }
        return out;
    }
}
