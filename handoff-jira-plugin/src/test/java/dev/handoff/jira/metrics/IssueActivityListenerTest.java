package dev.handoff.jira.metrics;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import dev.handoff.core.model.Audience;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.jira.fakes.InMemoryDrafts;
import dev.handoff.jira.fakes.InMemoryEscalationRequests;
import dev.handoff.jira.fakes.InMemoryMetrics;
import dev.handoff.jira.fakes.Tickets;
import dev.handoff.jira.permission.TierResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class IssueActivityListenerTest {

    private final InMemoryEscalationRequests requests = new InMemoryEscalationRequests();
    private final InMemoryDrafts drafts = new InMemoryDrafts();
    private final InMemoryMetrics metrics = new InMemoryMetrics();
    private final TierResolver tiers = mock(TierResolver.class);
    private final Issue issue = mock(Issue.class);
    private final ApplicationUser tier2 = mock(ApplicationUser.class);
    private final ApplicationUser tier1 = mock(ApplicationUser.class);
    private final IssueActivityListener listener = new IssueActivityListener(requests, drafts, tiers, metrics, Clock.systemUTC());

    @BeforeEach
    void escalatedIssueWithANote() {
        when(issue.getId()).thenReturn(7L);
        when(tier2.getKey()).thenReturn("tess");
        when(tier1.getKey()).thenReturn("bo");
        when(tiers.agentTier(tier2)).thenReturn(2);
        when(tiers.agentTier(tier1)).thenReturn(1);
        requests.add(7L, 2, "bo", true, "10002");
        drafts.addOnce(7L, 1, EscalationPipeline.defaults().draft(Tickets.outlookCrash(), Audience.agents(2)), null, null);
    }

    private IssueEvent commented(ApplicationUser author, String body) {
        Comment c = mock(Comment.class);
        when(c.getAuthorApplicationUser()).thenReturn(author);
        when(c.getBody()).thenReturn(body);
        IssueEvent e = mock(IssueEvent.class);
        when(e.getIssue()).thenReturn(issue);
        when(e.getComment()).thenReturn(c);
        when(e.getEventTypeId()).thenReturn(6L);
        return e;
    }

    @Test
    void a_tier_2_comment_asking_again_for_the_windows_version_is_recorded_as_a_re_ask_without_its_text() {
        listener.onIssueEvent(commented(tier2, "Hello Ann, which Windows version are you on? Thanks."));

        assertThat(metrics.events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(MetricEvent.Kind.TIER2_COMMENT);
            assertThat(e.userKey()).isEqualTo("tess");
            assertThat(e.value()).isPositive();
            assertThat(e.detail()).doesNotContain("Windows version are you on");
        });
    }

    @Test
    void a_tier_2_comment_with_a_new_question_records_no_re_ask() {
        listener.onIssueEvent(commented(tier2, "I reset your mail profile. Does Outlook start now?"));

        assertThat(metrics.events).singleElement().satisfies(e -> assertThat(e.value()).isZero());
    }

    @Test
    void tier_1_comments_and_issues_never_escalated_are_not_recorded() {
        listener.onIssueEvent(commented(tier1, "Which Windows version are you on?"));
        when(issue.getId()).thenReturn(99L);
        listener.onIssueEvent(commented(tier2, "Which Windows version are you on?"));

        assertThat(metrics.events).isEmpty();
    }

    @Test
    void a_reassignment_after_the_escalation_is_recorded_with_the_new_assignee() {
        when(issue.getAssignee()).thenReturn(tier2);
        IssueEvent e = mock(IssueEvent.class);
        when(e.getIssue()).thenReturn(issue);
        when(e.getEventTypeId()).thenReturn(IssueActivityListener.ISSUE_ASSIGNED);

        listener.onIssueEvent(e);

        assertThat(metrics.events).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MetricEvent.Kind.REASSIGNED);
            assertThat(m.userKey()).isEqualTo("tess");
        });
    }
}
