package dev.handoff.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import dev.handoff.jira.draft.DraftConflictException;
import dev.handoff.jira.draft.DraftService;
import dev.handoff.jira.draft.StoredDraft;
import dev.handoff.jira.escalation.EscalationRequest;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Optional;

/**
 * TEMPORARY, branch wip-rest only: DELETE THIS FILE when the real {@link DraftService} implementation is merged
 * (two beans of the type would make the Spring wiring test fail, which is the intended reminder). It exists only so
 * that this branch's Spring wiring test can build the REST resource, panel condition and panel JSON components.
 * Every call fails: nothing here pretends to store, draft or post.
 */
@Named
public class DraftServicePlaceholder implements DraftService {

    @Inject
    public DraftServicePlaceholder() {
    }

    private static IllegalStateException unmerged() {
        return new IllegalStateException("Handoff's draft service is not part of this build (placeholder)");
    }

    @Override
    public Optional<EscalationRequest> latestRequest(long issueId) {
        throw unmerged();
    }

    @Override
    public Optional<StoredDraft> latestDraft(long issueId) {
        throw unmerged();
    }

    @Override
    public boolean isStale(Issue issue, StoredDraft draft) {
        throw unmerged();
    }

    @Override
    public EscalationRequest requestDraft(Issue issue, ApplicationUser user, int targetTier) {
        throw unmerged();
    }

    @Override
    public StoredDraft approve(Issue issue, ApplicationUser approver, int version, String editedText) throws DraftConflictException {
        throw unmerged();
    }

    @Override
    public StoredDraft reject(Issue issue, ApplicationUser user, int version, String reason) throws DraftConflictException {
        throw unmerged();
    }
}
