package com.atlassian.jira.issue.customfields;

// Source: jira-api reference §2.3/§3.1 (CustomFieldType<T,S> is the type of a custom field).
// UNVERIFIED: members not declared: Handoff only passes a type obtained from CustomFieldManager to createCustomField.
public interface CustomFieldType<T, S> {
}
