package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

// Source: DEC-P6 atlassian-scheduler-api 4.1.0 (final, immutable; static factories)
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
