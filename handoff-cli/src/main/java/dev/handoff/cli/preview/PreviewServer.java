package dev.handoff.cli.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./handoff preview [--port N] FILE.json}: the issue panel outside Jira. Serves, on 127.0.0.1 only, one page
 * ("Handoff panel preview — offline, not Jira") holding the same shell as the Velocity template, the panel's own
 * script and styles from the classpath ({@code panel/}, copied from the plugin module at build time), and the panel
 * REST contract under {@code /rest/handoff/1.0} answered in memory by a {@link PreviewBackend}.
 */
public final class PreviewServer implements AutoCloseable {

    public static final String REST_BASE = "/rest/handoff/1.0";
    public static final String TITLE = "Handoff panel preview \u2014 offline, not Jira";
    static final int DEFAULT_PORT = 8080;
    static final int MAX_BODY = 64 * 1024;

    private static final String USAGE = "usage: handoff preview [--port N] FILE.json   (--port 0 picks a free port)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ASSETS = List.of("handoff-panel.js", "handoff-panel.css");

    /** Makes the backend for {@code FILE.json}; the default reads a contract body (see {@link #fixtureBackend}). */
    @FunctionalInterface
    public interface BackendFactory {
        PreviewBackend create(Path file) throws IOException;
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final PreviewBackend backend;
    private final String page;

    private PreviewServer(HttpServer http, ExecutorService executor, PreviewBackend backend, String page) {
        this.http = http;
        this.executor = executor;
        this.backend = backend;
        this.page = page;
    }

    // ---------------------------------------------------------------------------------------------- command

