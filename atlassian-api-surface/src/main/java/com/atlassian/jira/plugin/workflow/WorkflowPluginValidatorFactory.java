package com.atlassian.jira.plugin.workflow;

// Source: public plugins implementing it next to AbstractWorkflowPluginFactory; WorkflowValidatorModuleDescriptor
// is typed on it. UNVERIFIED: no members of its own (assumed a marker over WorkflowPluginFactory, like the function one).
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
