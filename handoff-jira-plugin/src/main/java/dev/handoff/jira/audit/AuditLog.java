package dev.handoff.jira.audit;

import java.util.List;

/** Handoff's own record of every draft and decision. */
public interface AuditLog {

    void record(AuditEntry entry);

    List<AuditEntry> forIssue(long issueId);
}
