package com.atlassian.scheduler;

// Source: DEC-P6 atlassian-scheduler-api 4.1.0; GROOVY (may return null)
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
