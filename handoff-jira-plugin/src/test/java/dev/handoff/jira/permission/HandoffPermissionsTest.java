package dev.handoff.jira.permission;

import com.atlassian.jira.user.ApplicationUser;
import dev.handoff.core.model.Visibility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of {@link HandoffPermissions} beyond the REST permission matrix. */
class HandoffPermissionsTest {

    private final PermissionFixture jira = new PermissionFixture();
    private final HandoffPermissions rules = jira.permissions;

    @Test
    void anonymousMayDoNothing() {
        assertThat(rules.canView(jira.issue, null, 1)).isFalse();
        assertThat(rules.canSeeSource(jira.issue, null, Visibility.PUBLIC)).isFalse();
        assertThat(rules.canApprove(jira.issue, null, 1)).isFalse();
        assertThat(rules.canRegenerate(jira.issue, null, 1)).isFalse();
        assertThat(rules.canDraftNow(jira.issue, null, 1)).isFalse();
    }

    @Test
    void anAgentWhoMayNotBrowseTheIssueMayNotViewIt() {
        ApplicationUser u = jira.user("u", false, true, false, "handoff-tier3");
        assertThat(rules.canView(jira.issue, u, 1)).isFalse();
        assertThat(rules.canApprove(jira.issue, u, 1)).isFalse();
    }

    @Test
    void viewingNeedsATierAtLeastTheDraftsTargetTier() {
        ApplicationUser t2 = jira.user("t2", true, true, false, "handoff-tier2");
        assertThat(rules.canView(jira.issue, t2, 1)).isTrue();
        assertThat(rules.canView(jira.issue, t2, 2)).isTrue();
        assertThat(rules.canView(jira.issue, t2, 3)).isFalse();
    }

    @Test
    void anApproverWhoMayNotCommentMayNotApprove() {
        ApplicationUser u = jira.user("u", true, false, false, "handoff-approvers", "handoff-tier3");
        assertThat(rules.canView(jira.issue, u, 2)).isTrue();
        assertThat(rules.canApprove(jira.issue, u, 2)).isFalse();
    }

    @Test
    void anAdminApprovesOnlyWithAMatchingAgentTierOrAsAnApprover() {
        ApplicationUser plainAdmin = jira.user("a1", true, true, true);
        ApplicationUser tier2Admin = jira.user("a2", true, true, true, "handoff-tier2");
        ApplicationUser approverAdmin = jira.user("a3", true, true, true, "handoff-approvers");

        assertThat(rules.canView(jira.issue, plainAdmin, 3)).isTrue();
        assertThat(rules.canApprove(jira.issue, plainAdmin, 1)).isFalse();
        assertThat(rules.canRegenerate(jira.issue, plainAdmin, 1)).isFalse();
        assertThat(rules.canApprove(jira.issue, tier2Admin, 2)).isTrue();
        assertThat(rules.canApprove(jira.issue, tier2Admin, 3)).isFalse();
        assertThat(rules.canApprove(jira.issue, approverAdmin, 3)).isTrue();
    }

    @Test
    void regeneratingAndDraftingNowNeedAnAgentWhoMayView() {
        ApplicationUser t1 = jira.user("t1", true, false, false, "handoff-tier1");
        assertThat(rules.canRegenerate(jira.issue, t1, 1)).isTrue();
        assertThat(rules.canDraftNow(jira.issue, t1, 1)).isTrue();
        assertThat(rules.canRegenerate(jira.issue, t1, 2)).isFalse();
        assertThat(rules.canApprove(jira.issue, t1, 1)).as("no comment permission").isFalse();
    }

    @Test
    void aGroupRestrictedFactIsShownOnlyToMembersOfThatGroupAdminsIncluded() {
        ApplicationUser member = jira.user("m", true, true, false, "handoff-tier2", "secops");
        ApplicationUser admin = jira.user("a", true, true, true);
        assertThat(rules.canSeeSource(jira.issue, member, Visibility.group("secops"))).isTrue();
        assertThat(rules.canSeeSource(jira.issue, member, Visibility.group("hr"))).isFalse();
        assertThat(rules.canSeeSource(jira.issue, admin, Visibility.group("secops"))).isFalse();
    }

    @Test
    void aRoleRestrictedFactIsShownOnlyInThatProjectRoleAndAnUnknownRoleHidesIt() {
        ApplicationUser dev = jira.user("d", true, true, false, "handoff-tier2");
        ApplicationUser other = jira.user("o", true, true, false, "handoff-tier2");
        jira.inRole(dev, "Developers");

        assertThat(rules.canSeeSource(jira.issue, dev, Visibility.role("Developers"))).isTrue();
        assertThat(rules.canSeeSource(jira.issue, other, Visibility.role("Developers"))).isFalse();
        assertThat(rules.canSeeSource(jira.issue, dev, Visibility.role("role 12"))).isFalse();
    }

    @Test
    void publicAndInternalFactsAreShownToEveryoneWhoMayView() {
        ApplicationUser t1 = jira.user("t1", true, true, false, "handoff-tier1");
        ApplicationUser nobody = jira.user("n", true, true, false);
        assertThat(rules.canSeeSource(jira.issue, t1, Visibility.PUBLIC)).isTrue();
        assertThat(rules.canSeeSource(jira.issue, t1, Visibility.INTERNAL)).isTrue();
        assertThat(rules.canSeeSource(jira.issue, nobody, Visibility.INTERNAL)).isFalse();
    }
}
