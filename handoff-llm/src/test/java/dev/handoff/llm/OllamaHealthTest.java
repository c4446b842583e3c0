package dev.handoff.llm;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class OllamaHealthTest {

    private static OllamaHealth.Status check(URI url, String model) {
        return new OllamaHealth(new OllamaSettings(url, model, Duration.ofSeconds(2), Duration.ofSeconds(5), 2048)).check();
    }

    @Test
    void a_server_holding_the_model_is_healthy_and_reports_its_version() throws IOException {
        try (FakeOllama ollama = new FakeOllama().serves("0.5.1", "llama3.2:latest", "qwen2.5:7b-instruct")) {
            OllamaHealth.Status status = check(ollama.url(), "qwen2.5:7b-instruct");

            assertThat(status.healthy()).isTrue();
            assertThat(status.version()).isEqualTo("0.5.1");
            assertThat(status.modelPresent()).isTrue();
        }
    }

    @Test
    void an_untagged_model_name_matches_its_latest_tag() throws IOException {
        try (FakeOllama ollama = new FakeOllama().serves("0.5.1", "llama3.2:latest")) {
            assertThat(check(ollama.url(), "llama3.2").modelPresent()).isTrue();
            assertThat(check(ollama.url(), "llama3.2:1b").modelPresent()).isFalse();
        }
    }

    @Test
    void a_missing_model_is_named_with_the_command_that_fetches_it() throws IOException {
        try (FakeOllama ollama = new FakeOllama().serves("0.5.1", "llama3.2:latest")) {
            OllamaHealth.Status status = check(ollama.url(), "qwen2.5:7b-instruct");

            assertThat(status.reachable()).isTrue();
            assertThat(status.modelPresent()).isFalse();
            assertThat(status.problem()).isEqualTo("model 'qwen2.5:7b-instruct' is not on the server (ollama pull qwen2.5:7b-instruct)");
        }
    }

    @Test
    void a_server_that_is_down_is_unreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }

        OllamaHealth.Status status = check(URI.create("http://127.0.0.1:" + port), "m");

        assertThat(status.reachable()).isFalse();
        assertThat(status.problem()).startsWith("model server unreachable");
    }
}
