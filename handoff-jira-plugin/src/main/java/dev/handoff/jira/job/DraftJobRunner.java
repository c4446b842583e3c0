package dev.handoff.jira.job;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;

import javax.inject.Inject;
import javax.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** The scheduler's entry point: reads the two identifiers of the job and hands over to {@link DraftJob}. */
@Named
public class DraftJobRunner implements JobRunner {

    private final DraftJob job;

    @Inject
    public DraftJobRunner(DraftJob job) {
        this.job = job;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        Map<String, Serializable> params = request.getJobConfig().getParameters();
        Object issueId = params.get(DraftJobScheduler.PARAM_ISSUE_ID);
        Object sequence = params.get(DraftJobScheduler.PARAM_SEQUENCE);
        if (!(issueId instanceof Long) || !(sequence instanceof Integer)) {
            return JobRunnerResponse.aborted("not a Handoff draft job: parameters " + params.keySet());
        }
        DraftJob.Outcome outcome = job.run((Long) issueId, (Integer) sequence);
        return switch (outcome) {
            case DRAFTED, ALREADY_DONE -> JobRunnerResponse.success(outcome.name());
            case ABANDONED -> JobRunnerResponse.aborted(outcome.name());
            case FAILED_WILL_RETRY, FAILED -> JobRunnerResponse.failed(outcome.name());
        };
    }
}
