package dev.handoff.cli.eval;

import dev.handoff.core.redact.Redactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RedactEvalTest {

    @TempDir
    Path dir;

    private void writeCorpus() throws IOException {
        Files.createDirectories(dir.resolve("secrets"));
        Files.createDirectories(dir.resolve("jira/ac"));
        // one secret the redactor finds, one it cannot know about (a plain word with no context)
        Files.writeString(dir.resolve("secrets/positives.jsonl"), String.join("\n",
                "{\"text\":\"GITHUB_TOKEN=ghp_XIxB7KMNdAr3zqWtQqhE94qglHqOzn1D1stg\",\"secret\":\"ghp_XIxB7KMNdAr3zqWtQqhE94qglHqOzn1D1stg\",\"kind\":\"np.github.1\",\"source\":\"noseyparker\"}",
                "{\"text\":\"the mascot is bluebird\",\"secret\":\"bluebird\",\"kind\":\"generic-password\",\"source\":\"gitleaks\"}",
                ""), StandardCharsets.UTF_8);
        // one negative left alone, one that the redactor (rightly or not) changes
        Files.writeString(dir.resolve("secrets/negatives.jsonl"), String.join("\n",
                "{\"text\":\"password: ${DB_PASSWORD}\",\"why\":\"placeholder\",\"source\":\"gitleaks\",\"rule\":\"x\"}",
                "{\"text\":\"pw: Hunter2x!\",\"why\":\"documentation\",\"source\":\"gitleaks\",\"rule\":\"y\"}",
                ""), StandardCharsets.UTF_8);
        // four clean lines (one with a random-looking token) and one credential-looking line that is not counted
        Files.writeString(dir.resolve("jira/ac/AC-1.json"), """
                {"key":"AC-1","fields":{"description":"App crashes on start\\nsee build Zx81Qw72Er63Ty54Ui45Op36 attached\\n\\nmy password is Abc123!x",
                 "comment":{"comments":[{"body":"Works on iOS 12\\nFails on Android 9"}]}}}
                """, StandardCharsets.UTF_8);
    }

    @Test
    void figuresOnATinyCorpusFollowFromItsRows() throws IOException {
        writeCorpus();
        RedactEval.Report r = RedactEval.evaluate(dir, Redactor.defaults(), 0, new PrintStream(new ByteArrayOutputStream()));

        assertThat(r.positives).isEqualTo(2);
        assertThat(r.recalled).isEqualTo(1);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.bySource.get("noseyparker")).containsExactly(1, 1);
        assertThat(r.bySource.get("gitleaks")).containsExactly(0, 1);
        assertThat(r.byFamily.get("tokens/api keys")).containsExactly(1, 1);
        assertThat(r.byFamily.get("passwords")).containsExactly(0, 1);

        assertThat(r.negatives).isEqualTo(2);
        assertThat(r.negativesUnchanged).isEqualTo(1);

        assertThat(r.allLines).isEqualTo(5);
        assertThat(r.cleanLines).isEqualTo(4);
        assertThat(r.falseRedactions).isEqualTo(1);
        assertThat(r.falsePer1000()).isEqualTo(250.0);
        assertThat(r.allLineRedactions).isEqualTo(2);
    }

    @Test
    void runPrintsEveryFigureAndRejectsAMissingCorpus() throws IOException {
        writeCorpus();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int rc = RedactEval.run(List.of("--corpora", dir.toString()), new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(rc).isZero();
        assertThat(out).contains("recall overall: 0.5000 (1/2)", "source noseyparker", "family passwords",
                "false redactions per 1000 clean lines: 250.000", "negatives unchanged: 0.5000 (1/2)",
                "mean neighbour similarity", "MB/s");

        int missing = RedactEval.run(List.of("--corpora", dir.resolve("nope").toString()),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(missing).isEqualTo(2);
    }

    @Test
    void similarityIsOneMinusEditDistanceOverTheLongerText() {
        assertThat(RedactEval.similarity("abc", "abc")).isEqualTo(1.0);
        assertThat(RedactEval.similarity("user jdoe, password ", "user jdoe, password ")).isEqualTo(1.0);
        // one deleted char out of 10
        assertThat(RedactEval.similarity("host WS-01", "host WS-1")).isCloseTo(0.9, within(1e-9));
        assertThat(RedactEval.similarity("", "")).isEqualTo(1.0);
        assertThat(RedactEval.levenshtein("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void embeddingInsertsTheExampleAtAWordBoundaryAndKeepsTheHost() {
        String host = "the app crashes when opening the camera";
        String out = RedactEval.embed(host, "pw: X", new Random(7));
        assertThat(out).contains("pw: X");
        assertThat(out.replace("pw: X", "").replaceAll(" +", " ").trim()).isEqualTo(host);
    }

    @Test
    void ruleIdsMapToTheReadmeFamilies() {
        assertThat(RedactEval.family("private-key")).isEqualTo("private keys");
        assertThat(RedactEval.family("np.pem.1")).isEqualTo("private keys");
        assertThat(RedactEval.family("np.mongodb.1")).isEqualTo("connection strings/URIs");
        assertThat(RedactEval.family("curl-auth-user")).isEqualTo("passwords");
        assertThat(RedactEval.family("np.generic.5")).isEqualTo("passwords");
        assertThat(RedactEval.family("np.generic.1")).isEqualTo("tokens/api keys");
        assertThat(RedactEval.family("kubernetes-secret-yaml")).isEqualTo("other");
    }
}
