package dev.handoff.jira.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handoff.jira.fakes.InMemoryPluginSettings;
import dev.handoff.jira.permission.PermissionKeys;
import dev.handoff.jira.permission.TierResolver;
import dev.handoff.jira.settings.HandoffSettingsWriter;
import dev.handoff.jira.settings.PluginSettingsHandoffSettings;
import dev.handoff.jira.settings.ProjectSettings;
import dev.handoff.jira.settings.ProjectSettingsStore;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AdminServiceTest {

    private final InMemoryPluginSettings sal = new InMemoryPluginSettings();
    private final PluginSettingsHandoffSettings settings = new PluginSettingsHandoffSettings(sal);
    private final java.util.List<dev.handoff.jira.audit.JiraAuditTrail.Change> audited = new java.util.ArrayList<>();
    private final AdminService admin = new AdminService(settings,
            new TierResolver(sal, null, null, new PermissionKeys()), new HandoffSettingsWriter(sal),
            new ProjectSettingsStore(sal, settings), audited::addAll);

    private static JsonNode json(AdminService.Answer a) throws Exception {
        return AdminConfigFixtures.JSON.readTree(a.json());
    }

    @Test
    void an_unconfigured_instance_shows_the_defaults_and_the_accepted_ranges() throws Exception {
        JsonNode body = json(admin.config());

        assertThat(body.at("/config/modelUrl").asText()).isEmpty();
        assertThat(body.at("/config/modelName").asText()).isEqualTo("llama3.1:8b");
        assertThat(body.at("/config/readTimeoutSeconds").asInt()).isEqualTo(60);
        assertThat(body.at("/config/tier2Group").asText()).isEqualTo("handoff-tier2");
        assertThat(body.at("/config/retentionDays").asInt()).isEqualTo(365);
        assertThat(body.at("/config/requiredSlots/*").isArray()).isTrue();
        assertThat(body.at("/ranges/breakerOpenSeconds").toString()).isEqualTo("[10,86400]");
    }

    @Test
    void a_saved_document_is_what_the_settings_readers_return_and_what_the_next_get_shows() throws Exception {
        ObjectNode doc = AdminConfigFixtures.valid();

        AdminService.Answer saved = admin.save("admin", doc.toString());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(settings.model().readTimeout().getSeconds()).isEqualTo(90);
        assertThat(settings.requiredSlots(java.util.Optional.of("Network"))).hasSize(2);
        ObjectNode expected = doc.deepCopy();
        ObjectNode required = expected.putObject("requiredSlots");
        required.putArray("*").add("os");
        required.putArray("network").add("device").add("os"); // categories are stored as the reader looks them up
        expected.put("confluenceSpaces", "NET:2,OPS:1"); // normalised
        assertThat(json(saved).get("config")).isEqualTo(expected);
        assertThat(json(admin.config()).get("config")).isEqualTo(expected);
    }

    @Test
    void a_save_reports_each_changed_setting_to_the_audit_with_redaction_patterns_masked() {
        admin.save("admin", AdminConfigFixtures.valid().toString());
        audited.clear();
        ObjectNode doc = AdminConfigFixtures.valid();
        doc.put("retentionDays", 90);

        admin.save("admin", doc.toString());

        assertThat(audited).containsExactly(new dev.handoff.jira.audit.JiraAuditTrail.Change(
                PluginSettingsHandoffSettings.RETENTION_DAYS, "180", "90"));
    }

    @Test
    void a_first_save_reports_redaction_patterns_only_by_count() {
        admin.save("admin", AdminConfigFixtures.valid().toString());

        assertThat(audited).filteredOn(c -> c.key().equals(PluginSettingsHandoffSettings.REDACTION_PATTERNS))
                .allSatisfy(c -> assertThat(c.to()).matches("\\d+ pattern\\(s\\)"));
        assertThat(audited).isNotEmpty();
    }

    @Test
    void one_bad_value_saves_nothing_and_names_its_field() throws Exception {
        admin.save("admin", AdminConfigFixtures.valid().toString());
        Map<String, Object> before = new HashMap<>(sal.global);
        ObjectNode doc = AdminConfigFixtures.valid();
        doc.put("tier1Group", "changed-group");
        doc.put("readTimeoutSeconds", 0);

        AdminService.Answer answer = admin.save("admin", doc.toString());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(json(answer).get("field").asText()).isEqualTo("readTimeoutSeconds");
        assertThat(sal.global).isEqualTo(before);
    }

    @Test
    void emptied_values_are_removed_so_the_defaults_apply_again() {
        admin.save("admin", AdminConfigFixtures.valid().toString());
        ObjectNode doc = AdminConfigFixtures.valid();
        doc.put("tier1Group", "");
        doc.putObject("requiredSlots");

        admin.save("admin", doc.toString());

        assertThat(sal.global).doesNotContainKeys("handoff.tiers.tier1Group", "handoff.required.network", "handoff.required.*");
    }

    @Test
    void test_connection_refuses_a_file_url_naming_the_url_field() throws Exception {
        AdminService.Answer answer = admin.testConnection("{\"modelUrl\":\"file:///etc/passwd\",\"modelName\":\"m\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(json(answer).get("error").asText()).isEqualTo("Only http:// and https:// URLs can be tested.");
        assertThat(json(answer).get("field").asText()).isEqualTo("modelUrl");
    }

    @Test
    void test_connection_against_ollama_answers_the_probe_result_only() throws Exception {
        try (FakeOllama ollama = FakeOllama.speaking("0.5.7", "llama3.1:8b")) {
            AdminService.Answer answer = admin.testConnection(
                    "{\"modelUrl\":\"" + ollama.url() + "\",\"modelName\":\"llama3.1:8b\"}");

            assertThat(answer.json()).isEqualTo(
                    "{\"outcome\":\"ok\",\"reachable\":true,\"statusClass\":\"2xx\",\"version\":\"0.5.7\",\"modelListed\":true}");
        }
    }

    @Test
    void project_overrides_are_shown_as_inherited_until_set_and_stored_in_the_project_scope() throws Exception {
        assertThat(admin.project("SD").json()).isEqualTo("{\"projectKey\":\"SD\",\"enabled\":true,\"targetTier\":null,"
                + "\"postAsComment\":null,\"commentRole\":\"\",\"commentGroup\":\"\"}");

        AdminService.Answer saved = admin.saveProject("admin", "SD",
                "{\"enabled\":false,\"targetTier\":3,\"postAsComment\":null,\"commentRole\":\"\",\"commentGroup\":\"sd-agents\"}");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(sal.projects.get("SD")).isEqualTo(Map.of(ProjectSettings.ENABLED, "false",
                ProjectSettings.TARGET_TIER, "3", ProjectSettings.COMMENT_GROUP, "sd-agents"));
        assertThat(json(saved).get("enabled").asBoolean()).isFalse();
        assertThat(sal.global).isEmpty();
    }

    @Test
    void a_bad_project_override_saves_nothing() throws Exception {
        admin.saveProject("admin", "SD", "{\"enabled\":false,\"targetTier\":null,\"postAsComment\":null,\"commentRole\":\"\",\"commentGroup\":\"\"}");

        AdminService.Answer answer = admin.saveProject("admin", "SD",
                "{\"enabled\":true,\"targetTier\":4,\"postAsComment\":null,\"commentRole\":\"\",\"commentGroup\":\"\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(json(answer).get("field").asText()).isEqualTo("targetTier");
        assertThat(sal.projects.get("SD")).isEqualTo(Map.of(ProjectSettings.ENABLED, "false"));
    }

    @Test
    void the_writer_reports_only_the_keys_whose_stored_value_changed() {
        HandoffSettingsWriter writer = new HandoffSettingsWriter(sal);
        sal.global.put("handoff.retention.days", "90");
        sal.global.put("handoff.comment.role", "Developers");

        Set<String> changed = writer.write(new java.util.LinkedHashMap<>(Map.of(
                "handoff.retention.days", "90", "handoff.comment.role", "", "handoff.model.name", "qwen2.5:7b")));

        assertThat(changed).containsExactly("handoff.comment.role", "handoff.model.name");
        assertThat(sal.global).containsOnly(Map.entry("handoff.retention.days", "90"), Map.entry("handoff.model.name", "qwen2.5:7b"));
    }
}
