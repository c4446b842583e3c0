package com.atlassian.jira.workflow;

import java.util.Collection;

// Source: jira-api WorkflowManager (public API; used by workflow-auditing plugins through getWorkflows()).
// UNVERIFIED: not in the reference; only the member Handoff's "where used" report calls is declared.
public interface WorkflowManager {
    Collection<JiraWorkflow> getWorkflows();
}
