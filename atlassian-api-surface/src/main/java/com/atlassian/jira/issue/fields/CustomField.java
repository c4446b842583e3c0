package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;

// Source: DOC-7 CustomField; getValue(Issue) public-source usage; SP-10 allowlist ImmutableCustomField#getFieldName()
// UNVERIFIED: supertypes (NavigableField, HideableField, ConfigurableField, ...) are not declared here.
public interface CustomField {
    String getId();

    Long getIdAsLong();

    String getFieldName();

    String getUntranslatedName();

    Object getValue(Issue issue);
}
