package com.atlassian.jira.issue.customfields;

// Source: jira-api reference §2.3 (createCustomField parameter), §3.3 (searcher modules).
// UNVERIFIED: members not declared: Handoff only passes a searcher obtained from CustomFieldManager along.
public interface CustomFieldSearcher {
}
