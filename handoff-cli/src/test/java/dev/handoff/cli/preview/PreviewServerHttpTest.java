package dev.handoff.cli.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PreviewServerHttpTest {

    static final Path FIXTURES = Path.of("src/test/resources/preview");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private PreviewServer server;

    @BeforeEach
    void start() throws Exception {
        server = PreviewServer.start(PreviewServer.fixtureBackend(FIXTURES.resolve("ready.json"), Duration.ZERO), 0,
                Map.of(), "ready.json");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(server.url().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.url().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String error(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).get("error").asText();
    }

    @Test
    void the_page_is_labelled_as_an_offline_preview_and_holds_the_panel_shell() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(r.body()).contains("Handoff panel preview \u2014 offline, not Jira")
                .contains("<div class=\"handoff-panel\" data-issue-key=\"SD-7\" data-rest-base=\"/rest/handoff/1.0\"")
                .contains("<script src=\"/panel/handoff-panel.js\"></script>")
                .contains("href=\"/panel/handoff-panel.css\"");
    }

    @Test
    void the_panel_script_and_styles_come_from_the_classpath() throws Exception {
        HttpResponse<String> js = get("/panel/handoff-panel.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(js.body()).isEqualTo(Files.readString(PanelSources.JS, StandardCharsets.UTF_8));
        HttpResponse<String> css = get("/panel/handoff-panel.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).isEqualTo(Files.readString(PanelSources.CSS, StandardCharsets.UTF_8));
        assertThat(get("/panel/../pom.xml").statusCode()).isEqualTo(404);
        assertThat(get("/panel/other.js").statusCode()).isEqualTo(404);
    }

    @Test
    void get_draft_answers_the_contract_body_and_an_unknown_key_is_404() throws Exception {
        HttpResponse<String> r = get("/rest/handoff/1.0/issue/SD-7/draft");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode b = JSON.readTree(r.body());
        assertThat(b.get("state").asText()).isEqualTo("ready");
        assertThat(b.get("version").asInt()).isEqualTo(3);
        HttpResponse<String> unknown = get("/rest/handoff/1.0/issue/SD-99/draft");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(error(unknown)).isNotBlank();
        assertThat(get("/rest/handoff/1.0/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void posts_must_be_application_json() throws Exception {
        HttpResponse<String> form = post("/rest/handoff/1.0/issue/SD-7/draft/3/approve",
                "application/x-www-form-urlencoded", "text=x");
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(error(form)).contains("application/json");
        assertThat(post("/rest/handoff/1.0/issue/SD-7/draft/3/reject", "text/plain", "{\"reason\":\"x\"}").statusCode())
                .isEqualTo(415);
        assertThat(post("/rest/handoff/1.0/issue/SD-7/draft/3/regenerate", null, "{}").statusCode()).isEqualTo(415);
        assertThat(server.backend().state()).isEqualTo(PreviewBackend.State.READY);
    }

    @Test
    void reject_without_a_reason_is_400_and_with_one_is_200() throws Exception {
        assertThat(post("/rest/handoff/1.0/issue/SD-7/draft/3/reject", "application/json", "{}").statusCode()).isEqualTo(400);
        HttpResponse<String> blank = post("/rest/handoff/1.0/issue/SD-7/draft/3/reject", "application/json",
                "{\"reason\":\"  \"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(error(blank)).contains("reason");
        assertThat(post("/rest/handoff/1.0/issue/SD-7/draft/3/reject", "application/json", "not json").statusCode())
                .isEqualTo(400);
        HttpResponse<String> ok = post("/rest/handoff/1.0/issue/SD-7/draft/3/reject", "application/json; charset=UTF-8",
                "{\"reason\":\"Duplicate of SD-5\"}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("decision").get("reason").asText()).isEqualTo("Duplicate of SD-5");
    }

    @Test
    void approve_of_a_stale_version_is_409_and_of_the_latest_is_200() throws Exception {
        assertThat(post("/rest/handoff/1.0/issue/SD-7/draft/2/approve", "application/json", "{}").statusCode()).isEqualTo(409);
        HttpResponse<String> ok = post("/rest/handoff/1.0/issue/SD-7/draft/3/approve", "application/json",
                "{\"text\":\"h3. Edited\"}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(server.backend().approvedText()).contains("h3. Edited");
        assertThat(post("/rest/handoff/1.0/issue/SD-7/draft/3/approve", "application/json", "{\"text\":5}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void regenerate_answers_202_with_the_next_version_queued() throws Exception {
        HttpResponse<String> r = post("/rest/handoff/1.0/issue/SD-7/draft/3/regenerate", "application/json", "{}");
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(r.body()).get("version").asInt()).isEqualTo(4);
        assertThat(JSON.readTree(r.body()).get("state").asText()).isEqualTo("queued");
    }

    @Test
    void other_methods_are_refused() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.url().resolve("/rest/handoff/1.0/issue/SD-7/draft"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(post("/", "application/json", "{}").statusCode()).isEqualTo(405);
    }

    @Test
    void a_request_for_another_host_name_is_refused() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("GET /rest/handoff/1.0/issue/SD-7/draft HTTP/1.1\r\nHost: evil.example:"
                    + server.port() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void the_server_listens_on_the_loopback_address_only() {
        assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.port()).isPositive();
    }

    @Test
    void the_command_refuses_bad_arguments_and_bad_files_with_one_line(@TempDir Path dir) throws Exception {
        assertThat(runCommand(List.of())).startsWith("2:");
        assertThat(runCommand(List.of("--port", "x", "a.json"))).startsWith("2:").contains("--port");
        assertThat(runCommand(List.of("--bogus", "a.json"))).startsWith("2:").contains("--bogus");
        assertThat(runCommand(List.of(dir.resolve("missing.json").toString()))).startsWith("1:").contains("no such file");
        Path notJson = Files.writeString(dir.resolve("bad.json"), "<html>");
        assertThat(runCommand(List.of(notJson.toString()))).startsWith("1:").contains("not JSON");
        Path noKey = Files.writeString(dir.resolve("nokey.json"), "{\"state\":\"ready\"}");
        assertThat(runCommand(List.of(noKey.toString()))).startsWith("1:").contains("issueKey");
    }

    @Test
    void the_command_reports_a_port_in_use() throws Exception {
        String result = runCommand(List.of("--port", String.valueOf(server.port()), FIXTURES.resolve("ready.json").toString()));
        assertThat(result).startsWith("1:").contains("in use");
    }

    @Test
    void the_command_with_port_0_prints_the_url_of_a_free_port_and_serves_there() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int[] code = {-1};
        Thread t = new Thread(() -> code[0] = PreviewServer.run(
                List.of("--port", "0", FIXTURES.resolve("stale.json").toString()), ps, ps));
        t.start();
        try {
            java.util.regex.Matcher m = null;
            for (int i = 0; i < 100; i++) {
                m = java.util.regex.Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(out.toString(StandardCharsets.UTF_8));
                if (m.find()) {
                    break;
                }
                m = null;
                Thread.sleep(50);
            }
            assertThat(m).as(out.toString(StandardCharsets.UTF_8)).isNotNull();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("offline, not Jira").contains("SD-8");
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(m.group(0) + "rest/handoff/1.0/issue/SD-8/draft"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).get("stale").asBoolean()).isTrue();
        } finally {
            t.interrupt();
            t.join(5000);
        }
        assertThat(code[0]).isZero();
    }

    private static String runCommand(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PreviewServer.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return code + ":" + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }
}
