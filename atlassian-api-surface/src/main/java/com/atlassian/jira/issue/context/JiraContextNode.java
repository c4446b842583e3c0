package com.atlassian.jira.issue.context;

// Source: jira-api reference §2.3 (createCustomField's contexts parameter).
// UNVERIFIED: members not declared.
public interface JiraContextNode {
}
