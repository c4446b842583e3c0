package dev.handoff.cli.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.cli.preview.PreviewBackend.Permissions;
import dev.handoff.cli.preview.PreviewBackend.Response;
import dev.handoff.cli.preview.PreviewBackend.State;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PreviewBackendTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Integer> built = new ArrayList<>();

    private Function<Integer, String> drafts() {
        return v -> {
            built.add(v);
            return "{\"state\":\"ready\",\"targetTier\":2,\"createdAt\":\"2026-03-12T10:15:00Z\","
                    + "\"note\":{\"wiki\":\"h3. Draft " + v + "\",\"text\":\"Draft " + v + "\"},"
                    + "\"environment\":[{\"slot\":\"os\",\"label\":\"OS\",\"values\":[{\"value\":\"Windows 11\","
                    + "\"source\":\"description\",\"confidence\":0.9}]}],\"missing\":[\"device\"],"
                    + "\"redactions\":{\"password\":2},\"state_ignored\":true}";
        };
    }

    private PreviewBackend fresh() {
        return PreviewBackend.builder("SD-7", drafts()).buildTime(Duration.ZERO).build();
    }

    private PreviewBackend ready(int version) {
        return PreviewBackend.builder("SD-7", drafts()).buildTime(Duration.ZERO).startAt(State.READY, version).build();
    }

    private static JsonNode json(Response r) throws Exception {
        return JSON.readTree(r.json());
    }

    @Test
    void a_new_backend_has_no_draft_and_offers_draft_now() throws Exception {
        Response r = fresh().get("SD-7");
        assertThat(r.status()).isEqualTo(200);
        JsonNode b = json(r);
        assertThat(b.get("state").asText()).isEqualTo("none");
        assertThat(b.get("permissions").get("draftNow").asBoolean()).isTrue();
        assertThat(b.get("permissions").get("approve").asBoolean()).isFalse();
        assertThat(b.get("decision").isNull()).isTrue();
        assertThat(built).isEmpty();
    }

    @Test
    void draft_now_queues_version_one_which_is_ready_on_the_next_read() throws Exception {
        PreviewBackend backend = fresh();
        Response queued = backend.draftNow("SD-7");
        assertThat(queued.status()).isEqualTo(202);
        assertThat(json(queued).get("state").asText()).isEqualTo("queued");
        assertThat(json(queued).get("version").asInt()).isEqualTo(1);
        JsonNode ready = json(backend.get("SD-7"));
        assertThat(ready.get("state").asText()).isEqualTo("ready");
        assertThat(ready.get("note").get("text").asText()).isEqualTo("Draft 1");
        assertThat(ready.get("redactions").get("password").asInt()).isEqualTo(2);
        assertThat(ready.get("missing").get(0).asText()).isEqualTo("device");
        assertThat(built).containsExactly(1);
    }

    @Test
    void a_queued_draft_stays_queued_until_its_build_time_is_up() throws Exception {
        PreviewBackend backend = PreviewBackend.builder("SD-7", drafts()).buildTime(Duration.ofHours(1)).build();
        backend.draftNow("SD-7");
        JsonNode b = json(backend.get("SD-7"));
        assertThat(b.get("state").asText()).isEqualTo("queued");
        assertThat(b.get("permissions").get("regenerate").asBoolean()).isFalse();
        assertThat(backend.regenerate("SD-7", 1).status()).isEqualTo(429);
        assertThat(built).isEmpty();
    }

    @Test
    void regenerate_bumps_the_version_and_builds_it_again() throws Exception {
        PreviewBackend backend = ready(3);
        assertThat(json(backend.get("SD-7")).get("note").get("text").asText()).isEqualTo("Draft 3");
        Response r = backend.regenerate("SD-7", 3);
        assertThat(r.status()).isEqualTo(202);
        assertThat(json(r).get("version").asInt()).isEqualTo(4);
        assertThat(json(r).get("state").asText()).isEqualTo("queued");
        assertThat(json(backend.get("SD-7")).get("note").get("text").asText()).isEqualTo("Draft 4");
        assertThat(built).containsExactly(3, 4);
    }

    @Test
    void approve_without_text_approves_the_drafted_wiki_note() throws Exception {
        PreviewBackend backend = ready(2);
        Response r = backend.approve("SD-7", 2, null);
        assertThat(r.status()).isEqualTo(200);
        JsonNode b = json(r);
        assertThat(b.get("state").asText()).isEqualTo("approved");
        assertThat(b.get("decision").get("state").asText()).isEqualTo("approved");
        assertThat(b.get("decision").get("by").asText()).isNotBlank();
        assertThat(b.get("permissions").get("approve").asBoolean()).isFalse();
        assertThat(backend.approvedText()).contains("h3. Draft 2");
    }

    @Test
    void approve_with_edited_text_keeps_the_edited_text() throws Exception {
        PreviewBackend backend = ready(2);
        JsonNode b = json(backend.approve("SD-7", 2, "h3. Edited by a person"));
        assertThat(b.get("note").get("wiki").asText()).isEqualTo("h3. Edited by a person");
        assertThat(backend.approvedText()).contains("h3. Edited by a person");
    }

    @Test
    void approving_an_older_version_is_a_conflict() throws Exception {
        PreviewBackend backend = ready(5);
        Response r = backend.approve("SD-7", 4, null);
        assertThat(r.status()).isEqualTo(409);
        assertThat(json(r).get("error").asText()).contains("not the latest");
        assertThat(backend.state()).isEqualTo(State.READY);
        assertThat(backend.reject("SD-7", 6, "why").status()).isEqualTo(409);
        assertThat(backend.regenerate("SD-7", 1).status()).isEqualTo(409);
    }

    @Test
    void reject_needs_a_reason_of_at_most_500_characters() throws Exception {
        PreviewBackend backend = ready(1);
        assertThat(backend.reject("SD-7", 1, null).status()).isEqualTo(400);
        assertThat(backend.reject("SD-7", 1, "   ").status()).isEqualTo(400);
        assertThat(backend.reject("SD-7", 1, "x".repeat(501)).status()).isEqualTo(400);
        assertThat(backend.state()).isEqualTo(State.READY);
        Response r = backend.reject("SD-7", 1, "Wrong customer");
        assertThat(r.status()).isEqualTo(200);
        assertThat(json(r).get("decision").get("reason").asText()).isEqualTo("Wrong customer");
        assertThat(backend.rejectionReason()).contains("Wrong customer");
    }

    @Test
    void an_unknown_issue_key_is_not_found_everywhere() {
        PreviewBackend backend = ready(1);
        assertThat(backend.get("SD-8").status()).isEqualTo(404);
        assertThat(backend.draftNow("SD-8").status()).isEqualTo(404);
        assertThat(backend.regenerate("SD-8", 1).status()).isEqualTo(404);
        assertThat(backend.approve("SD-8", 1, null).status()).isEqualTo(404);
        assertThat(backend.reject("SD-8", 1, "r").status()).isEqualTo(404);
    }

    @Test
    void missing_permissions_are_forbidden_and_not_offered() throws Exception {
        PreviewBackend backend = PreviewBackend.builder("SD-7", drafts()).buildTime(Duration.ZERO)
                .permissions(new Permissions(false, false, false)).startAt(State.READY, 1).build();
        JsonNode may = json(backend.get("SD-7")).get("permissions");
        assertThat(may.get("approve").asBoolean()).isFalse();
        assertThat(may.get("regenerate").asBoolean()).isFalse();
        assertThat(backend.approve("SD-7", 1, null).status()).isEqualTo(403);
        assertThat(backend.reject("SD-7", 1, "r").status()).isEqualTo(403);
        assertThat(backend.regenerate("SD-7", 1).status()).isEqualTo(403);
    }

    @Test
    void a_failing_draft_function_turns_the_version_into_failed_with_its_reason() throws Exception {
        PreviewBackend backend = PreviewBackend.builder("SD-7", v -> {
            throw new IllegalStateException("model server down");
        }).buildTime(Duration.ZERO).build();
        backend.draftNow("SD-7");
        JsonNode b = json(backend.get("SD-7"));
        assertThat(b.get("state").asText()).isEqualTo("failed");
        assertThat(b.get("failure").asText()).isEqualTo("model server down");
        assertThat(b.get("permissions").get("draftNow").asBoolean()).isTrue();
        assertThat(backend.draftNow("SD-7").status()).isEqualTo(202);
        assertThat(backend.version()).isEqualTo(2);
    }

    @Test
    void a_draft_body_saying_failed_is_a_failed_build() throws Exception {
        PreviewBackend backend = PreviewBackend.builder("SD-7", v -> "{\"state\":\"failed\",\"failure\":\"no comments\"}")
                .buildTime(Duration.ZERO).startAt(State.READY, 1).build();
        JsonNode b = json(backend.get("SD-7"));
        assertThat(b.get("state").asText()).isEqualTo("failed");
        assertThat(b.get("failure").asText()).isEqualTo("no comments");
    }

    @Test
    void the_backend_owns_key_state_version_and_permissions_whatever_the_function_says() throws Exception {
        PreviewBackend backend = PreviewBackend.builder("SD-7",
                        v -> "{\"issueKey\":\"OTHER-1\",\"state\":\"approved\",\"version\":99,\"stale\":true,"
                                + "\"permissions\":{\"approve\":false}}")
                .buildTime(Duration.ZERO).startAt(State.READY, 2).build();
        JsonNode b = json(backend.get("SD-7"));
        assertThat(b.get("issueKey").asText()).isEqualTo("SD-7");
        assertThat(b.get("state").asText()).isEqualTo("ready");
        assertThat(b.get("version").asInt()).isEqualTo(2);
        assertThat(b.get("stale").asBoolean()).isTrue();
        assertThat(b.get("permissions").get("approve").asBoolean()).isTrue();
        for (String field : List.of("issueKey", "state", "stale", "failure", "version", "targetTier", "createdAt", "note",
                "summary", "environment", "missing", "ledger", "redactions", "permissions", "decision")) {
            assertThat(b.has(field)).as(field).isTrue();
        }
    }
}
