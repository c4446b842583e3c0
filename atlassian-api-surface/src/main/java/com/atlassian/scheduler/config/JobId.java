package com.atlassian.scheduler.config;

import java.io.Serializable;

// Source: DEC-P6 atlassian-scheduler-api 4.1.0 (final, Serializable, Comparable; toString() returns the id)
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
