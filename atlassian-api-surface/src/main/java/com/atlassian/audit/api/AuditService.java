package com.atlassian.audit.api;

import com.atlassian.audit.entity.AuditEvent;

// Source: DEC-P6 atlassian-audit-api 1.16.2
// UNVERIFIED: atlassian-audit-api version shipped in Jira 10.3 (§11.1); members seen in 1.16.2 (Platform 6).
public interface AuditService {
    void audit(AuditEvent event);
}
