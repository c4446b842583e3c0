package dev.handoff.cli.preview;

import static dev.handoff.jira.fakes.Workflows.transition;
import static dev.handoff.jira.fakes.Workflows.workflow;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.handoff.jira.HandoffKeys;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.escalation.EscalationRequestRepository;
import dev.handoff.jira.knowledge.KnowledgeNodes;
import dev.handoff.jira.knowledge.KnowledgeStore;
import dev.handoff.jira.load.ModelLoadControl;
import dev.handoff.jira.load.ModelSlots;
import dev.handoff.jira.metrics.MetricEvent;
import dev.handoff.jira.metrics.MetricEvents;
import dev.handoff.jira.operations.HealthReport;
import dev.handoff.jira.operations.WhereUsed;
import dev.handoff.jira.settings.HandoffSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plugin's own health and where-used reports over a fixed small Jira: two requests waiting (the older one
 * {@link #OLDEST_WAIT} ago), one drafting, two failures with their reasons, and three workflows of which two use
 * Handoff. The model part is the plugin's live probe of whatever model URL the admin saved.
 */
final class PreviewOperations {

    static final Duration OLDEST_WAIT = Duration.ofMinutes(7);
    static final String TIMEOUT = "The model server did not answer within 60 s; the note was built without it.";
    static final String DELETED = "The issue was deleted before the draft was ready.";

    private PreviewOperations() {
    }

    static HealthReport health(HandoffSettings settings, PluginSettingsFactory sal, KnowledgeStore knowledge) {
        Instant now = Instant.now();
        Instant oldest = now.minus(OLDEST_WAIT);
        List<EscalationRequest> failures = List.of(
                request(10007, 2, EscalationRequest.State.FAILED, 3, now.minusSeconds(3600), TIMEOUT),
                request(10003, 1, EscalationRequest.State.FAILED, 1, now.minusSeconds(86_400), DELETED));
        EscalationRequestRepository requests = new FixedRequests(new EscalationRequestRepository.Queue(2, 1, Optional.of(oldest)), failures);
        // no model call is made here, so the slots (cluster locks) are never asked for
        ModelLoadControl model = new ModelLoadControl(new ModelSlots(null), settings);
        return new HealthReport(settings, requests, model, new NoMetrics(), sal, knowledge, new KnowledgeNodes(sal));
    }

    private static EscalationRequest request(long issueId, int sequence, EscalationRequest.State state, int attempts,
                                             Instant updated, String failure) {
        return new EscalationRequest(issueId, sequence, 2, "preview-agent", true, "3", updated.minusSeconds(60), state,
                attempts, updated, failure);
    }

    static WhereUsed whereUsed() {
        String function = HandoffKeys.PLUGIN_KEY + HandoffKeys.WORKFLOW_FUNCTION_MODULE;
        String validator = HandoffKeys.PLUGIN_KEY + HandoffKeys.WORKFLOW_VALIDATOR_MODULE;
        List<JiraWorkflow> workflows = List.of(
                workflow("IT Service Desk", true, transition("Escalate to tier 2", function, validator),
                        transition("Resolve", "com.atlassian.jira.plugin.system.workflowupdateissuestatus-function", null)),
                workflow("Old desk", false, transition("Escalate", function, null)),
                workflow("Software", true, transition("Done", null, null)));
        WorkflowManager manager = () -> workflows;
        return new WhereUsed(manager);
    }

    /** The two queries the health report makes; the preview never drafts, so nothing else is asked. */
    private record FixedRequests(Queue queue, List<EscalationRequest> failures) implements EscalationRequestRepository {
        @Override
        public Queue queue() {
            return queue;
        }

        @Override
        public List<EscalationRequest> recentFailures(int limit) {
            return failures.stream().limit(limit).toList();
        }

        @Override
        public EscalationRequest add(long issueId, int targetTier, String requestingUserKey, boolean postAsComment, String statusId) {
            throw new UnsupportedOperationException("the preview does not draft");
        }

        @Override
        public Optional<EscalationRequest> find(long issueId, int sequence) {
            return Optional.empty();
        }

        @Override
        public Optional<EscalationRequest> latest(long issueId) {
            return Optional.empty();
        }

        @Override
        public Optional<EscalationRequest> claim(long issueId, int sequence, Instant staleBefore) {
            return Optional.empty();
        }

        @Override
        public List<EscalationRequest> stuck(Instant olderThan, int limit) {
            return List.of();
        }

        @Override
        public int countManualSince(Long issueId, String userKey, Instant since) {
            return 0;
        }

        @Override
        public List<EscalationRequest> finishedBefore(Instant cutoff, int limit) {
            return List.of();
        }

        @Override
        public void delete(long issueId, int sequence) {
            throw new UnsupportedOperationException("the preview does not purge");
        }

        @Override
        public int deleteForIssue(long issueId) {
            throw new UnsupportedOperationException("the preview does not purge");
        }

        @Override
        public void finish(long issueId, int sequence, EscalationRequest.State state, String failure) {
            throw new UnsupportedOperationException("the preview does not draft");
        }
    }

    private static final class NoMetrics implements MetricEvents {
        @Override
        public void record(MetricEvent event) {
            throw new UnsupportedOperationException("the preview records no events");
        }

        @Override
        public List<MetricEvent> since(Instant since, int limit) {
            return List.of();
        }

        @Override
        public int deleteBefore(Instant cutoff) {
            return 0;
        }

        @Override
        public int deleteForIssue(long issueId) {
            return 0;
        }
    }

    /** SAL settings where the purge job's last run is read from {@code jobState} before the admin's settings. */
    static PluginSettingsFactory withJobState(PluginSettingsFactory sal, Map<String, Object> jobState) {
        return new PluginSettingsFactory() {
            @Override
            public PluginSettings createSettingsForKey(String key) {
                return sal.createSettingsForKey(key);
            }

            @Override
            public PluginSettings createGlobalSettings() {
                PluginSettings global = sal.createGlobalSettings();
                return new PluginSettings() {
                    @Override
                    public Object get(String key) {
                        return jobState.containsKey(key) ? jobState.get(key) : global.get(key);
                    }

                    @Override
                    public Object put(String key, Object value) {
                        return global.put(key, value);
                    }

                    @Override
                    public Object remove(String key) {
                        return global.remove(key);
                    }
                };
            }
        };
    }
}
