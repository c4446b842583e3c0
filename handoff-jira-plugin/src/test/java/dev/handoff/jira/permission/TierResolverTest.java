package dev.handoff.jira.permission;

import com.atlassian.jira.user.ApplicationUser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

class TierResolverTest {

    private final PermissionFixture jira = new PermissionFixture();

    @Test
    void withNothingStoredTheDefaultGroupNamesApply() {
        assertThat(jira.tiers.settings()).isEqualTo(TierSettings.DEFAULTS);
        assertThat(TierSettings.DEFAULTS).isEqualTo(new TierSettings("handoff-tier1", "handoff-tier2", "handoff-tier3", "handoff-approvers"));
    }

    @Test
    void storedGroupNamesReplaceTheDefaultsAndBlankOrNonTextValuesMeanTheDefault() {
        when(jira.settings.get("handoff.tiers.tier1Group")).thenReturn(" first-line ");
        when(jira.settings.get("handoff.tiers.tier2Group")).thenReturn("   ");
        when(jira.settings.get("handoff.tiers.tier3Group")).thenReturn(List.of("x"));
        when(jira.settings.get("handoff.tiers.approversGroup")).thenReturn("leads");

        assertThat(jira.tiers.settings()).isEqualTo(new TierSettings("first-line", "handoff-tier2", "handoff-tier3", "leads"));
        ApplicationUser lead = jira.user("lead", true, true, false, "leads");
        ApplicationUser oldApprover = jira.user("old", true, true, false, "handoff-approvers");
        assertThat(jira.tiers.isApprover(lead)).isTrue();
        assertThat(jira.tiers.isApprover(oldApprover)).isFalse();
        assertThat(jira.tiers.agentTier(jira.user("fl", true, true, false, "first-line"))).isEqualTo(1);
    }

    @Test
    void theHighestTierGroupWinsAndNoGroupMeansTierZero() {
        assertThat(jira.tiers.agentTier(jira.user("a", true, true, false, "handoff-tier1", "handoff-tier3"))).isEqualTo(3);
        assertThat(jira.tiers.agentTier(jira.user("b", true, true, false, "handoff-tier1", "handoff-tier2"))).isEqualTo(2);
        assertThat(jira.tiers.agentTier(jira.user("c", true, true, false, "jira-software-users"))).isZero();
        assertThat(jira.tiers.agentTier(null)).isZero();
    }

    @Test
    void adminsAndApproversViewAsTierThreeButKeepTheirAgentTier() {
        ApplicationUser admin = jira.user("admin", true, true, true);
        ApplicationUser approver = jira.user("approver", true, true, false, "handoff-approvers", "handoff-tier1");

        assertThat(jira.tiers.viewingTier(admin)).isEqualTo(3);
        assertThat(jira.tiers.agentTier(admin)).isZero();
        assertThat(jira.tiers.viewingTier(approver)).isEqualTo(3);
        assertThat(jira.tiers.agentTier(approver)).isEqualTo(1);
        assertThat(jira.tiers.viewingTier(null)).isZero();
        assertThat(jira.tiers.isAdmin(null)).isFalse();
    }
}
