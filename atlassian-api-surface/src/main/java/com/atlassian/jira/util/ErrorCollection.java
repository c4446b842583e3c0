package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

// Source: brief (bc.ServiceResult#getErrorCollection); package com.atlassian.jira.util in SLACK-J10 Import-Package (§13.2)
// UNVERIFIED: member list not in the reference (well-known Jira API, inferred).
public interface ErrorCollection {
    void addErrorMessage(String message);

    void addError(String field, String message);

    boolean hasAnyErrors();

    Collection<String> getErrorMessages();

    Map<String, String> getErrors();
}
