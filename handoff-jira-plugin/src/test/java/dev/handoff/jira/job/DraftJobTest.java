package dev.handoff.jira.job;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.jira.audit.AuditEntry;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.fakes.InMemoryAudit;
import dev.handoff.jira.fakes.InMemoryDrafts;
import dev.handoff.jira.fakes.InMemoryEscalationRequests;
import dev.handoff.jira.fakes.InMemoryMetrics;
import dev.handoff.core.prose.ModelCall;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.prose.RunbookPassage;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.jira.draft.StoredDraft;
import dev.handoff.jira.metrics.MetricEvent;
import dev.handoff.jira.fakes.LocalClusterLocks;
import dev.handoff.jira.security.RunAsUser;
import dev.handoff.jira.fakes.Tickets;
import dev.handoff.jira.ticket.IssueSnapshotReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DraftJobTest {

    private static final long ISSUE_ID = 10L;
    private final Instant now = Instant.parse("2026-03-12T10:00:00Z");

    private final InMemoryEscalationRequests requests = new InMemoryEscalationRequests();
    private final InMemoryDrafts drafts = new InMemoryDrafts();
    private final InMemoryAudit audit = new InMemoryAudit();
    private final IssueLocks locks = new IssueLocks(LocalClusterLocks.create());
    private final IssueManager issues = mock(IssueManager.class);
    private final UserManager users = mock(UserManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final IssueSnapshotReader snapshots = mock(IssueSnapshotReader.class);
    private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    private final DraftJobScheduler scheduler = mock(DraftJobScheduler.class);
    private final ApplicationUser requester = mock(ApplicationUser.class);
    private final ApplicationUser previousUser = mock(ApplicationUser.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final InMemoryMetrics metrics = new InMemoryMetrics();

    @BeforeEach
    void jira() {
        Status escalated = mock(Status.class);
        when(escalated.getId()).thenReturn("10002");
        when(issue.getId()).thenReturn(ISSUE_ID);
        when(issue.getStatus()).thenReturn(escalated);
        when(issues.getIssueObject(ISSUE_ID)).thenReturn(issue);
        when(users.getUserByKey("ann")).thenReturn(requester);
        when(permissions.hasPermission(any(), eq(issue), eq(requester))).thenReturn(true);
        when(snapshots.read(issue, requester)).thenReturn(Tickets.outlookCrash());
        when(auth.getLoggedInUser()).thenReturn(previousUser);
    }

    private DraftJob node() {
        return new DraftJob(requests, drafts, audit, locks, issues, users, permissions, snapshots, new RunAsUser(auth), scheduler,
                EscalationPipeline::defaults, metrics, (i, u, t, d) -> DraftKnowledge.NONE, (drafted, runbooks) -> null, Clock.fixed(now, ZoneOffset.UTC));
    }

    private EscalationRequest escalate() {
        return requests.add(ISSUE_ID, 2, "ann", true, "10002");
    }

    @Test
    void aDraftIsStoredAndAuditedAndTheRequestBecomesReady() {
        EscalationRequest r = escalate();

        assertThat(node().run(ISSUE_ID, r.sequence())).isEqualTo(DraftJob.Outcome.DRAFTED);

        assertThat(drafts.rows).hasSize(1);
        assertThat(drafts.rows.get(0).draft().ticketKey()).isEqualTo("SD-7");
        assertThat(requests.find(ISSUE_ID, r.sequence()).orElseThrow().state()).isEqualTo(EscalationRequest.State.READY);
        assertThat(audit.entries).extracting(AuditEntry::action).containsExactly(AuditEntry.Action.DRAFTED);
        assertThat(audit.entries.get(0).redactions()).containsKey("password");
    }

    @Test
    void aRetriedJobAddsNoSecondDraftVersion() {
        EscalationRequest r = escalate();
        DraftJob job = node();

        job.run(ISSUE_ID, r.sequence());
        DraftJob.Outcome again = job.run(ISSUE_ID, r.sequence());

        assertThat(again).isEqualTo(DraftJob.Outcome.ALREADY_DONE);
        assertThat(drafts.rows).hasSize(1);
    }

    @Test
    void aFailedRunIsVisibleRetriedWithBackoffAndThenSucceedsWithOneVersion() throws Exception {
        EscalationRequest r = escalate();
        when(snapshots.read(issue, requester)).thenThrow(new IllegalStateException("database hiccup")).thenReturn(Tickets.outlookCrash());
        DraftJob job = node();

        assertThat(job.run(ISSUE_ID, r.sequence())).isEqualTo(DraftJob.Outcome.FAILED_WILL_RETRY);
        EscalationRequest failed = requests.find(ISSUE_ID, r.sequence()).orElseThrow();
        assertThat(failed.state()).isEqualTo(EscalationRequest.State.FAILED);
        assertThat(failed.failure()).contains("IllegalStateException").doesNotContain("hiccup");
        verify(scheduler).schedule(any(EscalationRequest.class), eq(Date.from(now.plus(DraftJob.backoff(1)))));
        assertThat(drafts.rows).isEmpty();

        assertThat(job.run(ISSUE_ID, r.sequence())).isEqualTo(DraftJob.Outcome.DRAFTED);
        assertThat(drafts.rows).hasSize(1);
    }

    @Test
    void twoNodesRunningTheSameJobProduceOneDraftVersion() throws Exception {
        EscalationRequest r = escalate();
        DraftJob nodeA = node();
        DraftJob nodeB = node();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<DraftJob.Outcome>> runs = new ArrayList<>();
            for (DraftJob n : List.of(nodeA, nodeB)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return n.run(ISSUE_ID, r.sequence());
                }));
            }
            start.countDown();
            List<DraftJob.Outcome> outcomes = new ArrayList<>();
            for (Future<DraftJob.Outcome> f : runs) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder(DraftJob.Outcome.DRAFTED, DraftJob.Outcome.ALREADY_DONE);
        } finally {
            pool.shutdownNow();
        }
        assertThat(drafts.rows).hasSize(1);
    }

    @Test
    void theJobRunsAsTheRequestingUserAndRestoresThePreviousUserEvenWhenDraftingFails() {
        EscalationRequest r = escalate();
        when(snapshots.read(issue, requester)).thenThrow(new IllegalStateException("boom"));

        node().run(ISSUE_ID, r.sequence());

        InOrder order = inOrder(auth, snapshots);
        order.verify(auth).setLoggedInUser(requester);
        order.verify(snapshots).read(issue, requester);
        order.verify(auth).setLoggedInUser(previousUser);
    }

    @Test
    void anIssueThatLeftTheEscalationStatusIsAbandonedWithAReasonAndNoDraft() {
        EscalationRequest r = requests.add(ISSUE_ID, 2, "ann", false, "10001");

        assertThat(node().run(ISSUE_ID, r.sequence())).isEqualTo(DraftJob.Outcome.ABANDONED);

        assertThat(drafts.rows).isEmpty();
        assertThat(requests.find(ISSUE_ID, r.sequence()).orElseThrow().failure()).contains("left the escalation status");
        verify(snapshots, never()).read(any(), any());
    }

    @Test
    void aRequesterWhoMayNoLongerBrowseTheIssueGetsNoDraft() {
        EscalationRequest r = escalate();
        when(permissions.hasPermission(any(), eq(issue), eq(requester))).thenReturn(false);

        assertThat(node().run(ISSUE_ID, r.sequence())).isEqualTo(DraftJob.Outcome.ABANDONED);
        verify(snapshots, never()).read(any(), any());
    }

    @Test
    void aStaleDraftingClaimFromADeadNodeIsTakenOver() {
        EscalationRequest r = escalate();
        requests.claim(ISSUE_ID, r.sequence(), Instant.EPOCH);
        assertThat(node().run(ISSUE_ID, r.sequence())).as("fresh claim is respected").isEqualTo(DraftJob.Outcome.ALREADY_DONE);

        DraftJob later = new DraftJob(requests, drafts, audit, locks, issues, users, permissions, snapshots, new RunAsUser(auth),
                scheduler, EscalationPipeline::defaults, metrics, (i, u, t, d) -> DraftKnowledge.NONE, (drafted, runbooks) -> null, Clock.fixed(Instant.now().plus(DraftJob.STALE_AFTER).plusSeconds(1), ZoneOffset.UTC));
        assertThat(later.run(ISSUE_ID, r.sequence())).isEqualTo(DraftJob.Outcome.DRAFTED);
    }

    @Test
    void anEscalationIsCountedOnceAndEachDraftWithTheNumberOfFilledSlots() {
        EscalationRequest r = escalate();
        node().run(ISSUE_ID, r.sequence());
        node().run(ISSUE_ID, r.sequence());

        assertThat(metrics.events).extracting(MetricEvent::kind)
                .containsExactly(MetricEvent.Kind.ESCALATED, MetricEvent.Kind.DRAFTED);
        MetricEvent drafted = metrics.events.get(1);
        assertThat(drafted.tier()).isEqualTo(2);
        assertThat(drafted.value()).as("filled slots of the Outlook thread").isBetween(3, 5);
    }

    @Test
    void aDraftRequestedByHandIsNotCountedAsAnEscalation() {
        EscalationRequest r = requests.add(ISSUE_ID, 2, "ann", false, null);

        node().run(ISSUE_ID, r.sequence());

        assertThat(metrics.events).extracting(MetricEvent::kind).containsExactly(MetricEvent.Kind.DRAFTED);
    }

    @Test
    void theModelsProseAndTheKnowledgeAreStoredWithTheDraftAndTheModelSeesTheRunbooks() {
        EscalationRequest r = escalate();
        ProseResult prose = ProseResult.fallback("stand-in for prose", 0, new ModelCall("m", 5, null, null));
        DraftKnowledge found = new DraftKnowledge(List.of(new DraftKnowledge.Runbook("Desk runbooks/outlook.md",
                "Outlook crashes on start", 2, 3.2, "Start Outlook with /safe and disable add-ins.", null)),
                List.of(), new DraftKnowledge.TeamHint(null, "not enough history"), List.of());
        DraftJob withModel = new DraftJob(requests, drafts, audit, locks, issues, users, permissions, snapshots,
                new RunAsUser(auth), scheduler, EscalationPipeline::defaults, metrics, (i, u, t, d) -> {
                    assertThat(u).as("knowledge is looked up for the requesting user").isSameAs(users.getUserByKey(r.requestingUserKey()));
                    assertThat(t.key()).isEqualTo(d.ticketKey());
                    return found;
                }, (drafted, runbooks) -> {
                    assertThat(drafted.sources()).as("the model sees the redacted sources").isNotEmpty()
                            .allMatch(s -> !s.text().contains("Summer2024!"));
                    assertThat(runbooks).extracting(RunbookPassage::id).containsExactly("Desk runbooks/outlook.md");
                    return prose;
                }, Clock.fixed(now, ZoneOffset.UTC));

        assertThat(withModel.run(ISSUE_ID, r.sequence())).isEqualTo(DraftJob.Outcome.DRAFTED);

        assertThat(drafts.latest(ISSUE_ID)).get().extracting(StoredDraft::prose).isEqualTo(prose);
        assertThat(drafts.latest(ISSUE_ID)).get().extracting(StoredDraft::knowledge).isEqualTo(found);
        assertThat(metrics.events).extracting(MetricEvent::detail).contains("model-fallback");
    }

    @Test
    void aModelStepThatThrowsLeavesADeterministicDraftWithTheReason() {
        EscalationRequest r = escalate();
        DraftJob broken = new DraftJob(requests, drafts, audit, locks, issues, users, permissions, snapshots,
                new RunAsUser(auth), scheduler, EscalationPipeline::defaults, metrics, (i, u, t, d) -> DraftKnowledge.NONE,
                (drafted, runbooks) -> {
                    throw new IllegalArgumentException("model endpoint must be an http(s) URL");
                }, Clock.fixed(now, ZoneOffset.UTC));

        assertThat(broken.run(ISSUE_ID, r.sequence())).isEqualTo(DraftJob.Outcome.DRAFTED);

        StoredDraft stored = drafts.latest(ISSUE_ID).orElseThrow();
        assertThat(stored.prose().fallbackReason()).isEqualTo("the model step failed: IllegalArgumentException");
        assertThat(stored.state()).isEqualTo(StoredDraft.State.READY);
    }
}
