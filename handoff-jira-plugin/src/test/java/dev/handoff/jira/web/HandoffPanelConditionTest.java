package dev.handoff.jira.web;

import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import dev.handoff.jira.draft.DraftService;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.permission.PermissionFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class HandoffPanelConditionTest {

    private final PermissionFixture jira = new PermissionFixture();
    private final DraftService drafts = mock(DraftService.class);
    private final HandoffPanelCondition condition = new HandoffPanelCondition(jira.permissions, drafts);
    private final JiraHelper helper = mock(JiraHelper.class);

    private void escalatedTo(int tier) {
        when(drafts.latestRequest(7L)).thenReturn(Optional.of(new EscalationRequest(7L, 1, tier, "k", true, null,
                Instant.parse("2026-03-12T10:00:00Z"), EscalationRequest.State.READY, 1, null, null)));
    }

    @Test
    void anonymousUsersAndNonAgentsNeverSeeThePanelAndCostNoLookup() {
        ApplicationUser nonAgent = jira.user("n", true, true, false);
        assertThat(condition.shouldDisplay(null, jira.issue, helper)).isFalse();
        assertThat(condition.shouldDisplay(nonAgent, jira.issue, helper)).isFalse();
        verify(drafts, never()).latestRequest(anyLong());
    }

    @Test
    void anAgentWhoMayNotBrowseTheIssueDoesNotSeeThePanel() {
        ApplicationUser agent = jira.user("a", false, false, false, "handoff-tier3");
        assertThat(condition.shouldDisplay(agent, jira.issue, helper)).isFalse();
    }

    @Test
    void anyAgentSeesThePanelOfANeverEscalatedIssue() {
        ApplicationUser t1 = jira.user("t1", true, true, false, "handoff-tier1");
        when(drafts.latestRequest(7L)).thenReturn(Optional.empty());
        assertThat(condition.shouldDisplay(t1, jira.issue, helper)).isTrue();
    }

    @Test
    void onlyAgentsOfTheEscalationsTierOrAboveSeeThePanelAndNoDraftIsLoaded() {
        ApplicationUser t1 = jira.user("t1", true, true, false, "handoff-tier1");
        ApplicationUser t2 = jira.user("t2", true, true, false, "handoff-tier2");
        ApplicationUser admin = jira.user("admin", true, true, true);
        escalatedTo(2);

        assertThat(condition.shouldDisplay(t1, jira.issue, helper)).isFalse();
        assertThat(condition.shouldDisplay(t2, jira.issue, helper)).isTrue();
        assertThat(condition.shouldDisplay(admin, jira.issue, helper)).isTrue();
        verify(drafts, never()).latestDraft(anyLong());
    }
}
