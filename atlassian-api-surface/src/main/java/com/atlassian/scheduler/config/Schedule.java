package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.TimeZone;

// Source: DEC-P6 atlassian-scheduler-api 4.1.0 (final; getType/getIntervalScheduleInfo/getCronScheduleInfo not mirrored)
// UNVERIFIED: every member for atlassian-scheduler 5.x (Jira 10); seen in scheduler-api 4.1.0 (§8.1: "3.x/5.x identity for each member UNVERIFIED").
public final class Schedule {
    private Schedule() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Schedule runOnce(Date runTime) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Schedule forCronExpression(String cronExpression) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
