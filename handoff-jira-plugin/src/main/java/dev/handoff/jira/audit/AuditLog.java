package dev.handoff.jira.audit;

import java.util.List;

/** Handoff's own record of every draft and decision. */
public interface AuditLog {

    void record(AuditEntry entry);

    List<AuditEntry> forIssue(long issueId);

    /** Removes entries recorded before {@code cutoff} (retention); returns how many. */
    int deleteBefore(java.time.Instant cutoff);

    int deleteForIssue(long issueId);
}
