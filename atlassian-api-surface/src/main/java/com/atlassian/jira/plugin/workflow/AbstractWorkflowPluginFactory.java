package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Collection;
import java.util.Map;

// Source: DOC-7 AbstractWorkflowPluginFactory; SP-10 workflow/StartSessionWorkflowFunctionFactory.java (hook signatures, Jira 10.3)
// Constructor is empty (not throwing) so plugin factories can be instantiated in unit tests.
// getDescriptorParams(Map<String,Object>) stays abstract (inherited from WorkflowPluginFactory), implemented by the subclass.
@SuppressWarnings("rawtypes")
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {
    public AbstractWorkflowPluginFactory() {
    }

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    // UNVERIFIED: DOC-7 names only; exact parameter generics not seen.
    protected String extractSingleParam(Map<String, Object> conditionParams, String paramName) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: DOC-7 names only; exact parameter generics not seen.
    protected Collection<String> extractMultipleParams(Map<String, Object> conditionParams, Collection<String> paramNames) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: DOC-7 names only; raw Map return as in the reference.
    protected Map createMap(String paramName, String arg) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
