package com.atlassian.jira.entity.property;

// Source: jira-api EntityProperty (public scripts call getValue() for the property's JSON).
// UNVERIFIED: only getValue() declared.
public interface EntityProperty {
    String getValue();
}
