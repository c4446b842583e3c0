package com.atlassian.jira.issue.context;

// Source: jira-api ProjectContext (a project-scoped field context).
// UNVERIFIED: the (Long projectId) constructor for Jira 10; not in the reference.
public class ProjectContext implements JiraContextNode {
    public ProjectContext(Long projectId) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
