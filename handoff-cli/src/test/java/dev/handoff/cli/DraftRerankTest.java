package dev.handoff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.cli.kb.FakeEmbedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code draft --kb DIR --rerank-ollama URL --embed-model NAME}: the runbooks and the {@code rerank} object. */
class DraftRerankTest {

    private static final String ISSUE = """
            {"key":"SD-9","fields":{"summary":"VPN drops at the hotel",
             "description":"Since Monday the VPN client disconnects every few minutes when I work from the hotel.",
             "reporter":{"name":"jdoe","displayName":"Jane Doe"},"created":"2026-03-10T09:00:00.000+0000",
             "comment":{"comments":[]}}}
            """;

    @TempDir
    Path kb;

    private record Run(int rc, String out, String err) {
    }

    private Run draft(List<String> args) throws IOException {
        Files.writeString(kb.resolve("client.md"), "# VPN client disconnects\n\nUpdate the VPN client when the VPN disconnects.\n");
        Files.writeString(kb.resolve("wifi.md"), "# Hotel networks\n\nSome hotel wifi blocks VPN ports; use a phone hotspot.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new DraftCommand(Map.of()).run(args, new ByteArrayInputStream(ISSUE.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runbooksAreReRankedAndTheJsonSaysWithWhichModel() throws IOException {
        try (FakeEmbedServer server = new FakeEmbedServer(
                t -> t.toLowerCase(Locale.ROOT).contains("hotel") ? new float[]{1, 0} : new float[]{0.2f, 1})) {
            Run run = draft(List.of("--json", "--kb", kb.toString(), "--rerank-ollama", server.url(), "--embed-model", "all-minilm",
                    "--rerank-weight", "1", "-"));

            assertThat(run.rc()).isZero();
            JsonNode line = new ObjectMapper().readTree(run.out());
            assertThat(line.path("rerank").path("model").asText()).isEqualTo("all-minilm");
            assertThat(line.path("rerank").path("reranked").asBoolean()).isTrue();
            assertThat(line.path("rerank").path("fallbackReason").isNull()).isTrue();
            assertThat(line.path("runbooks").get(0).path("id").asText()).isEqualTo("wifi.md");
            assertThat(line.path("runbooks").get(0).path("passage").asText()).contains("hotspot");
            assertThat(server.requests).hasSize(1);
        }
    }

    @Test
    void aModelServerThatIsDownKeepsTheRunbooksAndSaysWhy() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }

        Run json = draft(List.of("--json", "--kb", kb.toString(), "--rerank-ollama", "http://127.0.0.1:" + port,
                "--embed-model", "all-minilm", "-"));
        Run text = draft(List.of("--kb", kb.toString(), "--rerank-ollama", "http://127.0.0.1:" + port, "--embed-model", "all-minilm", "-"));

        JsonNode line = new ObjectMapper().readTree(json.out());
        assertThat(json.rc()).isZero();
        assertThat(line.path("runbooks")).hasSize(2);
        assertThat(line.path("rerank").path("reranked").asBoolean(true)).isFalse();
        assertThat(line.path("rerank").path("fallbackReason").asText()).startsWith("model server unreachable");
        assertThat(text.rc()).isZero();
        assertThat(text.err()).contains("runbooks in BM25 order: model server unreachable");
        assertThat(text.out()).contains("client.md");
    }

    @Test
    void reRankingWithoutAKnowledgeFolderIsAUsageError() throws IOException {
        Run run = draft(List.of("--rerank-ollama", "http://127.0.0.1:11434", "--embed-model", "m", "-"));

        assertThat(run.rc()).isEqualTo(2);
        assertThat(run.err()).contains("re-ranking needs --kb DIR");
    }
}
