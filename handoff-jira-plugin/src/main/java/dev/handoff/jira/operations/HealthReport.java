package dev.handoff.jira.operations;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.escalation.EscalationRequestRepository;
import dev.handoff.jira.job.RetentionJob;
import dev.handoff.jira.load.ModelLoadControl;
import dev.handoff.jira.metrics.MetricEvents;
import dev.handoff.jira.metrics.OutcomeMeasures;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.ModelSettings;
import dev.handoff.jira.prose.ProseWriter;
import dev.handoff.jira.knowledge.KnowledgeNodes;
import dev.handoff.jira.knowledge.KnowledgeStore;
import dev.handoff.llm.OllamaHealth;
import dev.handoff.llm.OpenAiCompatibleHealth;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an admin checks when drafts seem slow or missing: the model's state as this node sees it (a live probe of
 * the server and the model's presence, plus the circuit breaker), the job queue's
 * depth and age, recent failures with their reasons, retention, and the outcome measures of the last 90 days.
 * Values only; the model endpoint is shown without user info, and no ticket text appears.
 */
@Named
public class HealthReport {

    static final Duration OUTCOME_WINDOW = Duration.ofDays(90);
    static final int OUTCOME_EVENTS = 200_000;
    static final int FAILURES = 20;

    private final HandoffSettings settings;
    private final EscalationRequestRepository requests;
    private final ModelLoadControl model;
    private final MetricEvents metrics;
    private final PluginSettingsFactory pluginSettings;
    private final KnowledgeStore store;
    private final KnowledgeNodes nodes;
    private final Function<ModelSettings, OllamaHealth.Status> probe;
    private final Clock clock;

    @Inject
    public HealthReport(HandoffSettings settings, EscalationRequestRepository requests, ModelLoadControl model,
                        MetricEvents metrics, @ComponentImport PluginSettingsFactory pluginSettings, KnowledgeStore store,
                        KnowledgeNodes nodes) {
        this(settings, requests, model, metrics, pluginSettings, store, nodes, HealthReport::probe, Clock.systemUTC());
    }

    HealthReport(HandoffSettings settings, EscalationRequestRepository requests, ModelLoadControl model,
                 MetricEvents metrics, PluginSettingsFactory pluginSettings, KnowledgeStore store, KnowledgeNodes nodes,
                 Function<ModelSettings, OllamaHealth.Status> probe, Clock clock) {
        this.store = store;
        this.nodes = nodes;
        this.settings = settings;
        this.requests = requests;
        this.model = model;
        this.metrics = metrics;
        this.pluginSettings = pluginSettings;
        this.probe = probe;
        this.clock = clock;
    }

    /**
     * From this node, with the model settings' connect timeout: Ollama's /api/version, then /api/tags for the model;
     * an OpenAI-compatible server's /v1/models.
     */
    static OllamaHealth.Status probe(ModelSettings m) {
        return m.protocol() == ModelSettings.Protocol.OPENAI
                ? new OpenAiCompatibleHealth(ProseWriter.openAi(m, m.connectTimeout())).check()
                : new OllamaHealth(ProseWriter.ollama(m, m.connectTimeout())).check();
    }

    public Map<String, Object> build() {
        Instant now = clock.instant();
        Map<String, Object> report = new LinkedHashMap<>();
        ModelSettings m = settings.model();
        Map<String, Object> modelPart = new LinkedHashMap<>();
        modelPart.put("configured", m.enabled());
        modelPart.put("endpoint", m.endpoint().map(u -> u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort())).orElse(null));
        modelPart.put("model", m.model());
        modelPart.put("maxConcurrent", m.maxConcurrent());
        modelPart.put("breakerOpenUntil", model.breakerOpenUntil().map(Instant::toString).orElse(null));
        modelPart.put("lastFailure", model.lastFailure().orElse(null));
        if (m.enabled()) {
            OllamaHealth.Status s = probe.apply(m);
            modelPart.put("reachable", s.reachable());
            modelPart.put("version", s.version());
            modelPart.put("modelPresent", s.modelPresent());
            modelPart.put("problem", s.problem());
        }
        report.put("model", modelPart);

        EscalationRequestRepository.Queue q = requests.queue();
        Map<String, Object> queue = new LinkedHashMap<>();
        queue.put("queued", q.queued());
        queue.put("drafting", q.drafting());
        queue.put("oldestWaitingSeconds", q.oldest().map(o -> Duration.between(o, now).toSeconds()).orElse(null));
        report.put("queue", queue);

        List<Map<String, Object>> failures = new ArrayList<>();
        for (EscalationRequest r : requests.recentFailures(FAILURES)) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("issueId", r.issueId());
            f.put("escalation", r.sequence());
            f.put("at", r.updatedAt().toString());
            f.put("attempts", r.attempts());
            f.put("reason", r.failure());
            failures.add(f);
        }
        report.put("recentFailures", failures);

        Map<String, Object> retention = new LinkedHashMap<>();
        retention.put("days", settings.retentionDays());
        Object lastRun = pluginSettings.createGlobalSettings().get(RetentionJob.LAST_RUN_KEY);
        retention.put("lastRun", lastRun instanceof String s ? s : null);
        report.put("retention", retention);

        String knowledge = store.fingerprint();
        List<Map<String, Object>> indexes = new ArrayList<>();
        for (KnowledgeNodes.Entry e : nodes.all()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("node", e.node());
            i.put("version", Integer.toHexString(e.fingerprint().hashCode()));
            i.put("documents", e.documents());
            i.put("skipped", e.skipped());
            i.put("builtAt", e.builtAt().toString());
            i.put("current", e.fingerprint().equals(knowledge));
            indexes.add(i);
        }
        report.put("indexes", indexes);

        OutcomeMeasures o = OutcomeMeasures.of(metrics.since(now.minus(OUTCOME_WINDOW), OUTCOME_EVENTS));
        Map<String, Object> outcomes = new LinkedHashMap<>();
        outcomes.put("days", OUTCOME_WINDOW.toDays());
        outcomes.put("escalations", o.escalations());
        outcomes.put("drafts", o.drafts());
        outcomes.put("environmentFillRate", rate(o.environmentFillRate()));
        outcomes.put("reaskRate", rate(o.reaskRate()));
        outcomes.put("firstPassRoutingAccuracy", rate(o.firstPassRoutingAccuracy()));
        report.put("outcomes", outcomes);
        return report;
    }

    /** A rate without events to divide by is unknown (null): JSON has no NaN, and a fresh install has no events. */
    private static Double rate(double r) {
        return Double.isNaN(r) ? null : r;
    }
}
