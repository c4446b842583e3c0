package com.atlassian.jira.issue.issuetype;

// Source: DOC-7 (return type of Issue#getIssueType, §2.1); package in SLACK-J10 Import-Package (§13.2)
// UNVERIFIED: member list (getId, getName, isSubTask) inferred, not listed in the reference.
public interface IssueType {
    String getId();

    String getName();

    boolean isSubTask();
}