    /** Runnable on its own ({@code java -cp handoff-cli.jar dev.handoff.cli.preview.PreviewServer FILE.json}). */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, file -> fixtureBackend(file, Duration.ofSeconds(2)));
    }

    /** As {@link #run(List, PrintStream, PrintStream)}, with the backend made by {@code factory} (the pipeline's hook). */
    public static int run(List<String> args, PrintStream out, PrintStream err, BackendFactory factory) {
        int port = DEFAULT_PORT;
        Path file = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--port")) {
                if (i + 1 >= args.size()) {
                    err.println("handoff preview: --port needs a number");
                    err.println(USAGE);
                    return 2;
                }
                try {
                    port = Integer.parseInt(args.get(++i));
                } catch (NumberFormatException e) {
                    port = -1;
                }
                if (port < 0 || port > 65535) {
                    err.println("handoff preview: --port must be 0..65535, not '" + args.get(i) + "'");
                    return 2;
                }
            } else if (a.equals("-h") || a.equals("--help")) {
                out.println(USAGE);
                return 0;
            } else if (a.startsWith("-") && !a.equals("-")) {
                err.println("handoff preview: unknown option '" + a + "'");
                err.println(USAGE);
                return 2;
            } else if (file != null) {
                err.println("handoff preview: one FILE only");
                err.println(USAGE);
                return 2;
            } else {
                file = Path.of(a);
            }
        }
        if (file == null) {
            err.println(USAGE);
            return 2;
        }
        PreviewBackend backend;
        try {
            backend = factory.create(file);
        } catch (NoSuchFileException e) {
            err.println("handoff preview: " + file + ": no such file");
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("handoff preview: " + file + ": " + e.getMessage());
            return 1;
        }
        PreviewServer server;
        try {
            server = start(backend, port, Map.of(), file.getFileName().toString());
        } catch (BindException e) {
            err.println("handoff preview: port " + port + " on 127.0.0.1 is in use; try --port 0");
            return 1;
        } catch (IOException e) {
            err.println("handoff preview: cannot serve on 127.0.0.1:" + port + ": " + e.getMessage());
            return 1;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stop.countDown();
        }, "handoff-preview-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println(TITLE);
        out.println("issue " + backend.issueKey() + " from " + file + " at " + server.url() + "  (Ctrl-C stops)");
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
        return 0;
    }

    /**
     * A backend from a contract body ({@code docs/panel-rest-contract.md}): {@code issueKey} is required; it starts in
     * the file's {@code state} at its {@code version}, with its {@code permissions} and {@code decision}; every version
     * it builds is the file's body.
     */
    public static PreviewBackend fixtureBackend(Path file, Duration buildTime) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a draft body: expected a JSON object");
        }
        String key = node.path("issueKey").asText("");
        if (key.isBlank()) {
            throw new IllegalArgumentException("not a draft body: no \"issueKey\"");
        }
        String stateName = node.path("state").asText("ready");
        PreviewBackend.State state = PreviewBackend.stateOf(stateName)
                .orElseThrow(() -> new IllegalArgumentException("unknown state \"" + stateName + "\""));
        int version = Math.max(1, node.path("version").asInt(1));
        JsonNode may = node.path("permissions");
        PreviewBackend.Permissions permissions = new PreviewBackend.Permissions(
                may.path("approve").asBoolean(true), may.path("regenerate").asBoolean(true),
                may.path("draftNow").asBoolean(true));
        PreviewBackend.Builder b = PreviewBackend.builder(key, v -> raw)
                .buildTime(buildTime)
                .permissions(permissions)
                .startAt(state, version);
        JsonNode decision = node.path("decision");
        if (decision.isObject() && (state == PreviewBackend.State.APPROVED || state == PreviewBackend.State.REJECTED)) {
            Instant at = null;
            try {
                at = decision.hasNonNull("at") ? Instant.parse(decision.get("at").asText()) : null;
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("decision.at is not an ISO instant");
            }
            b.decision(decision.path("by").asText(null), at, decision.path("reason").asText(null));
        }
        return b.build();
    }

    // ---------------------------------------------------------------------------------------------- server

    /**
     * Serves {@code backend} on 127.0.0.1:{@code port} (0 picks a free port). {@code labels} are the shell's i18n
     * labels by label id (empty: the script's English defaults).
     */
    public static PreviewServer start(PreviewBackend backend, int port, Map<String, String> labels, String sourceName)
            throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "handoff-preview-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        PreviewServer server = new PreviewServer(http, executor, backend, page(backend.issueKey(), labels, sourceName));
        http.createContext("/", server::handle);
        http.setExecutor(executor);
        http.start();
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    public PreviewBackend backend() {
        return backend;
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    static String page(String issueKey, Map<String, String> labels, String sourceName) {
        String shell = PanelShell.render(issueKey, REST_BASE, labels);
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s</title>
                <link rel="stylesheet" href="/panel/handoff-panel.css">
                <style>
                  body { margin: 0; background: #f4f5f7; color: #172b4d;
                         font: 14px/1.4 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
                  .preview-banner { padding: 8px 16px; background: #403294; color: #fff; }
                  .preview-banner strong { display: block; font-size: 15px; }
                  .preview-banner span { font-size: 12px; opacity: 0.9; }
                  .preview-layout { display: flex; gap: 16px; padding: 16px; align-items: flex-start; }
                  .preview-issue { flex: 1; min-width: 0; color: #5e6c84; font-size: 13px; }
                  .preview-column { flex: 0 0 350px; width: 350px; background: #fff; border: 1px solid #dfe1e6;
                                    border-radius: 3px; padding: 10px 12px; }
                  .preview-panel-title { margin: 0 0 8px; font-size: 14px; font-weight: 600; }
                  @media (max-width: 600px) { .preview-issue { display: none; } .preview-column { flex-basis: 100%%; } }
                </style>
                </head>
                <body>
                <header class="preview-banner"><strong>%1$s</strong><span>Issue %2$s from %3$s, answered in memory by
                ./handoff preview on this machine. Nothing is sent to Jira or posted anywhere.</span></header>
                <main class="preview-layout">
                <div class="preview-issue">The issue view of %2$s is not part of the preview; the column on the right is
                Jira's issue side panel column (350px).</div>
                <aside class="preview-column">
                <h3 class="preview-panel-title">Escalation note (Handoff)</h3>
                %4$s
                </aside>
                </main>
                <script src="/panel/handoff-panel.js"></script>
                </body>
                </html>
                """.formatted(PanelShell.escape(TITLE), PanelShell.escape(issueKey), PanelShell.escape(sourceName), shell);
    }

    // ---------------------------------------------------------------------------------------------- routing

    private void handle(HttpExchange ex) throws IOException {
        try {
            if (!hostAllowed(ex.getRequestHeaders().getFirst("Host"))) {
                send(ex, 403, "text/plain; charset=utf-8", "the preview answers only to 127.0.0.1 and localhost");
                return;
            }
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getPath();
            if (path.startsWith(REST_BASE + "/")) {
                PreviewBackend.Response r = rest(ex, method, path.substring(REST_BASE.length()));
                send(ex, r.status(), "application/json; charset=utf-8", r.json());
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed");
                return;
            }
            if (path.equals("/") || path.equals("/index.html")) {
                send(ex, 200, "text/html; charset=utf-8", page);
                return;
            }
            if (path.startsWith("/panel/") && ASSETS.contains(path.substring("/panel/".length()))) {
                String name = path.substring("/panel/".length());
                try (InputStream in = PreviewServer.class.getResourceAsStream("/panel/" + name)) {
                    if (in == null) {
                        send(ex, 500, "text/plain; charset=utf-8", "panel/" + name + " is not on the classpath");
                        return;
                    }
                    String type = name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
                    send(ex, 200, type, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                return;
            }
            send(ex, 404, "text/plain; charset=utf-8", "not found");
        } catch (RuntimeException e) {
            send(ex, 500, "application/json; charset=utf-8", PreviewBackend.error(500, "preview error: " + e).json());
        } finally {
            ex.close();
        }
    }

    private boolean hostAllowed(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("127.0.0.1:" + port()) || h.equals("localhost:" + port())
                || (port() == 80 && (h.equals("127.0.0.1") || h.equals("localhost")));
    }

    private PreviewBackend.Response rest(HttpExchange ex, String method, String path) throws IOException {
        // /issue/{key}/draft  or  /issue/{key}/draft/{version}/{action}
        String[] p = path.split("/", -1);
        boolean draft = p.length == 4 && p[1].equals("issue") && p[3].equals("draft");
        boolean action = p.length == 6 && p[1].equals("issue") && p[3].equals("draft")
                && List.of("regenerate", "approve", "reject").contains(p[5]);
        if (!draft && !action) {
            return PreviewBackend.error(404, "no such resource: " + REST_BASE + path);
        }
        String key = p[2];
        if (draft && method.equals("GET")) {
            return backend.get(key);
        }
        if (!method.equals("POST")) {
            ex.getResponseHeaders().set("Allow", draft ? "GET, POST" : "POST");
            return PreviewBackend.error(405, method + " is not allowed here");
        }
        String contentType = ex.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.split(";", 2)[0].strip().equalsIgnoreCase("application/json")) {
            return PreviewBackend.error(415, "the body must be application/json");
        }
        byte[] raw = ex.getRequestBody().readNBytes(MAX_BODY + 1);
        if (raw.length > MAX_BODY) {
            return PreviewBackend.error(413, "the body is larger than " + MAX_BODY + " bytes");
        }
        JsonNode body;
        try {
            body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
        } catch (IOException e) {
            return PreviewBackend.error(400, "the body is not JSON");
        }
        if (body == null || !body.isObject()) {
            return PreviewBackend.error(400, "the body must be a JSON object");
        }
        if (draft) {
            return backend.draftNow(key);
        }
        int version;
        try {
            version = Integer.parseInt(p[4]);
        } catch (NumberFormatException e) {
            return PreviewBackend.error(404, "no such draft version: " + p[4]);
        }
        ObjectNode o = (ObjectNode) body;
        return switch (p[5]) {
            case "regenerate" -> backend.regenerate(key, version);
            case "approve" -> {
                JsonNode text = o.get("text");
                if (text != null && !text.isNull() && !text.isTextual()) {
                    yield PreviewBackend.error(400, "\"text\" must be a string");
                }
                yield backend.approve(key, version, text == null || text.isNull() ? null : text.asText());
            }
            default -> {
                JsonNode reason = o.get("reason");
                if (reason != null && !reason.isNull() && !reason.isTextual()) {
                    yield PreviewBackend.error(400, "\"reason\" must be a string");
                }
                yield backend.reject(key, version, reason == null || reason.isNull() ? null : reason.asText());
            }
        };
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(bytes);
            }
        }
    }
}
