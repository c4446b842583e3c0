package dev.handoff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code draft --llm ollama|openai}: options, environment defaults and the {@code llm} object when the model cannot help. */
class DraftLlmOptionsTest {

    private static final String ISSUE = """
            {"key":"SD-9","fields":{"summary":"VPN drops every few minutes",
             "description":"Since Monday the AnyConnect 4.10.07073 client disconnects every few minutes.",
             "reporter":{"name":"jdoe","displayName":"Jane Doe"},"created":"2026-03-10T09:00:00.000+0000",
             "comment":{"comments":[]}}}
            """;

    private record Run(int rc, String out, String err) {
    }

    private static Run draft(Map<String, String> env, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new DraftCommand(env).run(args, new ByteArrayInputStream(ISSUE.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void a_model_server_that_is_down_still_gives_the_deterministic_note_and_the_reason_in_the_llm_object() throws IOException {
        Run run = draft(Map.of("HANDOFF_OLLAMA_URL", "http://127.0.0.1:" + closedPort(), "HANDOFF_OLLAMA_MODEL", "qwen2.5:7b"),
                List.of("--json", "--llm", "ollama", "--llm-timeout", "5", "-"));

        assertThat(run.rc()).isZero();
        JsonNode line = new ObjectMapper().readTree(run.out());
        JsonNode llm = line.path("llm");
        assertThat(llm.path("model").asText()).isEqualTo("qwen2.5:7b");
        assertThat(llm.path("fallbackReason").asText()).startsWith("model server unreachable");
        assertThat(llm.path("sentencesAccepted").asInt(-1)).isZero();
        assertThat(llm.has("promptTokens")).isTrue();
        assertThat(line.path("note").asText()).contains("Model prose unavailable").contains("4.10.07073");
    }

    @Test
    void command_line_options_win_over_the_environment() throws IOException {
        Run run = draft(Map.of("HANDOFF_OLLAMA_URL", "http://127.0.0.1:1", "HANDOFF_OLLAMA_MODEL", "from-env"),
                List.of("--json", "--llm", "ollama", "--ollama-url", "http://127.0.0.1:" + closedPort(), "--model", "from-flag", "-"));

        assertThat(new ObjectMapper().readTree(run.out()).path("llm").path("model").asText()).isEqualTo("from-flag");
    }

    /** A loopback model server that answers every request with this status, content type and body, and keeps what it was sent. */
    private static final class Loopback implements AutoCloseable {
        final HttpServer server;
        final List<String> paths = new CopyOnWriteArrayList<>();
        final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
        final List<String> authorizations = new CopyOnWriteArrayList<>();

        Loopback(int status, String contentType, String body) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", ex -> {
                try (ex) {
                    paths.add(ex.getRequestURI().getPath());
                    bodies.add(new ObjectMapper().readTree(ex.getRequestBody().readAllBytes()));
                    authorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    ex.getResponseHeaders().add("Content-Type", contentType);
                    ex.sendResponseHeaders(status, bytes.length);
                    ex.getResponseBody().write(bytes);
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void llm_stream_asks_ollama_for_a_stream_and_reports_an_error_line_as_the_reason() throws IOException {
        try (Loopback ollama = new Loopback(200, "application/x-ndjson", "{\"error\":\"llama runner process has terminated\"}\n")) {
            Run run = draft(Map.of(), List.of("--json", "--llm", "ollama", "--ollama-url", ollama.url(), "--model", "qwen2.5:7b",
                    "--llm-stream", "-"));

            assertThat(run.rc()).isZero();
            assertThat(ollama.paths).containsExactly("/api/chat");
            assertThat(ollama.bodies.get(0).path("stream").asBoolean(false)).isTrue();
            assertThat(new ObjectMapper().readTree(run.out()).path("llm").path("fallbackReason").asText())
                    .isEqualTo("model server error during the reply: llama runner process has terminated");
        }
    }

    @Test
    void llm_openai_calls_chat_completions_with_the_key_from_the_environment_only() throws IOException {
        String notFound = "{\"object\":\"error\",\"message\":\"The model `qwen` does not exist.\",\"type\":\"NotFoundError\",\"code\":404}";
        try (Loopback vllm = new Loopback(404, "application/json", notFound)) {
            Run run = draft(Map.of("HANDOFF_OPENAI_URL", vllm.url() + "/v1", "HANDOFF_OPENAI_MODEL", "qwen", "HANDOFF_OPENAI_API_KEY", "k-1"),
                    List.of("--json", "--llm", "openai", "-"));

            assertThat(run.rc()).isZero();
            assertThat(vllm.paths).containsExactly("/v1/chat/completions");
            assertThat(vllm.authorizations).containsExactly("Bearer k-1");
            assertThat(vllm.bodies.get(0).path("response_format").path("type").asText()).isEqualTo("json_schema");
            JsonNode line = new ObjectMapper().readTree(run.out());
            assertThat(line.path("llm").path("model").asText()).isEqualTo("qwen");
            assertThat(line.path("llm").path("fallbackReason").asText()).isEqualTo("model 'qwen' not found on " + vllm.url() + "/v1");
            assertThat(line.path("note").asText()).contains("4.10.07073");
        }
    }

    @Test
    void missing_or_bad_model_options_are_usage_errors() {
        assertThat(draft(Map.of(), List.of("--llm", "ollama", "-")).err()).contains("needs --ollama-url or HANDOFF_OLLAMA_URL");
        assertThat(draft(Map.of(), List.of("--llm", "openai", "-")).err()).contains("needs --openai-url or HANDOFF_OPENAI_URL");
        assertThat(draft(Map.of("HANDOFF_OLLAMA_MODEL", "m"), List.of("--llm", "openai", "--openai-url", "http://h:1/v1", "-")).err())
                .as("each backend has its own model variable").contains("needs --model or HANDOFF_OPENAI_MODEL");
        assertThat(draft(Map.of(), List.of("--llm", "openai", "--openai-url", "http://h:1/v1", "--model", "m", "--llm-stream", "-")).err())
                .contains("--llm-stream works with --llm ollama only");
        assertThat(draft(Map.of(), List.of("--llm", "chatgpt", "-")).rc()).isEqualTo(2);
        assertThat(draft(Map.of(), List.of("--llm", "ollama", "--ollama-url", "http://h:1", "--model", "m", "--llm-timeout", "0", "-"))
                .err()).contains("--llm-timeout needs whole seconds");
        assertThat(draft(Map.of(), List.of("--llm", "ollama", "--ollama-url", "file:///etc/passwd", "--model", "m", "-")).err())
                .contains("http(s)");
    }

    @Test
    void without_llm_the_json_has_no_llm_object() throws IOException {
        Run run = draft(Map.of(), List.of("--json", "-"));

        assertThat(new ObjectMapper().readTree(run.out()).has("llm")).isFalse();
    }
}
