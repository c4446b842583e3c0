package dev.handoff.jira.job;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.core.model.Audience;
import dev.handoff.jira.audit.AuditEntry;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.fakes.InMemoryAudit;
import dev.handoff.jira.fakes.InMemoryDrafts;
import dev.handoff.jira.fakes.InMemoryEscalationRequests;
import dev.handoff.jira.fakes.InMemoryMetrics;
import dev.handoff.jira.metrics.MetricEvent;
import dev.handoff.jira.fakes.Tickets;
import dev.handoff.jira.settings.HandoffSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RetentionJobTest {

    private final InMemoryEscalationRequests requests = new InMemoryEscalationRequests();
    private final InMemoryDrafts drafts = new InMemoryDrafts();
    private final InMemoryAudit audit = new InMemoryAudit();
    private final InMemoryMetrics metrics = new InMemoryMetrics();
    private final HandoffSettings settings = mock(HandoffSettings.class);
    private final PluginSettingsFactory pluginSettings = mock(PluginSettingsFactory.class);
    private final PluginSettings global = mock(PluginSettings.class);
    private final Instant now = Instant.parse("2026-12-02T03:00:00Z");
    private RetentionJob job;

    @BeforeEach
    void setUp() {
        when(settings.retentionDays()).thenReturn(30);
        when(pluginSettings.createGlobalSettings()).thenReturn(global);
        job = new RetentionJob(requests, drafts, audit, settings, metrics, pluginSettings, Clock.fixed(now, ZoneOffset.UTC));
    }

    private EscalationRequest escalation(long issueId, Duration ago, EscalationRequest.State state) {
        EscalationRequest r = requests.add(issueId, 2, "ann", true, "10001");
        requests.requestedAt(issueId, r.sequence(), now.minus(ago));
        if (state != EscalationRequest.State.QUEUED) {
            requests.claim(issueId, r.sequence(), Instant.EPOCH);
            if (state != EscalationRequest.State.DRAFTING) {
                requests.finish(issueId, r.sequence(), state, null);
            }
        }
        drafts.addOnce(issueId, r.sequence(), EscalationPipeline.defaults().draft(Tickets.outlookCrash(), Audience.agents(2)), null, null);
        audit.record(new AuditEntry(issueId, 1, AuditEntry.Action.DRAFTED, "ann", now.minus(ago), 3, null, null, null));
        metrics.record(new MetricEvent(issueId, MetricEvent.Kind.DRAFTED, now.minus(ago), "ann", 2, 4, null));
        return r;
    }

    @Test
    void escalations_older_than_the_retention_go_with_their_drafts_and_audit_rows() {
        escalation(1L, Duration.ofDays(31), EscalationRequest.State.READY);
        escalation(2L, Duration.ofDays(40), EscalationRequest.State.FAILED);
        EscalationRequest recent = escalation(3L, Duration.ofDays(29), EscalationRequest.State.READY);

        RetentionJob.Purged purged = job.purge();

        assertThat(purged).isEqualTo(new RetentionJob.Purged(2, 2, 2, 2));
        assertThat(metrics.events).extracting(MetricEvent::issueId).containsExactly(3L);
        assertThat(requests.find(1L, 1)).isEmpty();
        assertThat(drafts.latest(1L)).isEmpty();
        assertThat(requests.find(3L, recent.sequence())).isPresent();
        assertThat(drafts.latest(3L)).isPresent();
        assertThat(audit.forIssue(3L)).hasSize(1);
    }

    @Test
    void a_request_still_queued_or_drafting_is_never_purged_however_old() {
        escalation(1L, Duration.ofDays(400), EscalationRequest.State.QUEUED);
        escalation(2L, Duration.ofDays(400), EscalationRequest.State.DRAFTING);

        assertThat(job.purge().escalations()).isZero();
        assertThat(requests.find(1L, 1)).isPresent();
        assertThat(requests.find(2L, 1)).isPresent();
    }

    @Test
    void only_the_old_escalation_of_an_issue_goes_when_a_newer_one_is_within_retention() {
        escalation(1L, Duration.ofDays(100), EscalationRequest.State.READY);
        EscalationRequest newer = escalation(1L, Duration.ofDays(2), EscalationRequest.State.READY);

        job.purge();

        assertThat(requests.latest(1L)).map(EscalationRequest::sequence).contains(newer.sequence());
        assertThat(drafts.rows).extracting(d -> d.escalationSequence()).containsExactly(newer.sequence());
    }

    @Test
    void a_run_records_when_it_ran_and_what_it_purged_for_the_health_page() throws Exception {
        escalation(1L, Duration.ofDays(31), EscalationRequest.State.READY);

        assertThat(job.purgeAndRecord()).startsWith("purged 1 escalations");

        org.mockito.Mockito.verify(global).put(RetentionJob.LAST_RUN_KEY,
                now + " purged 1 escalations, 1 drafts, 1 audit rows and 1 metric events older than 30 days");
    }
}
