package com.atlassian.jira.plugin.workflow;

// Source: SP-10 workflow/StartSessionWorkflowFunctionFactory.java (implemented together with AbstractWorkflowPluginFactory)
public interface WorkflowPluginFunctionFactory extends WorkflowPluginFactory {
}
