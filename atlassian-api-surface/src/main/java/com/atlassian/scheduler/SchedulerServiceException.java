package com.atlassian.scheduler;

// Source: DEC-P6 atlassian-scheduler-api 4.1.0 (checked; ctors (String), (String, Throwable))
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
