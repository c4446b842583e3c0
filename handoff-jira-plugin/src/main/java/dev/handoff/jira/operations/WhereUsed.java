package dev.handoff.jira.operations;

import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import dev.handoff.jira.HandoffKeys;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which workflows and transitions reference Handoff's post-function or validator. Jira cannot run a transition whose
 * workflow names a module of a disabled app, so an admin reads this before disabling or removing Handoff.
 */
@Named
public class WhereUsed {

    /** What Jira stores in a descriptor's arguments: the plugin key followed directly by the module key. */
    static final String FUNCTION_KEY = HandoffKeys.PLUGIN_KEY + HandoffKeys.WORKFLOW_FUNCTION_MODULE;
    static final String VALIDATOR_KEY = HandoffKeys.PLUGIN_KEY + HandoffKeys.WORKFLOW_VALIDATOR_MODULE;
    private static final String CLASS_PREFIX = "dev.handoff.jira.";

    public record Use(String workflow, boolean active, String transition, String module) {
    }

    private final WorkflowManager workflows;

    @Inject
    public WhereUsed(@ComponentImport WorkflowManager workflows) {
        this.workflows = workflows;
    }

    public List<Use> uses() {
        List<Use> uses = new ArrayList<>();
        for (JiraWorkflow workflow : workflows.getWorkflows()) {
            boolean active = active(workflow);
            for (ActionDescriptor action : workflow.getAllActions()) {
                List<Object> descriptors = new ArrayList<>(action.getValidators());
                descriptors.addAll(action.getPostFunctions());
                if (action.getUnconditionalResult() != null) {
                    descriptors.addAll(action.getUnconditionalResult().getPostFunctions());
                }
                for (Object d : descriptors) {
                    String module = handoffModule(d);
                    if (module != null) {
                        uses.add(new Use(workflow.getName(), active, action.getName(), module));
                    }
                }
            }
        }
        return uses;
    }

    /** The report as the REST resource and the admin screen read it: {@code {"uses": [{workflow, active, transition, module}]}}. */
    public static Map<String, Object> json(List<Use> uses) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Use u : uses) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("workflow", u.workflow());
            row.put("active", u.active());
            row.put("transition", u.transition());
            row.put("module", u.module());
            rows.add(row);
        }
        return Map.of("uses", rows);
    }

    private static boolean active(JiraWorkflow workflow) {
        try {
            return workflow.isActive();
        } catch (Exception e) {
            return true; // unknown counts as in use: the report must not understate a risk
        }
    }

    /** The Handoff module a descriptor names, or null for anybody else's. */
    static String handoffModule(Object descriptor) {
        Map<?, ?> args = descriptor instanceof FunctionDescriptor f ? f.getArgs()
                : descriptor instanceof ValidatorDescriptor v ? v.getArgs() : null;
        if (args == null) {
            return null;
        }
        Object key = args.get("full.module.key");
        Object type = args.get("class.name");
        if (FUNCTION_KEY.equals(key) || VALIDATOR_KEY.equals(key)) {
            return key.toString().substring(HandoffKeys.PLUGIN_KEY.length());
        }
        return type != null && type.toString().startsWith(CLASS_PREFIX) ? type.toString() : null;
    }
}
