package dev.handoff.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import dev.handoff.core.model.Slot;
import dev.handoff.jira.fields.EnvironmentFieldCreator;
import dev.handoff.jira.operations.HealthReport;
import dev.handoff.jira.operations.WhereUsed;
import dev.handoff.jira.permission.TierResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.ws.rs.core.Response;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class OperationsResourceTest {

    private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    private final TierResolver tiers = mock(TierResolver.class);
    private final HealthReport health = mock(HealthReport.class);
    private final WhereUsed whereUsed = mock(WhereUsed.class);
    private final EnvironmentFieldCreator creator = mock(EnvironmentFieldCreator.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final OperationsResource resource = new OperationsResource(auth, tiers, health, whereUsed, creator, projects);

    @BeforeAll
    static void jaxRs() {
        FakeJaxRs.install();
    }

    @Test
    void somebody_who_is_not_a_jira_administrator_gets_404_and_no_report_is_built() {
        ApplicationUser agent = mock(ApplicationUser.class);
        when(auth.getLoggedInUser()).thenReturn(agent);
        when(tiers.isAdmin(agent)).thenReturn(false);

        assertThat(resource.health().getStatus()).isEqualTo(404);
        assertThat(resource.whereUsed().getStatus()).isEqualTo(404);
        verify(health, never()).build();
        verify(whereUsed, never()).uses();
    }

    @Test
    void an_administrator_gets_the_transitions_that_reference_handoff() {
        ApplicationUser admin = mock(ApplicationUser.class);
        when(auth.getLoggedInUser()).thenReturn(admin);
        when(tiers.isAdmin(admin)).thenReturn(true);
        when(whereUsed.uses()).thenReturn(List.of(new WhereUsed.Use("IT desk", true, "Escalate", "handoff-draft-escalation-function")));

        Response r = resource.whereUsed();

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat((String) r.getEntity()).isEqualTo("{\"uses\":[{\"workflow\":\"IT desk\",\"active\":true,"
                + "\"transition\":\"Escalate\",\"module\":\"handoff-draft-escalation-function\"}]}");
    }

    @Test
    void a_failing_report_answers_500_naming_only_the_kind_of_failure() {
        ApplicationUser admin = mock(ApplicationUser.class);
        when(auth.getLoggedInUser()).thenReturn(admin);
        when(tiers.isAdmin(admin)).thenReturn(true);
        when(health.build()).thenThrow(new IllegalStateException("jdbc:postgresql://db secret"));

        Response r = resource.health();

        assertThat(r.getStatus()).isEqualTo(500);
        assertThat((String) r.getEntity()).contains("IllegalStateException").doesNotContain("secret");
    }

    @Test
    void creating_the_environment_fields_names_an_unknown_project_and_creates_nothing() throws Exception {
        ApplicationUser admin = mock(ApplicationUser.class);
        when(auth.getLoggedInUser()).thenReturn(admin);
        when(tiers.isAdmin(admin)).thenReturn(true);

        Response r = resource.createEnvironmentFields("{\"projectKeys\":[\"NOPE\"]}");

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat((String) r.getEntity()).contains("No project with key NOPE");
        verify(creator, never()).create(org.mockito.ArgumentMatchers.anyList());
    }

    @Test
    void creating_the_environment_fields_reports_each_slots_field() throws Exception {
        ApplicationUser admin = mock(ApplicationUser.class);
        when(auth.getLoggedInUser()).thenReturn(admin);
        when(tiers.isAdmin(admin)).thenReturn(true);
        Project sd = mock(Project.class);
        when(sd.getId()).thenReturn(10000L);
        when(projects.getProjectObjByKey("SD")).thenReturn(sd);
        when(creator.create(List.of(10000L))).thenReturn(List.of(
                new EnvironmentFieldCreator.Result(Slot.DEVICE, "customfield_10500", EnvironmentFieldCreator.Outcome.CREATED)));

        Response r = resource.createEnvironmentFields("{\"projectKeys\":[\"SD\"]}");

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat((String) r.getEntity()).contains("\"slot\":\"device\"", "\"field\":\"customfield_10500\"", "\"outcome\":\"created\"");
    }
}
