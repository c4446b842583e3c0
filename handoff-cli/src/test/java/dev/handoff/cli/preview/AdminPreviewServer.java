package dev.handoff.cli.preview;

import dev.handoff.jira.fakes.InMemoryKnowledgeStore;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.handoff.core.json.Json;
import dev.handoff.core.render.HtmlEscape;
import dev.handoff.jira.admin.AdminPageLabel;
import dev.handoff.jira.admin.AdminService;
import dev.handoff.jira.operations.HealthReport;
import dev.handoff.jira.operations.WhereUsed;
import dev.handoff.jira.permission.PermissionKeys;
import dev.handoff.jira.permission.TierResolver;
import dev.handoff.jira.settings.HandoffSettingsWriter;
import dev.handoff.jira.settings.PluginSettingsHandoffSettings;
import dev.handoff.jira.settings.ProjectSettingsStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The admin screen outside Jira, for the browser test: the shell as {@code handoff-admin.vm} writes it, the plugin's
 * own {@code admin/} script and styles, and {@code /rest/handoff/1.0/admin/...} answered by the plugin's
 * {@link AdminService} over SAL settings kept in maps, with projects SD and HW, and {@code /rest/handoff/1.0/operations/...}
 * answered by the plugin's health and where-used reports over {@link PreviewOperations}. Loopback only; no login, no
 * WebSudo (Jira's part).
 */
final class AdminPreviewServer implements AutoCloseable {

    static final String REST = "/rest/handoff/1.0/admin/";
    static final String OPERATIONS = "/rest/handoff/1.0/operations/";
    static final String TITLE = "Handoff admin preview \u2014 offline, not Jira";

    /** The stored global settings, as SAL would hold them. */
    final Map<String, Object> stored = new ConcurrentHashMap<>();
    /** Project-scoped settings by project key. */
    final Map<String, Map<String, Object>> projects = new ConcurrentHashMap<>();
    /** What Handoff's jobs store for themselves (the purge job's last run), apart from the admin's settings. */
    final Map<String, Object> jobState = new ConcurrentHashMap<>();
    /** The projects this "Jira" has. */
    private static final Set<String> PROJECT_KEYS = Set.of("SD", "HW");
    /** The one administrator of the preview. */
    private static final String PREVIEW_USER = "preview-admin";
    private final HttpServer http;
    private final AdminService admin;
    private final HealthReport health;
    private final InMemoryKnowledgeStore knowledge = new InMemoryKnowledgeStore();
    private final WhereUsed whereUsed = PreviewOperations.whereUsed();
    private final String page;

    private AdminPreviewServer(Properties bundle) throws IOException {
        PluginSettingsFactory sal = new PluginSettingsFactory() {
            @Override
            public PluginSettings createSettingsForKey(String key) {
                return settings(projects.computeIfAbsent(key, k -> new ConcurrentHashMap<>()));
            }

            @Override
            public PluginSettings createGlobalSettings() {
                return settings(stored);
            }
        };
        PluginSettingsHandoffSettings settings = new PluginSettingsHandoffSettings(sal);
        // the tier resolver reads group names only; group membership and permissions are never asked here
        admin = new AdminService(settings, new TierResolver(sal, null, null, new PermissionKeys()),
                new HandoffSettingsWriter(sal), new ProjectSettingsStore(sal, settings), changes -> { });
        health = PreviewOperations.health(settings, PreviewOperations.withJobState(sal, jobState), knowledge);
        page = page(bundle);
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", this::handle);
        http.start();
    }

    private static PluginSettings settings(Map<String, Object> map) {
        return new PluginSettings() {
            @Override
            public Object get(String key) {
                return map.get(key);
            }

            @Override
            public Object put(String key, Object value) {
                return map.put(key, value);
            }

            @Override
            public Object remove(String key) {
                return map.remove(key);
            }
        };
    }

    /** Serves on a free loopback port; {@code bundle} is the i18n bundle the labels come from. */
    static AdminPreviewServer start(Properties bundle) throws IOException {
        return new AdminPreviewServer(bundle);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/admin");
    }

    @Override
    public void close() {
        http.stop(0);
    }

    private static String page(Properties bundle) {
        StringBuilder shell = new StringBuilder("<div class=\"handoff-admin\" data-rest-base=\"/rest/handoff/1.0\"");
        for (String id : AdminPageLabel.IDS) {
            String text = bundle.getProperty(AdminPageLabel.i18nKey(id));
            shell.append("\n     ").append(AdminPageLabel.attributeName(id)).append("=\"")
                    .append(HtmlEscape.escape(text == null ? "" : text)).append('"');
        }
        shell.append("></div>");
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>%s</title>
                <link rel="stylesheet" href="/admin/handoff-admin.css"></head>
                <body style="margin:16px;font-family:sans-serif">
                %s
                <script src="/admin/handoff-admin.js"></script>
                </body>
                </html>
                """.formatted(HtmlEscape.escape(TITLE), shell);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (path.equals("/admin") && method.equals("GET")) {
            send(ex, 200, "text/html; charset=utf-8", page);
        } else if ((path.equals("/admin/handoff-admin.js") || path.equals("/admin/handoff-admin.css")) && method.equals("GET")) {
            try (InputStream in = AdminPreviewServer.class.getResourceAsStream(path)) {
                String type = path.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
                send(ex, 200, type, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } else if (path.equals(REST + "config") && method.equals("GET")) {
            answer(ex, admin.config());
        } else if (path.equals(REST + "config") && method.equals("PUT")) {
            answer(ex, admin.save(PREVIEW_USER, body(ex)));
        } else if (path.startsWith(REST + "project/")) {
            // as AdminResource: only projects that exist, under their exact key
            String key = path.substring((REST + "project/").length());
            if (!PROJECT_KEYS.contains(key)) {
                answer(ex, AdminService.error(404, "There is no project with this key.", "projectKey"));
            } else if (method.equals("GET")) {
                answer(ex, admin.project(key));
            } else if (method.equals("PUT")) {
                answer(ex, admin.saveProject(PREVIEW_USER, key, body(ex)));
            } else {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed");
            }
        } else if (path.equals(REST + "test-connection") && method.equals("POST")) {
            answer(ex, admin.testConnection(body(ex)));
        } else if (path.equals(OPERATIONS + "health") && method.equals("GET")) {
            send(ex, 200, "application/json; charset=utf-8", Json.write(health.build()));
        } else if (path.equals(OPERATIONS + "where-used") && method.equals("GET")) {
            send(ex, 200, "application/json; charset=utf-8", Json.write(WhereUsed.json(whereUsed.uses())));
        } else {
            send(ex, 404, "text/plain; charset=utf-8", "not found");
        }
    }

    private static String body(HttpExchange ex) throws IOException {
        return new String(ex.getRequestBody().readNBytes(64 * 1024), StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange ex, AdminService.Answer a) throws IOException {
        send(ex, a.status(), "application/json; charset=utf-8", a.json());
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }
}
