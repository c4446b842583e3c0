package com.atlassian.jira.workflow;

import com.opensymphony.workflow.WorkflowException;
import com.opensymphony.workflow.loader.ActionDescriptor;

import java.util.Collection;

// Source: jira-api JiraWorkflow (public API).
// UNVERIFIED: not in the reference; member list limited to what Handoff calls; isActive's checked exception assumed.
public interface JiraWorkflow {
    String getName();

    Collection<ActionDescriptor> getAllActions();

    boolean isActive() throws WorkflowException;
}
