package com.atlassian.scheduler.status;

import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.io.Serializable;
import java.util.Date;
import java.util.Map;

// Source: GROOVY (getJobDetails(...) == null check); members from DEC-P6 atlassian-scheduler-api 4.1.0 status/JobDetails.java (checked via search; the reference lists no members)
// UNVERIFIED: every member for atlassian-scheduler 5.x (Jira 10); seen in scheduler-api 4.1.0 (§8.1: "3.x/5.x identity for each member UNVERIFIED").
public interface JobDetails {
    JobId getJobId();

    JobRunnerKey getJobRunnerKey();

    RunMode getRunMode();

    Schedule getSchedule();

    Date getNextRunTime();

    Map<String, Serializable> getParameters();

    boolean isRunnable();
}
