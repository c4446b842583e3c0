package com.atlassian.scheduler.status;

// Source: DEC-P6 atlassian-scheduler-api 4.1.0
public enum RunOutcome {
    SUCCESS,
    UNAVAILABLE,
    ABORTED,
    FAILED
}
