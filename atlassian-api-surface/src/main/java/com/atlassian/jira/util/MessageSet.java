package com.atlassian.jira.util;

import java.util.Set;

// Source: CONDEC imports MessageSet (SearchService#validateQuery); SLACK-J10 (SearchService.ParseResult#getErrors)
// UNVERIFIED: member list (hasAnyErrors, getErrorMessages) inferred.
public interface MessageSet {
    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}
