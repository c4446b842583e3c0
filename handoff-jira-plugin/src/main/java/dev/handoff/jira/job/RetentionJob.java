package dev.handoff.jira.job;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.handoff.jira.audit.AuditLog;
import dev.handoff.jira.draft.DraftRepository;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.escalation.EscalationRequestRepository;
import dev.handoff.jira.metrics.MetricEvents;
import dev.handoff.jira.settings.HandoffSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Retention: escalations finished longer ago than the configured number of days go, with their drafts, and so do
 * audit rows and metric events of that age. Runs daily, once per cluster. Requests still QUEUED or DRAFTING are never purged.
 */
@Named
public class RetentionJob implements JobRunner {

    static final int BATCH = 500;
    /** Global plugin setting holding the last run's time and summary, for the health page. */
    public static final String LAST_RUN_KEY = "handoff.retention.lastRun";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    public record Purged(int escalations, int drafts, int auditRows, int metricEvents) {
    }

    private final EscalationRequestRepository requests;
    private final DraftRepository drafts;
    private final AuditLog audit;
    private final HandoffSettings settings;
    private final MetricEvents metrics;
    private final PluginSettingsFactory pluginSettings;
    private final Clock clock;

    @Inject
    public RetentionJob(EscalationRequestRepository requests, DraftRepository drafts, AuditLog audit, HandoffSettings settings,
                        MetricEvents metrics, @ComponentImport PluginSettingsFactory pluginSettings) {
        this(requests, drafts, audit, settings, metrics, pluginSettings, Clock.systemUTC());
    }

    RetentionJob(EscalationRequestRepository requests, DraftRepository drafts, AuditLog audit, HandoffSettings settings,
                 MetricEvents metrics, PluginSettingsFactory pluginSettings, Clock clock) {
        this.requests = requests;
        this.drafts = drafts;
        this.audit = audit;
        this.settings = settings;
        this.metrics = metrics;
        this.pluginSettings = pluginSettings;
        this.clock = clock;
    }

    public Purged purge() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(settings.retentionDays()));
        int escalations = 0;
        int draftRows = 0;
        List<EscalationRequest> batch;
        do {
            batch = requests.finishedBefore(cutoff, BATCH);
            for (EscalationRequest r : batch) {
                // drafts first: a purge cut short leaves a request without drafts, never drafts without a request
                draftRows += drafts.deleteForEscalation(r.issueId(), r.sequence());
                requests.delete(r.issueId(), r.sequence());
                escalations++;
            }
        } while (batch.size() == BATCH);
        return new Purged(escalations, draftRows, audit.deleteBefore(cutoff), metrics.deleteBefore(cutoff));
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return JobRunnerResponse.success(purgeAndRecord());
    }

    /** Purges, and leaves the run's time and summary in the global plugin settings for the health page. */
    String purgeAndRecord() {
        Purged p = purge();
        String summary = "purged " + p.escalations() + " escalations, " + p.drafts() + " drafts, " + p.auditRows()
                + " audit rows and " + p.metricEvents() + " metric events older than " + settings.retentionDays() + " days";
        log.info("Handoff retention {}", summary);
        pluginSettings.createGlobalSettings().put(LAST_RUN_KEY, clock.instant() + " " + summary);
        return summary;
    }
}
