package com.atlassian.audit.api;

import com.atlassian.audit.entity.AuditEvent;

// Source: DEC-P6 atlassian-audit-api 1.16.2 (version in Jira 10 UNVERIFIED in the reference)
public interface AuditService {
    void audit(AuditEvent event);
}
