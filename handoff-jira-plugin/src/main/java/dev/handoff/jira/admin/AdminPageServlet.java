package dev.handoff.jira.admin;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.handoff.core.render.HtmlEscape;
import dev.handoff.jira.HandoffKeys;
import dev.handoff.jira.web.RestBase;

import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Jira administration → Manage apps → Handoff ({@code /plugins/servlet/handoff/admin}). A data-free shell: the REST
 * base and the translated labels; {@code admin/handoff-admin.js} reads and writes the configuration over REST. Anonymous
 * callers are sent to the login page, non-administrators get 403, and the page opens only in a WebSudo (secure
 * administrator) session, which the REST writes need as well.
 */
@Named
public class AdminPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/admin/handoff-admin.vm";
    static final String WEB_RESOURCES = HandoffKeys.PLUGIN_KEY + ":handoff-admin-resources";
    /** The servlet's address without the context path ({@code <url-pattern>} in atlassian-plugin.xml). */
    static final String PATH = "/plugins/servlet/handoff/admin";

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WebSudoManager webSudoManager;
    private final transient TemplateRenderer templateRenderer;
    private final transient PageBuilderService pageBuilderService;
    private final transient I18nResolver i18n;
    private final transient ApplicationProperties applicationProperties;

    @Inject
    public AdminPageServlet(@ComponentImport("salUserManager") UserManager userManager,
                            @ComponentImport LoginUriProvider loginUriProvider,
                            @ComponentImport WebSudoManager webSudoManager,
                            @ComponentImport TemplateRenderer templateRenderer,
                            @ComponentImport PageBuilderService pageBuilderService,
                            @ComponentImport I18nResolver i18n,
                            @ComponentImport ApplicationProperties applicationProperties) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
        this.templateRenderer = templateRenderer;
        this.pageBuilderService = pageBuilderService;
        this.i18n = i18n;
        this.applicationProperties = applicationProperties;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey(request);
        if (user == null) {
            response.sendRedirect(loginUriProvider.getLoginUri(returnUri(request)).toASCIIString());
            return;
        }
        if (!userManager.isSystemAdmin(user) && !userManager.isAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!webSudoManager.canExecuteRequest(request)) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return;
        }
        webSudoManager.willExecuteWebSudoRequest(request);
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCES);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        templateRenderer.render(TEMPLATE, context(), response.getWriter());
    }

    /** Only escaped strings and labels: no setting value is ever part of the page. */
    Map<String, Object> context() {
        Map<String, Object> context = new HashMap<>();
        context.put("restBase", HtmlEscape.escape(RestBase.path(applicationProperties)));
        context.put("title", HtmlEscape.escape(i18n.getText(AdminPageLabel.i18nKey("title"))));
        context.put("labels", AdminPageLabel.all(i18n::getText));
        return context;
    }

    /** Back to this page after login: the request path (never another host); the query is not needed. */
    private static URI returnUri(HttpServletRequest request) {
        try {
            return URI.create(request.getRequestURI());
        } catch (IllegalArgumentException e) {
            return URI.create(request.getContextPath() + PATH);
        }
    }
}
