package dev.handoff.cli.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class KbCommandTest {

    @TempDir
    Path kb;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return KbCommand.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int runWithEnv(Map<String, String> env, String stdin, String... args) {
        return KbCommand.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env::get);
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
            rows.add(new ObjectMapper().readTree(l));
        }
        return rows;
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(kb.resolve(path).getParent());
        Files.writeString(kb.resolve(path), text);
    }

    @Test
    void answersEveryQueryLineInOrderWithIdsRelativeToTheFolder() throws IOException {
        write("mail/outlook.md", "# Outlook crashes on start\n\nStart Outlook in safe mode.\n");
        write("print/spooler.md", "# Printer offline\n\nRestart the print spooler service.\n");
        int rc = run("{\"query\":\"printer offline spooler\"}\n{\"query\":\"outlook crashes\"}\n{\"query\":\"zzz\"}\n",
                "search", "--kb", kb.toString(), "--top", "1", "--json");
        assertThat(rc).isZero();
        List<JsonNode> rows = lines();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("hits").get(0).get("id").asText()).isEqualTo("print/spooler.md");
        assertThat(rows.get(0).get("hits").get(0).get("title").asText()).isEqualTo("Printer offline");
        assertThat(rows.get(0).get("hits").get(0).get("score").asDouble()).isPositive();
        assertThat(rows.get(1).get("hits").get(0).get("id").asText()).isEqualTo("mail/outlook.md");
        assertThat(rows.get(2).get("hits")).isEmpty();
    }

    @Test
    void theTierOptionHidesRestrictedDocumentsAndTheDefaultTierIsOne() throws IOException {
        write("tiers.properties", "network/=3\n");
        write("network/core.md", "# Reboot the core switch\n\nOnly network engineers.\n");
        run("{\"query\":\"reboot core switch\"}\n", "search", "--kb", kb.toString(), "--json");
        run("{\"query\":\"reboot core switch\"}\n", "search", "--kb", kb.toString(), "--tier", "3", "--json");
        List<JsonNode> rows = lines();
        assertThat(rows.get(0).get("hits")).isEmpty();
        assertThat(rows.get(1).get("hits").get(0).get("id").asText()).isEqualTo("network/core.md");
    }

    @Test
    void filesThatCannotBeIndexedAreNamedOnStderrAndABadLineStillGetsItsAnswerLine() throws IOException {
        write("good.md", "# Good\n\nUseful text about mail.\n");
        write("notes.txt", "not a runbook format");
        int rc = run("not json\n{\"query\":\"mail\"}\n", "search", "--kb", kb.toString(), "--json");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("skipped notes.txt: unknown format").contains("line 1");
        List<JsonNode> rows = lines();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).has("error")).isTrue();
        assertThat(rows.get(1).get("hits").get(0).get("id").asText()).isEqualTo("good.md");
        assertThat(rc).isEqualTo(1);
    }

    @Test
    void missingKbFolderIsAUsageError() {
        assertThat(run("", "search", "--json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--kb DIR is required");
    }

    /** A loopback Confluence answering the content search with one documented page, or a fixed status. */
    private static final class Confluence implements AutoCloseable {
        final HttpServer server;
        final List<String> authorizations = new CopyOnWriteArrayList<>();
        final List<String> cqls = new CopyOnWriteArrayList<>();
        volatile int status = 200;

        Confluence() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/wiki/rest/api/content/search", exchange -> {
                authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                String query = exchange.getRequestURI().getRawQuery();
                cqls.add(URLDecoder.decode(query.substring(4, query.indexOf('&')), StandardCharsets.UTF_8));
                String body = status != 200 ? "{\"statusCode\":" + status + ",\"message\":\"x\",\"reason\":\"y\"}" : """
                        {"results":[{"id":"101","type":"page","status":"current","title":"Printer offline",
                          "space":{"key":"OPS","name":"Operations"},
                          "body":{"storage":{"value":"<p>Restart the print spooler service.</p>","representation":"storage"}},
                          "_links":{"webui":"/display/OPS/Printer+offline","tinyui":"/x/ZQ"}}],
                         "start":0,"limit":25,"size":1,
                         "_links":{"base":"%s","context":"/wiki"}}""".formatted(base());
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream o = exchange.getResponseBody()) {
                    o.write(bytes);
                }
            });
            server.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/wiki";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void searchesApprovedConfluenceSpacesWithTheTokenFromTheEnvironment() throws IOException {
        try (Confluence confluence = new Confluence()) {
            int rc = runWithEnv(Map.of("HANDOFF_CONFLUENCE_TOKEN", "pat-secret"), "{\"query\":\"printer spooler\"}\n",
                    "search", "--confluence", confluence.base(), "--space", "OPS:1,SEC:3", "--json");

            assertThat(rc).isZero();
            JsonNode hit = lines().get(0).get("hits").get(0);
            assertThat(hit.get("id").asText()).isEqualTo("confluence:OPS/101");
            assertThat(hit.get("title").asText()).isEqualTo("Printer offline");
            assertThat(hit.get("score").asDouble()).isPositive();
            assertThat(hit.get("link").asText()).isEqualTo(confluence.base() + "/display/OPS/Printer+offline");
            assertThat(confluence.authorizations).containsExactly("Bearer pat-secret");
            assertThat(confluence.cqls.get(0)).contains("space in (\"OPS\")").doesNotContain("SEC");
            assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).doesNotContain("pat-secret");
        }
    }

    @Test
    void theTokenVariableCanBeRenamedAndAMissingTokenIsAUsageError() throws IOException {
        try (Confluence confluence = new Confluence()) {
            int missing = runWithEnv(Map.of(), "{\"query\":\"printer\"}\n",
                    "search", "--confluence", confluence.base(), "--space", "OPS:1", "--json");
            int renamed = runWithEnv(Map.of("WIKI_PAT", "other"), "{\"query\":\"printer\"}\n",
                    "search", "--confluence", confluence.base(), "--space", "OPS:1", "--token-env", "WIKI_PAT", "--json");

            assertThat(missing).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("HANDOFF_CONFLUENCE_TOKEN");
            assertThat(renamed).isZero();
            assertThat(confluence.authorizations).containsExactly("Bearer other");
        }
    }

    @Test
    void aConfluenceFailureGivesThatQueryAnErrorLineAndAFailingExitCode() throws IOException {
        try (Confluence confluence = new Confluence()) {
            confluence.status = 503;
            int rc = runWithEnv(Map.of("HANDOFF_CONFLUENCE_TOKEN", "t"), "{\"query\":\"printer\"}\n",
                    "search", "--confluence", confluence.base(), "--space", "OPS:1", "--json");

            assertThat(rc).isEqualTo(1);
            JsonNode row = lines().get(0);
            assertThat(row.get("hits")).isEmpty();
            assertThat(row.get("error").asText()).isEqualTo("Confluence is unavailable (503)");
        }
    }

    @Test
    void aFolderAndConfluenceTogetherOrABadSpaceListAreUsageErrors() {
        assertThat(runWithEnv(Map.of("HANDOFF_CONFLUENCE_TOKEN", "t"), "", "search", "--kb", kb.toString(),
                "--confluence", "https://wiki.example.com", "--space", "OPS:1")).isEqualTo(2);
        assertThat(runWithEnv(Map.of("HANDOFF_CONFLUENCE_TOKEN", "t"), "", "search",
                "--confluence", "https://wiki.example.com", "--space", "OPS\") OR space = (\"SEC:1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("alternatives").contains("not a Confluence space key");
    }
}
