package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;

// Source: DOC-7 MutableIssue; setDescription seen in public-source post-function samples
public interface MutableIssue extends Issue {
    void setCustomFieldValue(CustomField customField, Object value);

    void setDescription(String description);

    void setSummary(String summary);

    void setEnvironment(String environment);

    void setAssignee(ApplicationUser assignee);
}
