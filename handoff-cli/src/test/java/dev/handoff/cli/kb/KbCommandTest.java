package dev.handoff.cli.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
}
