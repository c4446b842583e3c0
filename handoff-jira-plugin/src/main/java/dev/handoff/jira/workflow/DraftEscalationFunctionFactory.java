package dev.handoff.jira.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import dev.handoff.jira.HandoffKeys;

import javax.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Supplies the add/edit/view templates of the post-function and turns the form into stored arguments. */
@Named
public class DraftEscalationFunctionFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginFunctionFactory {

    static final String TIER = "targetTier";
    static final String POST = "postAsComment";

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put(TIER, "2");
        velocityParams.put(POST, Boolean.FALSE);
        velocityParams.put("tiers", List.of("1", "2", "3"));
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        getVelocityParamsForInput(velocityParams);
        getVelocityParamsForView(velocityParams, descriptor);
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        Map<?, ?> args = descriptor instanceof FunctionDescriptor ? ((FunctionDescriptor) descriptor).getArgs() : Map.of();
        velocityParams.put(TIER, String.valueOf(DraftEscalationFunction.FunctionArguments.targetTier(args)));
        velocityParams.put(POST, DraftEscalationFunction.FunctionArguments.postAsComment(args));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Map<String, String> out = new HashMap<>();
        String tier = first(formParams.get(TIER));
        out.put(HandoffKeys.ARG_TARGET_TIER, tier != null && tier.matches("[123]") ? tier : "2");
        out.put(HandoffKeys.ARG_POST_AS_COMMENT, String.valueOf(first(formParams.get(POST)) != null));
        return out;
    }

    /** Jira hands form values over as String[]. */
    private static String first(Object value) {
        if (value instanceof String[] array) {
            return array.length == 0 ? null : array[0];
        }
        return value == null ? null : value.toString();
    }
}
