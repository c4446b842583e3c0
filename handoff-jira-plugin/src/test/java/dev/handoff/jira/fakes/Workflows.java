package dev.handoff.jira.fakes;

import com.atlassian.jira.workflow.JiraWorkflow;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;

import java.util.Collection;
import java.util.List;

/** Workflows as Jira stores them: transitions naming post-functions and validators by their full module key. */
public final class Workflows {

    private Workflows() {
    }

    /** A transition with the given post-function and validator module keys (null: none). */
    @SuppressWarnings("unchecked")
    public static ActionDescriptor transition(String name, String postFunctionKey, String validatorKey) {
        ActionDescriptor action = new ActionDescriptor();
        action.setName(name);
        ResultDescriptor result = new ResultDescriptor();
        action.setUnconditionalResult(result);
        if (postFunctionKey != null) {
            FunctionDescriptor f = new FunctionDescriptor();
            f.setType("class");
            f.getArgs().put("full.module.key", postFunctionKey);
            result.getPostFunctions().add(f);
        }
        if (validatorKey != null) {
            ValidatorDescriptor v = new ValidatorDescriptor();
            v.setType("class");
            v.getArgs().put("full.module.key", validatorKey);
            action.getValidators().add(v);
        }
        return action;
    }

    public static JiraWorkflow workflow(String name, boolean active, ActionDescriptor... actions) {
        return new JiraWorkflow() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Collection<ActionDescriptor> getAllActions() {
                return List.of(actions);
            }

            @Override
            public boolean isActive() {
                return active;
            }
        };
    }
}
