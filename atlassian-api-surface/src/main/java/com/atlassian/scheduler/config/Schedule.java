package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.TimeZone;

// Source: DEC-P6 atlassian-scheduler-api 4.1.0 (final; getType/getIntervalScheduleInfo/getCronScheduleInfo not mirrored)
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
