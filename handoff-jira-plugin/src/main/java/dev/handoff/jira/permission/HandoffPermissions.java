package dev.handoff.jira.permission;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.core.model.Visibility;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * Who may do what with an issue's Handoff draft. Tiers are those of {@link TierResolver}; {@code targetTier}
 * is the tier the draft is written for (its audience: the higher of the draft's and the pending request's tier,
 * 1 when the issue was never escalated).
 *
 * <table>
 *   <caption>Rules (anonymous, i.e. a {@code null} user, may do nothing)</caption>
 *   <tr><th>action</th><th>rule</th></tr>
 *   <tr><td>view the panel / GET the draft</td>
 *       <td>BROWSE_PROJECTS on the issue AND viewing tier &ge; targetTier
 *           (viewing tier: 3 for Jira admins and for members of the approvers group, else the agent tier)</td></tr>
 *   <tr><td>see a fact</td>
 *       <td>public source: whoever may view; internal (JSM agent-only) source: whoever may view with a viewing tier
 *           &ge; 1 (never a customer); group-restricted comment: member of that group; role-restricted comment:
 *           in that project role of the issue's project. Admins get no exemption.</td></tr>
 *   <tr><td>approve or reject</td>
 *       <td>view AND (member of the approvers group OR agent tier &ge; targetTier) AND ADD_COMMENTS on the issue.
 *           A Jira admin outside the approvers group approves only with an agent tier &ge; targetTier.</td></tr>
 *   <tr><td>regenerate / draft now</td>
 *       <td>view AND agent tier &ge; 1 (admins and approvers who are not agents may not start a model run).</td></tr>
 * </table>
 *
 * Callers answer "not found" when {@link #canView} is false, so that an issue or draft the caller may not see is
 * indistinguishable from one that does not exist.
 */
@Named
public class HandoffPermissions {

    private final PermissionManager permissionManager;
    private final GroupManager groupManager;
    private final ProjectRoleManager projectRoleManager;
    private final TierResolver tiers;
    private final PermissionKeys keys;

    @Inject
    public HandoffPermissions(@ComponentImport PermissionManager permissionManager,
                              @ComponentImport GroupManager groupManager,
                              @ComponentImport ProjectRoleManager projectRoleManager,
                              TierResolver tiers, PermissionKeys keys) {
        this.permissionManager = permissionManager;
        this.groupManager = groupManager;
        this.projectRoleManager = projectRoleManager;
        this.tiers = tiers;
        this.keys = keys;
    }

    /** May see the panel and the draft (after {@link #canSeeSource} filtering) written for {@code targetTier}. */
    public boolean canView(Issue issue, ApplicationUser user, int targetTier) {
        if (user == null || issue == null) {
            return false;
        }
        return permissionManager.hasPermission(keys.browse(), issue, user)
                && tiers.viewingTier(user) >= Math.max(1, targetTier);
    }

    /** May see a fact whose source has {@code visibility}; only meaningful for a user who {@link #canView}. */
    public boolean canSeeSource(Issue issue, ApplicationUser user, Visibility visibility) {
        if (user == null || issue == null || visibility == null) {
            return false;
        }
        return switch (visibility.kind()) {
            case PUBLIC -> true;
            case INTERNAL -> tiers.viewingTier(user) >= 1;
            case GROUP -> groupManager.isUserInGroup(user, visibility.name());
            case ROLE -> inRole(issue, user, visibility.name());
        };
    }

    /** May read a knowledge document of {@code tier} (a runbook shown in the panel). */
    public boolean canReadTier(ApplicationUser user, int tier) {
        return user != null && tiers.viewingTier(user) >= Math.max(1, tier);
    }

    /** May browse {@code other}, e.g. a similar ticket the draft names; null (gone) never. */
    public boolean canBrowse(Issue other, ApplicationUser user) {
        return other != null && user != null && permissionManager.hasPermission(keys.browse(), other, user);
    }

    /** May approve or reject the draft written for {@code targetTier}. */
    public boolean canApprove(Issue issue, ApplicationUser user, int targetTier) {
        return canView(issue, user, targetTier)
                && (tiers.isApprover(user) || tiers.agentTier(user) >= Math.max(1, targetTier))
                && permissionManager.hasPermission(keys.addComments(), issue, user);
    }

    /** May queue a new draft ("Regenerate", "Draft now") of the issue whose current audience is {@code targetTier}. */
    public boolean canRegenerate(Issue issue, ApplicationUser user, int targetTier) {
        return canView(issue, user, targetTier) && tiers.agentTier(user) >= 1;
    }

    /** Same rule as {@link #canRegenerate}. */
    public boolean canDraftNow(Issue issue, ApplicationUser user, int targetTier) {
        return canRegenerate(issue, user, targetTier);
    }

    private boolean inRole(Issue issue, ApplicationUser user, String roleName) {
        if (roleName == null || issue.getProjectObject() == null) {
            return false;
        }
        ProjectRole role = projectRoleManager.getProjectRole(roleName);
        return role != null && projectRoleManager.isUserInProjectRole(user, role, issue.getProjectObject());
    }
}
