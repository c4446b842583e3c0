package dev.handoff.jira.escalation;

import java.util.Optional;

/** Durable escalation requests. Implementations return immutable values, never live persistence objects. */
public interface EscalationRequestRepository {

    /** Records a new escalation of the issue with the next sequence number. */
    EscalationRequest add(long issueId, int targetTier, String requestingUserKey, boolean postAsComment);

    Optional<EscalationRequest> find(long issueId, int sequence);

    /** Moves a request from {@code expected} to {@code next}; false when another node got there first. */
    boolean transition(long issueId, int sequence, EscalationRequest.State expected, EscalationRequest.State next, String failure);
}
