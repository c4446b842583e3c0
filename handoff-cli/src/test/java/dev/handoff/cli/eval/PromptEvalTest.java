package dev.handoff.cli.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PromptEvalTest {

    private static String comment(int id, String body) {
        return "{\"id\":\"" + id + "\",\"author\":{\"name\":\"u" + id % 2 + "\",\"displayName\":\"User " + id % 2 + "\"},"
                + "\"created\":\"2016-03-0" + (id % 9 + 1) + "T10:00:00.000+0000\",\"body\":\"" + body + "\"}";
    }

    @Test
    void the_prompt_shrinks_and_the_truth_token_buried_in_a_log_survives(@TempDir Path corpora) throws IOException {
        Path ac = Files.createDirectories(corpora.resolve("jira").resolve("ac"));
        StringBuilder log = new StringBuilder("Build log:\\n{code}\\n");
        for (int i = 0; i < 80; i++) {
            log.append("[INFO] compiling resource ").append(i).append(" of the project\\n");
        }
        log.append("[INFO] Titanium SDK 5.2.0.GA on Mac OS X 10.11.3\\n{code}");
        String issue = "{\"key\":\"AC-1\",\"fields\":{\"summary\":\"Build fails\",\"description\":\"The build fails since the update.\","
                + "\"environment\":\"Mac OS X 10.11.3\",\"reporter\":{\"name\":\"u1\",\"displayName\":\"User 1\"},"
                + "\"created\":\"2016-03-01T10:00:00.000+0000\",\"comment\":{\"comments\":["
                + comment(1, "Which SDK do you use?") + "," + comment(2, log.toString()) + ","
                + comment(3, "Thanks, we are looking into it.") + "]}}}";
        Files.writeString(ac.resolve("AC-1.json"), issue);
        Files.writeString(corpora.resolve("jira").resolve("env-truth.jsonl"),
                "{\"key\":\"AC-1\",\"environment\":\"Mac OS X 10.11.3\",\"truth_tokens\":[\"10.11.3\"]}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int rc = PromptEval.run(List.of("--corpora", corpora.toString(), "--min-comments", "3"), new PrintStream(out, true, StandardCharsets.UTF_8));

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(rc).isZero();
        assertThat(text).containsPattern("prompt size, 1 AC tickets with 3\\+ comments: (\\d+) of (\\d+) tokens")
                .contains("truth-token survival, long tickets: 1 of 1 = 100.0%")
                .contains("truth-token survival, all 1 AC env-truth tickets: 1 of 1 = 100.0%");
        var m = java.util.regex.Pattern.compile("(\\d+) of (\\d+) tokens = ([\\d.]+)%").matcher(text);
        assertThat(m.find()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isLessThan(Integer.parseInt(m.group(2)) / 2);
    }
}
