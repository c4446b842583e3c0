package com.atlassian.audit.entity;

// Source: DEC-P6 atlassian-audit-api 1.16.2
// UNVERIFIED: atlassian-audit-api version shipped in Jira 10.3 (§11.1); members seen in 1.16.2 (Platform 6).
public enum CoverageArea {
    AUDIT_LOG,
    GLOBAL_CONFIG_AND_ADMINISTRATION,
    USER_MANAGEMENT,
    PERMISSIONS,
    LOCAL_CONFIG_AND_ADMINISTRATION,
    SECURITY,
    END_USER_ACTIVITY,
    ECOSYSTEM
}
