package dev.handoff.jira.audit;

import java.util.List;

/** Where a saved configuration's changes are reported; Jira's audit log in Jira, nothing in the offline preview. */
@FunctionalInterface
public interface ConfigChangeAudit {

    void configChanged(List<JiraAuditTrail.Change> changes);
}
