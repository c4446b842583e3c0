package dev.handoff.jira.job;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import dev.handoff.jira.audit.AuditLog;
import dev.handoff.jira.draft.DraftRepository;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.escalation.EscalationRequestRepository;
import dev.handoff.jira.settings.HandoffSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Retention: escalations finished longer ago than the configured number of days go, with their drafts, and so do
 * audit rows of that age. Runs daily, once per cluster. Requests still QUEUED or DRAFTING are never purged.
 */
@Named
public class RetentionJob implements JobRunner {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    public record Purged(int escalations, int drafts, int auditRows) {
    }

    private final EscalationRequestRepository requests;
    private final DraftRepository drafts;
    private final AuditLog audit;
    private final HandoffSettings settings;
    private final Clock clock;

    @Inject
    public RetentionJob(EscalationRequestRepository requests, DraftRepository drafts, AuditLog audit, HandoffSettings settings) {
        this(requests, drafts, audit, settings, Clock.systemUTC());
    }

    RetentionJob(EscalationRequestRepository requests, DraftRepository drafts, AuditLog audit, HandoffSettings settings,
                 Clock clock) {
        this.requests = requests;
        this.drafts = drafts;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    public Purged purge() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(settings.retentionDays()));
        int escalations = 0;
        int draftRows = 0;
        List<EscalationRequest> batch;
        do {
            batch = requests.finishedBefore(cutoff, BATCH);
            for (EscalationRequest r : batch) {
                // drafts first: a purge cut short leaves a request without drafts, never drafts without a request
                draftRows += drafts.deleteForEscalation(r.issueId(), r.sequence());
                requests.delete(r.issueId(), r.sequence());
                escalations++;
            }
        } while (batch.size() == BATCH);
        return new Purged(escalations, draftRows, audit.deleteBefore(cutoff));
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        Purged p = purge();
        log.info("Handoff retention purged {} escalations, {} drafts, {} audit rows", p.escalations(), p.drafts(), p.auditRows());
        return JobRunnerResponse.success("purged " + p.escalations() + " escalations, " + p.drafts() + " drafts, "
                + p.auditRows() + " audit rows older than " + settings.retentionDays() + " days");
    }
}
