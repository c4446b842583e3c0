package dev.handoff.jira.operations;

import java.util.List;
import dev.handoff.jira.knowledge.KnowledgeBaseProbe;
import dev.handoff.jira.knowledge.KnowledgeNodes;
import dev.handoff.jira.fakes.InMemoryPluginSettings;
import dev.handoff.jira.fakes.InMemoryKnowledgeStore;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.handoff.core.json.Json;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.fakes.InMemoryEscalationRequests;
import dev.handoff.jira.fakes.InMemoryMetrics;
import dev.handoff.jira.job.RetentionJob;
import dev.handoff.jira.load.ModelLoadControl;
import dev.handoff.jira.load.ModelSlots;
import dev.handoff.jira.metrics.MetricEvent;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.ModelSettings;
import dev.handoff.llm.OllamaHealth;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class HealthReportTest {

    @Test
    @SuppressWarnings("unchecked")
    void it_reports_queue_depth_and_age_failures_with_reasons_retention_and_outcomes_without_credentials() {
        InMemoryEscalationRequests requests = new InMemoryEscalationRequests();
        InMemoryMetrics metrics = new InMemoryMetrics();
        HandoffSettings settings = mock(HandoffSettings.class);
        when(settings.model()).thenReturn(new ModelSettings(Optional.of(URI.create("http://svc:s3cret@ollama.internal:11434/")),
                "qwen2.5:7b", Duration.ofSeconds(5), Duration.ofSeconds(60), 2, 3, Duration.ofMinutes(5), ModelSettings.Protocol.OLLAMA, false));
        when(settings.retentionDays()).thenReturn(365);
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        PluginSettings global = mock(PluginSettings.class);
        when(factory.createGlobalSettings()).thenReturn(global);
        when(global.get(RetentionJob.LAST_RUN_KEY)).thenReturn("2026-12-01T03:00:00Z purged 4 escalations");
        Instant now = Instant.now().plusSeconds(600);

        requests.add(1L, 2, "ann", true, "10002");
        EscalationRequest failed = requests.add(2L, 2, "ann", true, "10002");
        requests.claim(2L, failed.sequence(), Instant.EPOCH);
        requests.finish(2L, failed.sequence(), EscalationRequest.State.FAILED, "the requesting user may no longer browse the issue");
        metrics.record(new MetricEvent(1L, MetricEvent.Kind.ESCALATED, now.minusSeconds(60), "ann", 2, 0, null));
        metrics.record(new MetricEvent(1L, MetricEvent.Kind.DRAFTED, now.minusSeconds(50), "ann", 2, 4, null));

        HealthReport report = new HealthReport(settings, requests,
                new ModelLoadControl(new ModelSlots(mock(ClusterLockService.class)), settings), metrics, factory,
                new InMemoryKnowledgeStore(), new KnowledgeNodes(factory, "node-1"),
                m -> new OllamaHealth.Status(true, "0.5.7", false, "model qwen2.5:7b is not pulled"),
                Clock.fixed(now, ZoneOffset.UTC));
        Map<String, Object> r = report.build();
        String json = Json.write(r);

        assertThat(json).contains("\"endpoint\":\"http://ollama.internal:11434\"").doesNotContain("s3cret");
        assertThat(json).contains("\"reachable\":true", "\"version\":\"0.5.7\"", "\"modelPresent\":false");
        assertThat((Map<String, Object>) r.get("queue")).containsEntry("queued", 1).containsEntry("drafting", 0);
        assertThat((Long) ((Map<String, Object>) r.get("queue")).get("oldestWaitingSeconds")).isBetween(590L, 700L);
        assertThat(json).contains("\"reason\":\"the requesting user may no longer browse the issue\"");
        assertThat(json).contains("\"lastRun\":\"2026-12-01T03:00:00Z purged 4 escalations\"");
        assertThat((Map<String, Object>) r.get("outcomes")).containsEntry("escalations", 1).containsEntry("environmentFillRate", 0.8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_fresh_install_without_events_or_model_reports_unknown_rates_as_null_and_still_writes_json() {
        HandoffSettings settings = mock(HandoffSettings.class);
        when(settings.model()).thenReturn(new ModelSettings(Optional.empty(), "llama3.1:8b", Duration.ofSeconds(5),
                Duration.ofSeconds(60), 2, 3, Duration.ofMinutes(5), ModelSettings.Protocol.OLLAMA, false));
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(mock(PluginSettings.class));
        HealthReport report = new HealthReport(settings, new InMemoryEscalationRequests(),
                new ModelLoadControl(new ModelSlots(mock(ClusterLockService.class)), settings), new InMemoryMetrics(), factory,
                new InMemoryKnowledgeStore(), new KnowledgeNodes(factory, "node-1"),
                m -> { throw new AssertionError("no model is configured, so none is probed"); }, Clock.systemUTC());

        Map<String, Object> r = report.build();

        assertThat((Map<String, Object>) r.get("outcomes")).containsEntry("drafts", 0).containsEntry("environmentFillRate", null)
                .containsEntry("reaskRate", null).containsEntry("firstPassRoutingAccuracy", null);
        assertThat(Json.write(r)).contains("\"environmentFillRate\":null", "\"configured\":false", "\"lastRun\":null");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyNodesKnowledgeIndexIsListedAndANodeThatMissedAChangeIsNotCurrent() {
        HandoffSettings settings = mock(HandoffSettings.class);
        when(settings.model()).thenReturn(ModelSettings.DEFAULTS);
        InMemoryPluginSettings factory = new InMemoryPluginSettings();
        InMemoryKnowledgeStore store = new InMemoryKnowledgeStore();
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        dev.handoff.jira.knowledge.KnowledgeSource desk = store.addSource("Desk", 1, "admin", at);
        store.replaceDocuments(desk.id(), List.of(new dev.handoff.jira.knowledge.SourceDocument(desk.id(), "vpn.md",
                "# VPN\n\nRenew the certificate.")), "admin", at);
        KnowledgeBaseProbe.searchOn(store, new KnowledgeNodes(factory, "node-a"));
        store.updateSource(desk.id(), "Desk", 2, "admin", at);
        KnowledgeBaseProbe.searchOn(store, new KnowledgeNodes(factory, "node-b"));

        HealthReport report = new HealthReport(settings, new InMemoryEscalationRequests(),
                new ModelLoadControl(new ModelSlots(mock(ClusterLockService.class)), settings), new InMemoryMetrics(), factory,
                store, new KnowledgeNodes(factory, "node-b"), m -> null, Clock.systemUTC());
        List<Map<String, Object>> indexes = (List<Map<String, Object>>) report.build().get("indexes");

        assertThat(indexes).extracting(i -> i.get("node")).containsExactly("node-a", "node-b");
        assertThat(indexes).extracting(i -> i.get("current")).containsExactly(false, true);
        assertThat(indexes).extracting(i -> i.get("documents")).containsExactly(1, 1);
    }
}
