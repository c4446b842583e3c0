package dev.handoff.cli.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SlotsEvalTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // containment at word boundaries, either way, after lower-casing and stripping punctuation
        "Titanium SDK 3.5.0.GA | 3.5.0.GA | true",
        "\"iOS 7.1\" | ios 7.1 | true",
        "Error: spawn EACCES | spawn EACCES | true",
        // "iOS 8" is not inside "iOS 8.1", "ad" is not inside "address"
        "iOS 8 | iOS 8.1 | false",
        "ad | address | false",
        // content-word Jaccard: update/updated/updating fold together
        "After updating Studio | updated Studio | true",
        "Android 4.2.2 | iOS 7.1 | false"})
    void values_match_per_metric_d(String predicted, String gold, boolean expected) {
        assertThat(SlotsEval.matches(predicted, gold)).isEqualTo(expected);
    }

    @Test
    void suffix_folding_joins_the_forms_of_one_verb() {
        assertThat(SlotsEval.fold("updated")).isEqualTo(SlotsEval.fold("updating")).isEqualTo(SlotsEval.fold("update"));
    }

    @Test
    void a_tiny_corpus_is_scored_slot_by_slot(@TempDir Path dir) throws Exception {
        Path jira = Files.createDirectories(dir.resolve("jira").resolve("ac"));
        Files.writeString(jira.resolve("AC-1.json"), """
                {"key": "AC-1", "fields": {"summary": "Custom Fonts no longer rendering in iOS 7.1 (worked in 7.0.3)",
                 "description": "Fonts show as boxes.", "environment": "iOS 7.1",
                 "reporter": {"name": "r", "displayName": "R"}, "comment": {"comments": []}}}
                """);
        Files.writeString(dir.resolve("jira").resolve("env-slots-gold.jsonl"),
                "{\"key\": \"AC-1\", \"slots\": {\"device\": [], \"os\": [\"iOS 7.1\"], \"application\": [], "
                        + "\"lastChange\": [], \"errorString\": []}}\n");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        SlotsEval.run(List.of("--corpora", dir.toString()), new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).containsPattern("os\\s+1\\.000\\s+1\\.000");
        assertThat(out).containsPattern("device\\s+n/a\\s+n/a\\s+0\\.000");
        assertThat(out).contains("run time");
    }
}
