package com.atlassian.scheduler.config;

import java.io.Serializable;

// Source: DEC-P6 atlassian-scheduler-api 4.1.0 (final, Serializable, Comparable)
// UNVERIFIED: every member for atlassian-scheduler 5.x (Jira 10); seen in scheduler-api 4.1.0 (§8.1: "3.x/5.x identity for each member UNVERIFIED").
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private static final long serialVersionUID = 1L;

    private JobRunnerKey() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
