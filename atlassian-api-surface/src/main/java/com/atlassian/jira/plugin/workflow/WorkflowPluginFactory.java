package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

// Source: DOC-7 /jira/4.0/.../WorkflowPluginFactory.html (same shape in 7.x); SP-10 StartSessionWorkflowFunctionFactory
public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
