package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

// Source: DEC-P6 atlassian-scheduler-api 4.1.0 (final, immutable; static factories)
// UNVERIFIED: every member for atlassian-scheduler 5.x (Jira 10); seen in scheduler-api 4.1.0 (§8.1: "3.x/5.x identity for each member UNVERIFIED").
public final class JobRunnerResponse {
    private JobRunnerResponse() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static JobRunnerResponse success() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static JobRunnerResponse aborted(String message) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static JobRunnerResponse failed(String message) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static JobRunnerResponse failed(Throwable cause) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public RunOutcome getRunOutcome() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String getMessage() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
