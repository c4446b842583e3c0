package dev.handoff.jira.lifecycle;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import dev.handoff.core.model.Audience;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.jira.audit.AuditEntry;
import dev.handoff.jira.fakes.InMemoryAudit;
import dev.handoff.jira.fakes.InMemoryDrafts;
import dev.handoff.jira.fakes.InMemoryEscalationRequests;
import dev.handoff.jira.fakes.InMemoryMetrics;
import dev.handoff.jira.metrics.MetricEvent;
import dev.handoff.jira.fakes.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class IssueDeletedListenerTest {

    private final InMemoryEscalationRequests requests = new InMemoryEscalationRequests();
    private final InMemoryDrafts drafts = new InMemoryDrafts();
    private final InMemoryAudit audit = new InMemoryAudit();
    private final InMemoryMetrics metrics = new InMemoryMetrics();
    private final IssueDeletedListener listener = new IssueDeletedListener(requests, drafts, audit, metrics);

    @BeforeEach
    void twoIssuesWithDrafts() {
        for (long id : new long[] {7L, 8L}) {
            requests.add(id, 2, "ann", true, "10001");
            drafts.addOnce(id, 1, EscalationPipeline.defaults().draft(Tickets.outlookCrash(), Audience.agents(2)), null, null);
            audit.record(new AuditEntry(id, 1, AuditEntry.Action.DRAFTED, "ann", Instant.now(), 3, null, null, null));
            metrics.record(new MetricEvent(id, MetricEvent.Kind.DRAFTED, Instant.now(), "ann", 2, 4, null));
        }
    }

    private static IssueEvent event(long issueId, long type) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(issueId);
        IssueEvent e = mock(IssueEvent.class);
        when(e.getIssue()).thenReturn(issue);
        when(e.getEventTypeId()).thenReturn(type);
        return e;
    }

    @Test
    void deleting_an_issue_removes_its_requests_drafts_and_audit_rows_and_nothing_else() {
        listener.onIssueEvent(event(7L, IssueDeletedListener.ISSUE_DELETED));

        assertThat(requests.latest(7L)).isEmpty();
        assertThat(drafts.latest(7L)).isEmpty();
        assertThat(audit.forIssue(7L)).isEmpty();
        assertThat(metrics.events).extracting(MetricEvent::issueId).containsExactly(8L);
        assertThat(requests.latest(8L)).isPresent();
        assertThat(drafts.latest(8L)).isPresent();
        assertThat(audit.forIssue(8L)).hasSize(1);
    }

    @Test
    void other_issue_events_such_as_a_move_leave_the_records_alone() {
        listener.onIssueEvent(event(7L, 9L)); // ISSUE_MOVED_ID

        assertThat(drafts.latest(7L)).isPresent();
        assertThat(requests.latest(7L)).isPresent();
    }
}
