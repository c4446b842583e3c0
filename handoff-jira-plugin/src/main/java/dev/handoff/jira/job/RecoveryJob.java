package dev.handoff.jira.job;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.escalation.EscalationRequestRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.time.Instant;

/**
 * Nothing is lost to a restart: a draft job that never ran (scheduler hiccup, node gone before it fired) or
 * whose node died mid-draft leaves its request QUEUED or DRAFTING; this sweep schedules it again. The draft
 * job's claim makes a duplicate run harmless.
 */
@Named
public class RecoveryJob implements JobRunner {

    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(RecoveryJob.class);

    private final EscalationRequestRepository requests;
    private final DraftJobScheduler scheduler;
    private final Clock clock;

    @Inject
    public RecoveryJob(EscalationRequestRepository requests, DraftJobScheduler scheduler) {
        this(requests, scheduler, Clock.systemUTC());
    }

    RecoveryJob(EscalationRequestRepository requests, DraftJobScheduler scheduler, Clock clock) {
        this.requests = requests;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Reschedules stuck requests; returns how many. */
    public int sweep() {
        Instant before = clock.instant().minus(DraftJob.STALE_AFTER);
        int rescheduled = 0;
        for (EscalationRequest r : requests.stuck(before, BATCH)) {
            try {
                scheduler.schedule(r);
                rescheduled++;
            } catch (Exception e) {
                log.warn("Handoff could not reschedule the draft of issue id {} escalation {}", r.issueId(), r.sequence(), e);
            }
        }
        return rescheduled;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return JobRunnerResponse.success("rescheduled " + sweep());
    }
}
