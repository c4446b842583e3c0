package dev.handoff.jira.operations;

import static dev.handoff.jira.fakes.Workflows.transition;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.WorkflowException;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class WhereUsedTest {

    private static JiraWorkflow workflow(String name, boolean active, ActionDescriptor... actions) throws WorkflowException {
        JiraWorkflow w = mock(JiraWorkflow.class);
        when(w.getName()).thenReturn(name);
        when(w.isActive()).thenReturn(active);
        when(w.getAllActions()).thenReturn(List.of(actions));
        return w;
    }

    @Test
    void it_lists_every_transition_that_names_the_post_function_or_the_validator_and_nothing_else() throws Exception {
        List<JiraWorkflow> all = List.of(
                workflow("IT Service Desk", true,
                        transition("Escalate to tier 2", "dev.handoff.jirahandoff-draft-escalation-function",
                                "dev.handoff.jirahandoff-context-complete-validator"),
                        transition("Resolve", "com.atlassian.jira.plugin.system.workflowupdateissuestatus-function", null)),
                workflow("Old desk (inactive)", false,
                        transition("Escalate", "dev.handoff.jirahandoff-draft-escalation-function", null)),
                workflow("Software", true, transition("Done", null, null)));
        WorkflowManager manager = mock(WorkflowManager.class);
        when(manager.getWorkflows()).thenReturn(all);

        List<WhereUsed.Use> uses = new WhereUsed(manager).uses();

        assertThat(uses).containsExactlyInAnyOrder(
                new WhereUsed.Use("IT Service Desk", true, "Escalate to tier 2", "handoff-context-complete-validator"),
                new WhereUsed.Use("IT Service Desk", true, "Escalate to tier 2", "handoff-draft-escalation-function"),
                new WhereUsed.Use("Old desk (inactive)", false, "Escalate", "handoff-draft-escalation-function"));
    }

    @Test
    void a_descriptor_that_only_names_one_of_our_classes_is_reported_too() {
        FunctionDescriptor f = new FunctionDescriptor();
        f.getArgs().put("class.name", "dev.handoff.jira.workflow.DraftEscalationFunction");

        assertThat(WhereUsed.handoffModule(f)).isEqualTo("dev.handoff.jira.workflow.DraftEscalationFunction");
    }
}
