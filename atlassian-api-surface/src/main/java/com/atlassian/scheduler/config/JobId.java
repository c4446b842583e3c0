package com.atlassian.scheduler.config;

import java.io.Serializable;

// Source: DEC-P6 atlassian-scheduler-api 4.1.0 (final, Serializable, Comparable; toString() returns the id)
// UNVERIFIED: every member for atlassian-scheduler 5.x (Jira 10); seen in scheduler-api 4.1.0 (§8.1: "3.x/5.x identity for each member UNVERIFIED").
public final class JobId implements Serializable, Comparable<JobId> {
    private static final long serialVersionUID = 1L;

    private JobId() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static JobId of(String id) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    @Override
    public int compareTo(JobId other) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
