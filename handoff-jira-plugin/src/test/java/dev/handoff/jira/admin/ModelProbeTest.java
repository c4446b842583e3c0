package dev.handoff.jira.admin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelProbeTest {

    private final ModelProbe probe = new ModelProbe();

    @Test
    void an_ollama_server_reports_its_version_and_whether_the_model_is_installed() throws Exception {
        try (FakeOllama ollama = FakeOllama.speaking("0.5.7", "llama3.1:8b", "qwen2.5")) {
            ModelProbe.Result listed = probe.probe(new ModelProbe.Target(ollama.url(), "llama3.1:8b", false));
            ModelProbe.Result latest = probe.probe(new ModelProbe.Target(ollama.url() + "/", "qwen2.5:latest", false));
            ModelProbe.Result missing = probe.probe(new ModelProbe.Target(ollama.url(), "mistral:7b", false));

            assertThat(listed).isEqualTo(new ModelProbe.Result("ok", true, "2xx", "0.5.7", true));
            assertThat(latest.modelListed()).isTrue();
            assertThat(missing.modelListed()).isFalse();
        }
    }

    @Test
    void a_redirect_is_reported_and_not_followed() throws Exception {
        try (FakeOllama target = FakeOllama.speaking("0.5.7", "llama3.1:8b"); FakeOllama bouncer = new FakeOllama()) {
            bouncer.replies.put("/api/version", new FakeOllama.Reply(302, "", target.url() + "/api/version"));

            ModelProbe.Result r = probe.probe(new ModelProbe.Target(bouncer.url(), "llama3.1:8b", false));

            assertThat(r).isEqualTo(new ModelProbe.Result("redirect", true, "3xx", null, null));
        }
    }

    @Test
    void an_error_status_gives_its_class_and_never_the_body() throws Exception {
        try (FakeOllama server = new FakeOllama()) {
            server.replies.put("/api/version", new FakeOllama.Reply(500, "{\"version\":\"secret-stack-trace\"}", null));

            ModelProbe.Result r = probe.probe(new ModelProbe.Target(server.url(), "m", false));

            assertThat(r).isEqualTo(new ModelProbe.Result("http-error", true, "5xx", null, null));
        }
    }

    @Test
    void a_version_that_is_not_short_plain_text_is_dropped() throws Exception {
        try (FakeOllama server = FakeOllama.speaking("0.5.7")) {
            server.replies.put("/api/version", new FakeOllama.Reply(200, "{\"version\":\"<script>alert(1)</script>\"}", null));
            assertThat(probe.probe(new ModelProbe.Target(server.url(), "", false)).version()).isNull();
            server.replies.put("/api/version", new FakeOllama.Reply(200, "<html>not json</html>", null));
            ModelProbe.Result html = probe.probe(new ModelProbe.Target(server.url(), "", false));
            assertThat(html.version()).isNull();
            assertThat(html.reachable()).isTrue();
        }
    }

    @Test
    void nobody_listening_is_unreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ModelProbe.Result r = probe.probe(new ModelProbe.Target("http://127.0.0.1:" + port, "m", false));
        assertThat(r).isEqualTo(new ModelProbe.Result("unreachable", false, null, null, null));
    }

    @Test
    void only_http_and_https_urls_with_a_plain_host_are_probed() {
        assertThatThrownBy(() -> probe.probe(new ModelProbe.Target("file:///etc/passwd", "m", false)))
                .isInstanceOf(ModelProbe.Refused.class).hasMessage("Only http:// and https:// URLs can be tested.");
        assertThatThrownBy(() -> probe.probe(new ModelProbe.Target("gopher://host:70", "m", false)))
                .isInstanceOf(ModelProbe.Refused.class);
        assertThatThrownBy(() -> probe.probe(new ModelProbe.Target("http://user:pw@host:11434", "m", false)))
                .isInstanceOf(ModelProbe.Refused.class).hasMessageContaining("no user name");
    }

    @Test
    void a_path_prefix_is_kept_so_a_reverse_proxy_path_works() throws Exception {
        assertThat(ModelProbe.base("https://gw.example/ollama").resolve("api/version").toString())
                .isEqualTo("https://gw.example/ollama/api/version");
        assertThat(ModelProbe.base("http://h:11434").resolve("api/tags").toString()).isEqualTo("http://h:11434/api/tags");
    }

    @Test
    void a_huge_version_answer_is_not_parsed() throws IOException, ModelProbe.Refused {
        try (FakeOllama server = FakeOllama.speaking("0.5.7")) {
            String padding = " ".repeat(ModelProbe.MAX_VERSION_BYTES);
            server.replies.put("/api/version", new FakeOllama.Reply(200, "{\"version\":\"0.5.7\"}" + padding, null));
            assertThat(probe.probe(new ModelProbe.Target(server.url(), "", false)).version()).isNull();
        }
    }

    @Test
    void a_tags_list_beyond_the_limit_leaves_the_model_unknown() throws Exception {
        try (FakeOllama server = FakeOllama.speaking("0.5.7", "llama3.1:8b")) {
            String padding = " ".repeat(ModelProbe.MAX_TAGS_BYTES);
            server.replies.put("/api/tags", new FakeOllama.Reply(200, "{\"models\":[]}" + padding, null));

            ModelProbe.Result r = probe.probe(new ModelProbe.Target(server.url(), "llama3.1:8b", false));

            assertThat(r.outcome()).isEqualTo("ok");
            assertThat(r.modelListed()).isNull();
        }
    }

    @Test
    void an_openai_compatible_server_is_asked_for_its_model_list_and_never_for_a_version() throws Exception {
        try (FakeOllama server = new FakeOllama()) {
            server.replies.put("/v1/models", new FakeOllama.Reply(200,
                    "{\"object\":\"list\",\"data\":[{\"id\":\"Qwen/Qwen2.5-7B-Instruct\",\"object\":\"model\"}]}", null));

            // the base URL includes /v1, as the draft job's and the health page's clients take it
            ModelProbe.Result listed = probe.probe(new ModelProbe.Target(server.url() + "/v1", "Qwen/Qwen2.5-7B-Instruct", true));
            ModelProbe.Result missing = probe.probe(new ModelProbe.Target(server.url() + "/v1/", "llama3.1:8b", true));

            assertThat(listed).isEqualTo(new ModelProbe.Result("ok", true, "2xx", null, true));
            assertThat(missing.modelListed()).isFalse();
        }
    }
}
