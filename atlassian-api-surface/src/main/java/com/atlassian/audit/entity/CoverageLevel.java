package com.atlassian.audit.entity;

// Source: DEC-P6 atlassian-audit-api 1.16.2
public enum CoverageLevel {
    BASE,
    ADVANCED,
    FULL
}
