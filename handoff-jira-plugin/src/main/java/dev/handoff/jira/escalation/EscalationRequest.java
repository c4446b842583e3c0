package dev.handoff.jira.escalation;

import java.time.Instant;
import java.util.Objects;

/**
 * What the post-function records: identifiers only, never ticket text. {@code sequence} counts
 * escalations of one issue, so a re-escalation or Regenerate is a new request and a retried job is not.
 * {@code statusId} is the status the transition moved the issue to; the job checks the issue is still there.
 */
public record EscalationRequest(long issueId, int sequence, int targetTier, String requestingUserKey,
                                boolean postAsComment, String statusId, Instant requestedAt, State state,
                                int attempts, Instant updatedAt, String failure) {

    public enum State { QUEUED, DRAFTING, READY, FAILED }

    public EscalationRequest {
        if (targetTier < 1 || targetTier > 3) {
            throw new IllegalArgumentException("target tier must be 1..3, got " + targetTier);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, got " + sequence);
        }
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(state, "state");
        updatedAt = updatedAt == null ? requestedAt : updatedAt;
    }

    /** The scheduler job id: one per issue and escalation, so two nodes scheduling it collide instead of duplicating. */
    public String jobId() {
        return "handoff-draft-" + issueId + "-" + sequence;
    }
}
