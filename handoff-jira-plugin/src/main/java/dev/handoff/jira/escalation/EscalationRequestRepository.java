package dev.handoff.jira.escalation;

import java.time.Instant;
import java.util.Optional;

/** Durable escalation requests. Implementations return immutable values, never live persistence objects. */
public interface EscalationRequestRepository {

    /** Records a new escalation of the issue with the next sequence number, state QUEUED. */
    EscalationRequest add(long issueId, int targetTier, String requestingUserKey, boolean postAsComment, String statusId);

    Optional<EscalationRequest> find(long issueId, int sequence);

    Optional<EscalationRequest> latest(long issueId);

    /**
     * Takes the request for drafting: QUEUED, FAILED (a retry) or DRAFTING not touched since {@code staleBefore}
     * (its node died) become DRAFTING with one more attempt. Empty when another run holds it or it is done.
     */
    Optional<EscalationRequest> claim(long issueId, int sequence, Instant staleBefore);

    /**
     * Requests whose job never ran or whose node died: QUEUED or DRAFTING and untouched since {@code olderThan},
     * oldest first, at most {@code limit}.
     */
    java.util.List<EscalationRequest> stuck(Instant olderThan, int limit);

    /**
     * Requests made by hand ("Draft now", "Regenerate": they carry no transition status) since {@code since}: for
     * the issue when {@code issueId} is given, by the user when {@code userKey} is.
     */
    int countManualSince(Long issueId, String userKey, Instant since);

    /** Requests waiting (QUEUED) and in progress (DRAFTING), and when the longest-waiting one was last touched. */
    record Queue(int queued, int drafting, java.util.Optional<Instant> oldest) {
    }

    Queue queue();

    /** The most recent FAILED requests, newest first: the admin's view of what went wrong and why. */
    java.util.List<EscalationRequest> recentFailures(int limit);

    /** READY or FAILED requests made before {@code cutoff}, oldest first, at most {@code limit}: what retention purges. */
    java.util.List<EscalationRequest> finishedBefore(Instant cutoff, int limit);

    void delete(long issueId, int sequence);

    /** Removes every request of the issue; returns how many. */
    int deleteForIssue(long issueId);

    /** Ends a DRAFTING request as READY or FAILED (with the reason shown to agents and admins). */
    void finish(long issueId, int sequence, EscalationRequest.State state, String failure);
}
