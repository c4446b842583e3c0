package dev.handoff.jira.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One audited event on a draft: who, when, which version, how many sources it used and what was
 * redacted (kinds and counts), and for approvals the diff between draft and approved text. Never a
 * secret and never raw ticket text: the diff is computed on the already-redacted note.
 */
public record AuditEntry(long issueId, int draftVersion, Action action, String userKey, Instant at,
                         int sourcesUsed, Map<String, Integer> redactions, String diff, String reason) {

    public enum Action { DRAFTED, FAILED, APPROVED, EDITED_AND_APPROVED, REJECTED, REQUESTED }

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        redactions = redactions == null ? Map.of() : Map.copyOf(redactions);
    }
}
