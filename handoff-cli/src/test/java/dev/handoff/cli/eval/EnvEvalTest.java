package dev.handoff.cli.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnvEvalTest {

    @Test
    void version_tokens_follow_the_readme_examples() {
        // Examples of metric (a) in the corpora README
        assertThat(EnvEval.tokens("10.11.6")).containsExactly("10.11.6");
        assertThat(EnvEval.tokens("5.2.0.GA")).containsExactly("5.2.0.ga");
        assertThat(EnvEval.tokens("6.0.0.v20161013072802")).containsExactly("6.0.0.v20161013072802");
        assertThat(EnvEval.tokens("2.7.1-SNAPSHOT")).containsExactly("2.7.1-snapshot");
        assertThat(EnvEval.tokens("CentOS7.1")).containsExactly("7.1");
        assertThat(EnvEval.tokens("Windows 10 build 16299")).containsExactly("16299");
    }

    @Test
    void a_bare_integer_is_not_a_version_token() {
        assertThat(EnvEval.tokens("Windows 10, Outlook 2016")).isEmpty();
    }

    @Test
    void the_gold_reference_scores_labels_and_block_with_the_same_metric() {
        // {truth, gold found, gold, gold in field, ours found, ours, ours in field} per issue
        List<long[]> rows = List.of(new long[] {2, 2, 2, 2, 1, 2, 1}, new long[] {2, 1, 2, 1, 1, 1, 1});
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        EnvEval.printGoldReference(rows, new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));

        String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(out).contains("issues also in env-slots-gold.jsonl: 2 (4 truth tokens)");
        // gold: 3 of 4 truth tokens, 3 of 4 labelled tokens in the field; block: 2 of 4, 2 of 3
        assertThat(out).containsPattern("gold slot labels +0\\.750 \\[0\\.500-1\\.000\\] +0\\.750 \\[0\\.500-1\\.000\\]");
        assertThat(out).containsPattern("extracted block +0\\.500 \\[0\\.500-0\\.500\\] +0\\.667 \\[0\\.500-1\\.000\\]");
    }

    @Test
    void corpora_come_from_the_flag_first() {
        assertThat(EvalSupport.corpora(List.of("--corpora", "/data/x"))).isEqualTo(Path.of("/data/x"));
        assertThat(EvalSupport.corpora(List.of("--corpora=/data/y"))).isEqualTo(Path.of("/data/y"));
    }
}
