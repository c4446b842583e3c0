package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

// Source: brief; base of IssueService results (DOC-7 IssueService, §2.7)
// UNVERIFIED: not listed in the reference; members isValid/getErrorCollection inferred (WarningCollection omitted).
public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}
