package dev.handoff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code draft --role NAME --group NAME}: comments restricted in Jira reach the draft only for an audience that has the role or group. */
class DraftAudienceTest {

    private static final String ISSUE = """
            {"key":"SD-12","fields":{"summary":"Outlook keeps prompting for password",
             "description":"Since my password change on Monday Outlook keeps asking for my credentials.",
             "reporter":{"name":"abecker","displayName":"Anna Becker"},"created":"2026-11-02T08:12:00.000+0000",
             "comment":{"comments":[
              {"id":"1","author":{"name":"tkoch","displayName":"Tim Koch"},"created":"2026-11-02T10:00:00.000+0000",
               "visibility":{"type":"role","value":"Service Desk Team"},
               "body":"Cleared the cached credentials in Credential Manager. Still prompting."},
              {"id":"2","author":{"name":"lead","displayName":"Desk Lead"},"created":"2026-11-02T10:10:00.000+0000",
               "visibility":{"type":"group","value":"desk-leads"},
               "body":"Recreated the Outlook profile via remote session. No change."}]}}}
            """;

    private record Run(int rc, String out, String err) {
    }

    private Run draft(String... options) {
        List<String> args = new ArrayList<>(List.of("--json"));
        args.addAll(List.of(options));
        args.add("-");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new DraftCommand(Map.of()).run(args, new ByteArrayInputStream(ISSUE.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> triedSteps(Run run) throws IOException {
        JsonNode line = new ObjectMapper().readTree(run.out());
        List<String> steps = new ArrayList<>();
        line.path("ledger").path("tried").forEach(t -> steps.add(t.path("step").asText()));
        return steps;
    }

    @Test
    void withoutRoleOrGroupTheRestrictedCommentsStayOut() throws IOException {
        Run run = draft();

        assertThat(run.rc()).isZero();
        assertThat(triedSteps(run)).isEmpty();
        assertThat(run.out()).doesNotContain("Credential Manager", "Outlook profile");
    }

    @Test
    void aRoleOrGroupOfTheAudienceLetsExactlyItsCommentsIn() throws IOException {
        assertThat(triedSteps(draft("--role", "Service Desk Team")))
                .containsExactly("Cleared the cached credentials in Credential Manager.");
        assertThat(triedSteps(draft("--role", "Service Desk Team", "--group", "desk-leads")))
                .containsExactly("Cleared the cached credentials in Credential Manager.",
                        "Recreated the Outlook profile via remote session.");
    }

    @Test
    void aRoleWithoutANameIsAClearError() {
        Run run = draft("--role", "--tier", "2");

        assertThat(run.rc()).isEqualTo(2);
        assertThat(run.err()).contains("--role needs a name");
    }
}
