package com.atlassian.jira.workflow.function.issue;

import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.opensymphony.workflow.FunctionProvider;
import java.util.Map;

// Source: JSRC-old AbstractJiraFunctionProvider.java; extended in SP-9/SP-10 workflow/StartSessionWorkflowFunction.java, SLACK-J10
// execute(Map, Map, PropertySet) throws WorkflowException is inherited (abstract) from the real OSWorkflow FunctionProvider.
@SuppressWarnings("rawtypes")
public abstract class AbstractJiraFunctionProvider extends WorkflowFunctionUtils implements FunctionProvider {
    public AbstractJiraFunctionProvider() {
    }

    protected MutableIssue getIssue(Map transientVars) throws DataAccessException {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
