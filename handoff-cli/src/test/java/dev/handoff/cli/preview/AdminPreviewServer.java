package dev.handoff.cli.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.handoff.core.json.Json;
import dev.handoff.core.render.HtmlEscape;
import dev.handoff.jira.admin.AdminPageLabel;
import dev.handoff.jira.admin.AdminService;
import dev.handoff.jira.fakes.InMemoryKnowledgeStore;
import dev.handoff.jira.fakes.InMemoryPluginSettings;
import dev.handoff.jira.knowledge.KnowledgeAdmin;
import dev.handoff.jira.knowledge.KnowledgeBase;
import dev.handoff.jira.knowledge.KnowledgeNodes;
import dev.handoff.jira.operations.HealthReport;
import dev.handoff.jira.operations.WhereUsed;
import dev.handoff.jira.permission.PermissionKeys;
import dev.handoff.jira.permission.TierResolver;
import dev.handoff.jira.settings.HandoffSettingsWriter;
import dev.handoff.jira.settings.PluginSettingsHandoffSettings;
import dev.handoff.jira.settings.ProjectSettingsStore;
import dev.handoff.search.KnowledgeQuery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin screen outside Jira, for the browser test: the shell as {@code handoff-admin.vm} writes it, the plugin's
 * own {@code admin/} script and styles, and {@code /rest/handoff/1.0/admin/...} answered by the plugin's
 * {@link AdminService} over SAL settings kept in maps, with projects SD and HW, and by its {@link KnowledgeAdmin} and
 * {@link KnowledgeBase} over a knowledge store kept in memory; {@code /rest/handoff/1.0/operations/...}
 * answered by the plugin's health and where-used reports over {@link PreviewOperations}. Loopback only; no login, no
 * WebSudo (Jira's part). Requests are handled one at a time, on the server's dispatcher thread.
 */
final class AdminPreviewServer implements AutoCloseable {

    static final String REST = "/rest/handoff/1.0/admin/";
    static final String OPERATIONS = "/rest/handoff/1.0/operations/";
    static final String TITLE = "Handoff admin preview \u2014 offline, not Jira";

    private static final Pattern SOURCE = Pattern.compile(Pattern.quote(REST + "knowledge/sources/") + "([0-9]{1,18})(/documents)?");

    private final InMemoryPluginSettings sal = new InMemoryPluginSettings();
    /** The stored global settings, as SAL would hold them. */
    final Map<String, Object> stored = sal.global;
    /** Project-scoped settings by project key. */
    final Map<String, Map<String, Object>> projects = sal.projects;
    /** The approved knowledge sources and their documents, as the database would hold them. */
    final InMemoryKnowledgeStore knowledgeStore = new InMemoryKnowledgeStore();
    /** The Content-Type of the last document upload, as AdminResource would see it. */
    volatile String lastUploadType;
    /** What Handoff's jobs store for themselves (the purge job's last run), apart from the admin's settings. */
    final Map<String, Object> jobState = new ConcurrentHashMap<>();
    /** The projects this "Jira" has. */
    private static final Set<String> PROJECT_KEYS = Set.of("SD", "HW");
    /** The one administrator of the preview. */
    private static final String PREVIEW_USER = "preview-admin";
    private final HttpServer http;
    private final AdminService admin;
    private final HealthReport health;
    private final KnowledgeBase knowledgeBase = new KnowledgeBase(knowledgeStore, new KnowledgeNodes(sal, "preview-node"));
    private final KnowledgeAdmin knowledge = new KnowledgeAdmin(knowledgeStore, knowledgeBase, changes -> { }, key -> key);
    private final WhereUsed whereUsed = PreviewOperations.whereUsed();
    private final String page;

    private AdminPreviewServer(Properties bundle) throws IOException {
        PluginSettingsHandoffSettings settings = new PluginSettingsHandoffSettings(sal);
        // the tier resolver reads group names only; group membership and permissions are never asked here
        admin = new AdminService(settings, new TierResolver(sal, null, null, new PermissionKeys()),
                new HandoffSettingsWriter(sal), new ProjectSettingsStore(sal, settings), changes -> { });
        health = PreviewOperations.health(settings, PreviewOperations.withJobState(sal, jobState), knowledgeStore);
        page = page(bundle);
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", this::handle);
        http.start();
    }

    /** Serves on a free loopback port; {@code bundle} is the i18n bundle the labels come from. */
    static AdminPreviewServer start(Properties bundle) throws IOException {
        return new AdminPreviewServer(bundle);
    }

    /** A search, as a draft job would run one: this node's index is (re)built from the store first. */
    void searchKnowledge(String text) {
        knowledgeBase.search(KnowledgeQuery.of(text), 3, 3);
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
        } else if (path.startsWith(REST + "knowledge")) {
            knowledge(ex, path, method);
        } else if (path.equals(OPERATIONS + "health") && method.equals("GET")) {
            send(ex, 200, "application/json; charset=utf-8", Json.write(health.build()));
        } else if (path.equals(OPERATIONS + "where-used") && method.equals("GET")) {
            send(ex, 200, "application/json; charset=utf-8", Json.write(WhereUsed.json(whereUsed.uses())));
        } else {
            send(ex, 404, "text/plain; charset=utf-8", "not found");
        }
    }

    /** As AdminResource's knowledge methods route them; an id that is not a number is no resource at all. */
    private void knowledge(HttpExchange ex, String path, String method) throws IOException {
        Matcher source = SOURCE.matcher(path);
        if (path.equals(REST + "knowledge") && method.equals("GET")) {
            answer(ex, knowledge.list());
        } else if (path.equals(REST + "knowledge/sources") && method.equals("POST")) {
            answer(ex, knowledge.add(PREVIEW_USER, body(ex)));
        } else if (source.matches() && source.group(2) == null && method.equals("PUT")) {
            answer(ex, knowledge.update(PREVIEW_USER, Long.parseLong(source.group(1)), body(ex)));
        } else if (source.matches() && source.group(2) == null && method.equals("DELETE")) {
            answer(ex, knowledge.delete(PREVIEW_USER, Long.parseLong(source.group(1))));
        } else if (source.matches() && source.group(2) != null && method.equals("POST")) {
            String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
            lastUploadType = type;
            if (!type.equals("application/zip") && !type.equals("application/octet-stream")) {
                send(ex, 415, "text/plain; charset=utf-8", "unsupported media type"); // @Consumes
                return;
            }
            byte[] file = ex.getRequestBody().readAllBytes();
            answer(ex, knowledge.importDocuments(PREVIEW_USER, Long.parseLong(source.group(1)), query(ex, "filename"), file));
        } else {
            send(ex, 404, "text/plain; charset=utf-8", "not found");
        }
    }

    private static String query(HttpExchange ex, String name) {
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
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
