package com.atlassian.jira.issue.context;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

// Source: DOC-7 (Issue extends IssueContext, §2.1)
// UNVERIFIED: member list inferred (package seen in public plugin imports found via search).
public interface IssueContext {
    Project getProjectObject();

    Long getProjectId();

    IssueType getIssueType();

    String getIssueTypeId();
}
