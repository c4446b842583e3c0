package dev.handoff.jira.draft;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import dev.handoff.jira.escalation.EscalationRequest;

import java.util.Optional;

/**
 * What the panel's REST resources may ask of drafts. Callers check permissions first; this service
 * never posts anything a person did not approve, and never posts a public comment.
 */
public interface DraftService {

    /** The newest escalation request of the issue (its job state), if any. */
    Optional<EscalationRequest> latestRequest(long issueId);

    /** The newest stored draft of the issue, if any. */
    Optional<StoredDraft> latestDraft(long issueId);

    /** True when comments were added after the latest draft was built. */
    boolean isStale(Issue issue, StoredDraft draft);

    /** "Draft now" and "Regenerate": queues a new draft job for the issue as {@code user}. */
    EscalationRequest requestDraft(Issue issue, ApplicationUser user, int targetTier);

    /**
     * Approves {@code version} (optionally edited) as {@code approver}: writes the environment fields
     * and, when configured, posts the note as a restricted or internal comment.
     */
    StoredDraft approve(Issue issue, ApplicationUser approver, int version, String editedText) throws DraftConflictException;

    StoredDraft reject(Issue issue, ApplicationUser user, int version, String reason) throws DraftConflictException;
}
