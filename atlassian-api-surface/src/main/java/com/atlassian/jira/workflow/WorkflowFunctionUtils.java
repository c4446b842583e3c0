package com.atlassian.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;

// Source: DOC-7 /jira/latest/com/atlassian/jira/workflow/WorkflowFunctionUtils.html; JSRC-old (ORIGINAL_ISSUE_KEY)
// Superclass of AbstractJiraFunctionProvider: its constructor is empty (not throwing) so plugin subclasses can be instantiated in unit tests.
@SuppressWarnings("rawtypes")
public class WorkflowFunctionUtils {
    public static final String ORIGINAL_ISSUE_KEY = "originalissueobject";

    public WorkflowFunctionUtils() {
    }

    protected ApplicationUser getCallerUser(Map transientVars, Map args) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static String getCallerKey(Map transientVars, Map args) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static ApplicationUser getCallerUserFromArgs(Map transientVars, Map args) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static ApplicationUser getUserByKey(String key) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static void populateParamsWithUser(Map<String, Object> params, ApplicationUser user) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static void populateParamsWithUser(Map<String, Object> params, String userKey) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
