package dev.handoff.jira.admin;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class AdminPageServletTest {

    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class);
    private final RequiredResources resources = mock(RequiredResources.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final ApplicationProperties properties = mock(ApplicationProperties.class);
    private final AdminPageServlet servlet = new AdminPageServlet(users, login, webSudo, renderer, pageBuilder, i18n, properties);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final UserKey admin = mock(UserKey.class);

    @BeforeEach
    void setUp() throws Exception {
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        when(i18n.getText(anyString())).thenAnswer(i -> "T:" + i.getArgument(0));
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/handoff/admin");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page_and_back() throws Exception {
        when(login.getLoginUri(URI.create("/jira/plugins/servlet/handoff/admin"))).thenReturn(URI.create("/jira/login.jsp?back"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?back");
        verifyNoInteractions(renderer);
    }

    @Test
    void a_user_who_is_not_an_administrator_gets_403() throws Exception {
        when(users.getRemoteUserKey(request)).thenReturn(admin);

        servlet.doGet(request, response);

        verify(response).sendError(403);
        verifyNoInteractions(renderer, webSudo);
    }

    @Test
    void an_administrator_without_a_websudo_session_is_asked_to_confirm_first() throws Exception {
        when(users.getRemoteUserKey(request)).thenReturn(admin);
        when(users.isAdmin(admin)).thenReturn(true);

        servlet.doGet(request, response);

        verify(webSudo).enforceWebSudoProtection(request, response);
        verifyNoInteractions(renderer);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_in_a_websudo_session_gets_the_shell_with_its_scripts_and_labels_only() throws Exception {
        when(users.getRemoteUserKey(request)).thenReturn(admin);
        when(users.isSystemAdmin(admin)).thenReturn(true);
        when(webSudo.canExecuteRequest(request)).thenReturn(true);

        servlet.doGet(request, response);

        verify(resources).requireWebResource("dev.handoff.jira:handoff-admin-resources");
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq("templates/admin/handoff-admin.vm"), context.capture(), any());
        assertThat(context.getValue()).containsOnlyKeys("restBase", "title", "labels");
        assertThat(context.getValue()).containsEntry("restBase", "/jira/rest/handoff/1.0")
                .containsEntry("title", "T:handoff.admin.title");
        List<AdminPageLabel> labels = (List<AdminPageLabel>) context.getValue().get("labels");
        assertThat(labels).hasSize(AdminPageLabel.IDS.size());
        assertThat(labels.get(AdminPageLabel.IDS.indexOf("modelUrl.help")).getAttribute()).isEqualTo("data-i18n-modelurl-help");
        verify(response, never()).sendError(any(Integer.class));
    }

    @Test
    void a_request_path_that_is_no_uri_returns_to_the_admin_page_after_login() throws Exception {
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/handoff/admin/<x y>");
        when(request.getContextPath()).thenReturn("/jira");
        when(login.getLoginUri(URI.create("/jira/plugins/servlet/handoff/admin"))).thenReturn(URI.create("/jira/login.jsp"));

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp");
    }
}
