package com.atlassian.scheduler.config;

// Source: DEC-P6 atlassian-scheduler-api 4.1.0
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
