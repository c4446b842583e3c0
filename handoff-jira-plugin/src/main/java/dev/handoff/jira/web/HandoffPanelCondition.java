package dev.handoff.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.plugin.webfragment.conditions.AbstractIssueWebCondition;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import dev.handoff.jira.draft.DraftService;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.permission.HandoffPermissions;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * Shows the Handoff panel to users who may view the issue's draft ({@link HandoffPermissions#canView}). Cheap:
 * the browse and tier checks run first, and only then the newest escalation request (identifiers only, never a
 * draft) is read for its target tier. The REST resource applies the exact rule again, including the stored
 * draft's own tier; the panel script hides itself on a 404.
 */
@Named
public class HandoffPanelCondition extends AbstractIssueWebCondition {

    private final HandoffPermissions permissions;
    private final DraftService drafts;

    @Inject
    public HandoffPanelCondition(HandoffPermissions permissions, DraftService drafts) {
        this.permissions = permissions;
        this.drafts = drafts;
    }

    @Override
    public boolean shouldDisplay(ApplicationUser user, Issue issue, JiraHelper jiraHelper) {
        if (user == null || issue == null || issue.getId() == null || !permissions.canView(issue, user, 1)) {
            return false;
        }
        int tier = drafts.latestRequest(issue.getId()).map(EscalationRequest::targetTier).orElse(1);
        return tier <= 1 || permissions.canView(issue, user, tier);
    }
}
