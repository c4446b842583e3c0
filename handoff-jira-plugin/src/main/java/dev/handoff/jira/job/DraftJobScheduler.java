package dev.handoff.jira.job;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import dev.handoff.jira.HandoffKeys;
import dev.handoff.jira.escalation.EscalationRequest;

import javax.inject.Inject;
import javax.inject.Named;
import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Schedules one run-once, cluster-wide draft job per escalation. Parameters are plain JDK values:
 * the job may run on any node, whose class loader knows nothing of ours.
 */
@Named
public class DraftJobScheduler {

    public static final String PARAM_ISSUE_ID = "issueId";
    public static final String PARAM_SEQUENCE = "sequence";

    private final SchedulerService schedulerService;

    @Inject
    public DraftJobScheduler(@ComponentImport SchedulerService schedulerService) {
        this.schedulerService = schedulerService;
    }

    static final String RECOVERY_JOB = "dev.handoff.jira.recovery";
    static final long RECOVERY_INTERVAL_MILLIS = 5 * 60 * 1000L;

    static final String RETENTION_JOB = "dev.handoff.jira.retention";
    static final long RETENTION_INTERVAL_MILLIS = 24 * 60 * 60 * 1000L;

    /** Built on use, not in a static initialiser: constructing our components must never call into the host. */
    public static JobRunnerKey runnerKey() {
        return JobRunnerKey.of(HandoffKeys.DRAFT_JOB_RUNNER);
    }

    public static JobRunnerKey recoveryRunnerKey() {
        return JobRunnerKey.of(RECOVERY_JOB);
    }

    public static JobRunnerKey retentionRunnerKey() {
        return JobRunnerKey.of(RETENTION_JOB);
    }

    /** The daily retention purge, once per cluster. */
    public void scheduleRetention() throws SchedulerServiceException {
        JobId id = JobId.of(RETENTION_JOB);
        if (schedulerService.getJobDetails(id) == null) {
            schedulerService.scheduleJob(id, JobConfig.forJobRunnerKey(retentionRunnerKey())
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(RETENTION_INTERVAL_MILLIS, null)));
        }
    }

    /** The cluster-wide sweep for stuck requests, every five minutes; scheduled once however many nodes start. */
    public void scheduleRecovery() throws SchedulerServiceException {
        JobId id = JobId.of(RECOVERY_JOB);
        if (schedulerService.getJobDetails(id) == null) {
            schedulerService.scheduleJob(id, JobConfig.forJobRunnerKey(recoveryRunnerKey())
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(RECOVERY_INTERVAL_MILLIS, null)));
        }
    }

    public void schedule(EscalationRequest request) throws SchedulerServiceException {
        schedule(request, new Date());
    }

    /** Schedules (or re-schedules, for a retry) the job of {@code request} to run at {@code when}. */
    public void schedule(EscalationRequest request, Date when) throws SchedulerServiceException {
        Map<String, Serializable> params = new HashMap<>();
        params.put(PARAM_ISSUE_ID, request.issueId());
        params.put(PARAM_SEQUENCE, request.sequence());
        schedulerService.scheduleJob(JobId.of(request.jobId()), JobConfig.forJobRunnerKey(runnerKey())
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.runOnce(when))
                .withParameters(params));
    }
}
