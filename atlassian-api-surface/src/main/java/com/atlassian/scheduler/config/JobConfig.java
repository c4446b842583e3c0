package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Map;

// Source: DEC-P6 atlassian-scheduler-api 4.1.0 (final, immutable)
// UNVERIFIED: every member for atlassian-scheduler 5.x (Jira 10); seen in scheduler-api 4.1.0 (§8.1: "3.x/5.x identity for each member UNVERIFIED").
public final class JobConfig {
    private JobConfig() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public JobConfig withParameters(Map<String, Serializable> parameters) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public JobRunnerKey getJobRunnerKey() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public RunMode getRunMode() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Schedule getSchedule() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Map<String, Serializable> getParameters() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
