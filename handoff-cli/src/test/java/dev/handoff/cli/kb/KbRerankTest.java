package dev.handoff.cli.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kb search --kb DIR --rerank-ollama URL --embed-model NAME} against a loopback {@code /api/embed}. */
class KbRerankTest {

    private static final String QUERY = "{\"query\":\"VPN client disconnects at the hotel\"}\n";

    @TempDir
    Path kb;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void runbooks() throws IOException {
        Files.writeString(kb.resolve("client.md"), "# VPN client disconnects\n\nUpdate the VPN client.\n\nCheck the VPN profile.\n");
        Files.writeString(kb.resolve("wifi.md"), "# Hotel wifi blocks the VPN\n\nSome hotel networks block VPN ports; use a phone hotspot.\n");
        Files.writeString(kb.resolve("printer.md"), "# Printer offline\n\nRestart the print spooler.\n");
    }

    private int run(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        return KbCommand.run(List.of(args), new ByteArrayInputStream(QUERY.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env::get);
    }

    private JsonNode line() throws IOException {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> ids(JsonNode line) {
        List<String> ids = new ArrayList<>();
        line.path("hits").forEach(h -> ids.add(h.path("id").asText()));
        return ids;
    }

    /** Texts about hotels point one way, everything else the other. */
    private static float[] hotelOrNot(String text) {
        return text.toLowerCase(Locale.ROOT).contains("hotel") ? new float[]{1, 0} : new float[]{0, 1};
    }

    @Test
    void embeddingsCloseToTheQueryReorderTheHitsAndTheModelIsAskedOnce() throws IOException {
        assertThat(run(Map.of(), "search", "--kb", kb.toString(), "--json")).isZero();
        List<String> bm25 = ids(line());
        assertThat(bm25.get(0)).isEqualTo("client.md");

        try (FakeEmbedServer server = new FakeEmbedServer(KbRerankTest::hotelOrNot)) {
            int rc = run(Map.of(), "search", "--kb", kb.toString(), "--json", "--rerank-ollama", server.url(),
                    "--embed-model", "all-minilm", "--rerank-weight", "0.7");

            assertThat(rc).isZero();
            JsonNode line = line();
            assertThat(line.path("reranked").asBoolean()).isTrue();
            assertThat(line.has("notes")).isFalse();
            assertThat(ids(line)).containsExactlyInAnyOrderElementsOf(bm25);
            assertThat(ids(line).get(0)).isEqualTo("wifi.md");
            assertThat(server.requests).hasSize(1);
            JsonNode request = server.requests.get(0);
            assertThat(request.path("model").asText()).isEqualTo("all-minilm");
            assertThat(request.path("input").get(0).asText()).isEqualTo("VPN client disconnects at the hotel");
            assertThat(request.path("input")).hasSize(1 + bm25.size());
        }
    }

    @Test
    void aModelServerThatIsDownLeavesTheBm25OrderWithANote() throws IOException {
        run(Map.of(), "search", "--kb", kb.toString(), "--json");
        JsonNode plain = line();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }

        int rc = run(Map.of("HANDOFF_OLLAMA_URL", "http://127.0.0.1:" + port, "HANDOFF_EMBED_MODEL", "nomic-embed-text"),
                "search", "--kb", kb.toString(), "--json", "--rerank");

        assertThat(rc).isZero();
        JsonNode line = line();
        assertThat(line.path("hits")).isEqualTo(plain.path("hits"));
        assertThat(line.path("reranked").asBoolean(true)).isFalse();
        assertThat(line.path("notes").get(0).asText()).isEqualTo("BM25 order kept: model server unreachable at http://127.0.0.1:" + port);
    }

    @Test
    void reRankingWithoutAModelOrWithConfluenceIsAUsageError() {
        assertThat(run(Map.of(), "search", "--kb", kb.toString(), "--rerank-ollama", "http://127.0.0.1:11434")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--embed-model NAME or HANDOFF_EMBED_MODEL");

        assertThat(run(Map.of("HANDOFF_CONFLUENCE_TOKEN", "t"), "search", "--confluence", "https://wiki.example", "--space", "OPS:1",
                "--rerank-ollama", "http://127.0.0.1:11434", "--embed-model", "m")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("re-ranking works with --kb folders");

        assertThat(run(Map.of(), "search", "--kb", kb.toString(), "--rerank-ollama", "http://127.0.0.1:11434",
                "--embed-model", "m", "--rerank-weight", "2")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--rerank-weight needs a number from 0");
    }
}
