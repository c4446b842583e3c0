package dev.handoff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code draft --llm ollama}: options, environment defaults and the {@code llm} object when the model cannot help. */
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

    @Test
    void missing_or_bad_model_options_are_usage_errors() {
        assertThat(draft(Map.of(), List.of("--llm", "ollama", "-")).err()).contains("needs --ollama-url or HANDOFF_OLLAMA_URL");
        assertThat(draft(Map.of(), List.of("--llm", "openai", "-")).rc()).isEqualTo(2);
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
