package com.atlassian.scheduler;

// Source: DEC-P6 atlassian-scheduler-api 4.1.0 (checked; ctors (String), (String, Throwable))
// UNVERIFIED: every member for atlassian-scheduler 5.x (Jira 10); seen in scheduler-api 4.1.0 (§8.1: "3.x/5.x identity for each member UNVERIFIED").
// Exception constructors delegate to super so plugin code and tests can throw it.
public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
