package com.atlassian.jira.issue;

// Source: DOC-7 IssueInputParameters; CONDEC MockIssueInputParameters. Package com.atlassian.jira.issue (the §2.7 heading groups it under
// com.atlassian.jira.bc.issue, but public plugin sources found via search all import com.atlassian.jira.issue.IssueInputParameters).
// UNVERIFIED: for Jira 10 (with IssueService).
public interface IssueInputParameters {
    IssueInputParameters addCustomFieldValue(Long customFieldId, String... values);

    IssueInputParameters addCustomFieldValue(String fullCustomFieldKey, String... values);

    IssueInputParameters setComment(String comment);
}
