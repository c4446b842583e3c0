package dev.handoff.jira.rest;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import dev.handoff.jira.admin.AdminService;
import dev.handoff.jira.knowledge.KnowledgeAdmin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class AdminResourceTest {

    private final UserManager users = mock(UserManager.class);
    private final AdminService admin = mock(AdminService.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final KnowledgeAdmin knowledge = mock(KnowledgeAdmin.class);
    private final AdminResource resource = new AdminResource(users, projects, admin, knowledge);
    private final UserKey alice = mock(UserKey.class);

    @BeforeAll
    static void jaxRs() {
        FakeJaxRs.install();
    }

    @Test
    void an_anonymous_caller_gets_401_and_nothing_is_read_or_written() {
        assertThat(resource.config().getStatus()).isEqualTo(401);
        assertThat(resource.save("{}").getStatus()).isEqualTo(401);
        verifyNoInteractions(admin);
    }

    @Test
    void a_user_who_is_not_an_administrator_gets_403_and_nothing_is_read_or_written() {
        when(users.getRemoteUserKey()).thenReturn(alice);

        Response get = resource.config();
        Response put = resource.save("{}");
        Response probe = resource.testConnection("{}");
        Response upload = resource.importDocuments(1, "runbooks.zip", new java.io.ByteArrayInputStream(new byte[] {1}));
        Response sources = resource.knowledge();

        assertThat(get.getStatus()).isEqualTo(403);
        assertThat(put.getStatus()).isEqualTo(403);
        assertThat(probe.getStatus()).isEqualTo(403);
        assertThat(upload.getStatus()).isEqualTo(403);
        assertThat(sources.getStatus()).isEqualTo(403);
        verifyNoInteractions(admin, knowledge);
    }

    @Test
    void jira_administrators_and_system_administrators_get_the_service_answer() {
        when(users.getRemoteUserKey()).thenReturn(alice);
        when(users.isAdmin(alice)).thenReturn(true);
        when(alice.getStringValue()).thenReturn("alice-key");
        when(admin.save("alice-key", "{}")).thenReturn(new AdminService.Answer(400, "{\"error\":\"x\",\"field\":\"y\"}"));

        Response r = resource.save("{}");

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getEntity()).isEqualTo("{\"error\":\"x\",\"field\":\"y\"}");

        UserKey root = mock(UserKey.class);
        when(users.getRemoteUserKey()).thenReturn(root);
        when(users.isSystemAdmin(root)).thenReturn(true);
        when(admin.config()).thenReturn(new AdminService.Answer(200, "{}"));
        assertThat(resource.config().getStatus()).isEqualTo(200);
    }

    @Test
    void an_unexpected_failure_is_a_500_without_details() {
        when(users.getRemoteUserKey()).thenReturn(alice);
        when(users.isAdmin(alice)).thenReturn(true);
        when(admin.config()).thenThrow(new IllegalStateException("db password=hunter2"));

        Response r = resource.config();

        assertThat(r.getStatus()).isEqualTo(500);
        assertThat((String) r.getEntity()).doesNotContain("hunter2");
    }

    @Test
    void the_resource_is_admin_only_and_every_write_needs_a_websudo_session() {
        assertThat(AdminResource.class.isAnnotationPresent(AdminOnly.class)).isTrue();
        Method[] writes = Arrays.stream(AdminResource.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(POST.class)
                        || m.isAnnotationPresent(javax.ws.rs.DELETE.class)).toArray(Method[]::new);
        assertThat(writes).extracting(Method::getName).containsExactlyInAnyOrder("save", "saveProject", "testConnection",
                "addSource", "updateSource", "deleteSource", "importDocuments");
        assertThat(writes).allMatch(m -> m.isAnnotationPresent(WebSudoRequired.class));
        assertThat(Arrays.stream(AdminResource.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(GET.class)))
                .extracting(Method::getName).containsExactlyInAnyOrder("config", "project", "knowledge");
    }

    @Test
    void project_overrides_exist_only_for_a_project_jira_knows_by_exactly_that_key() {
        when(users.getRemoteUserKey()).thenReturn(alice);
        when(users.isAdmin(alice)).thenReturn(true);
        Project sd = mock(Project.class);
        when(sd.getKey()).thenReturn("SD");
        when(projects.getProjectObjByKey("SD")).thenReturn(sd);
        when(projects.getProjectObjByKey("sd")).thenReturn(sd);
        when(alice.getStringValue()).thenReturn("alice-key");
        when(admin.saveProject("alice-key", "SD", "{}")).thenReturn(new AdminService.Answer(200, "{}"));

        assertThat(resource.saveProject("SD", "{}").getStatus()).isEqualTo(200);
        assertThat(resource.saveProject("sd", "{}").getStatus()).isEqualTo(404);
        assertThat(resource.project("NOPE").getStatus()).isEqualTo(404);
        verify(admin, never()).saveProject(any(), eq("sd"), any());
    }

    @Test
    void an_upload_beyond_the_limit_is_refused_without_reading_all_of_it() {
        when(users.getRemoteUserKey()).thenReturn(alice);
        when(users.isAdmin(alice)).thenReturn(true);
        when(alice.getStringValue()).thenReturn("alice-key");
        int[] read = {0};
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }
        };

        Response r = resource.importDocuments(1, "runbooks.zip", endless);

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat((String) r.getEntity()).contains("larger than 64 MB");
        assertThat(read[0]).isEqualTo(AdminResource.MAX_UPLOAD_BYTES + 1);
        verifyNoInteractions(knowledge);
    }
}
