package com.atlassian.scheduler;

// Source: DEC-P6 atlassian-scheduler-api 4.1.0; GROOVY (may return null)
// UNVERIFIED: every member for atlassian-scheduler 5.x (Jira 10); seen in scheduler-api 4.1.0 (§8.1: "3.x/5.x identity for each member UNVERIFIED").
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
