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

/**
 * Supplies the add/edit/view templates of the post-function and turns the form into stored arguments. Each argument
 * may be left to the project ("" stored): then the project's settings, or the global ones, decide (EffectiveSettings).
 */
@Named
public class DraftEscalationFunctionFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginFunctionFactory {

    static final String TIER = "targetTier";
    static final String POST = "postAsComment";
    /** The form value and stored argument meaning "as the project says". */
    static final String PROJECT_DEFAULT = "";

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put(TIER, PROJECT_DEFAULT);
        velocityParams.put(POST, PROJECT_DEFAULT);
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
        velocityParams.put(TIER, tier(args.get(HandoffKeys.ARG_TARGET_TIER)));
        velocityParams.put(POST, post(args.get(HandoffKeys.ARG_POST_AS_COMMENT)));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Map<String, String> out = new HashMap<>();
        out.put(HandoffKeys.ARG_TARGET_TIER, tier(first(formParams.get(TIER))));
        out.put(HandoffKeys.ARG_POST_AS_COMMENT, post(first(formParams.get(POST))));
        return out;
    }

    /** "1".."3", or "" for the project's tier; anything else is "". */
    static String tier(Object value) {
        String s = value == null ? "" : value.toString().trim();
        return s.matches("[123]") ? s : PROJECT_DEFAULT;
    }

    /** "true", "false", or "" for the project's choice. */
    static String post(Object value) {
        String s = value == null ? "" : value.toString().trim();
        return s.equals("true") || s.equals("false") ? s : PROJECT_DEFAULT;
    }

    /** Jira hands form values over as String[]. */
    private static String first(Object value) {
        if (value instanceof String[] array) {
            return array.length == 0 ? null : array[0];
        }
        return value == null ? null : value.toString();
    }
}
