package dev.handoff.jira.fakes;

import dev.handoff.jira.audit.AuditEntry;
import dev.handoff.jira.audit.AuditLog;

import java.util.ArrayList;
import java.util.List;

public final class InMemoryAudit implements AuditLog {

    public final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized int deleteBefore(java.time.Instant cutoff) {
        int before = entries.size();
        entries.removeIf(e -> e.at().isBefore(cutoff));
        return before - entries.size();
    }

    @Override
    public synchronized int deleteForIssue(long issueId) {
        int before = entries.size();
        entries.removeIf(e -> e.issueId() == issueId);
        return before - entries.size();
    }

    @Override
    public synchronized List<AuditEntry> forIssue(long issueId) {
        return entries.stream().filter(e -> e.issueId() == issueId).toList();
    }
}
