package dev.handoff.jira.validator;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import dev.handoff.jira.HandoffKeys;
import dev.handoff.jira.workflow.DraftEscalationFunction;

import javax.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The validator's only argument is the tier the transition escalates to: it decides which comments count, the same
 * audience the draft is built for. It shares the post-function's frozen argument name.
 */
@Named
public class EscalationContextValidatorFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginValidatorFactory {

    static final String TIER = "targetTier";

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put(TIER, "2");
        velocityParams.put("tiers", List.of("1", "2", "3"));
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        getVelocityParamsForInput(velocityParams);
        getVelocityParamsForView(velocityParams, descriptor);
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        Map<?, ?> args = descriptor instanceof ValidatorDescriptor v ? v.getArgs() : Map.of();
        velocityParams.put(TIER, String.valueOf(DraftEscalationFunction.FunctionArguments.targetTier(args)));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Object raw = formParams.get(TIER);
        String tier = raw instanceof String[] a ? (a.length == 0 ? null : a[0]) : raw == null ? null : raw.toString();
        return Map.of(HandoffKeys.ARG_TARGET_TIER, tier != null && tier.matches("[123]") ? tier : "2");
    }
}
