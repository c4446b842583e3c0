package dev.handoff.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.workflow.function.issue.AbstractJiraFunctionProvider;
import com.opensymphony.module.propertyset.PropertySet;
import dev.handoff.jira.HandoffKeys;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.escalation.EscalationRequestRepository;
import dev.handoff.jira.job.DraftJobScheduler;
import dev.handoff.jira.settings.EffectiveSettings;
import dev.handoff.jira.settings.ProjectSettingsStore;
import com.atlassian.jira.project.Project;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Map;
import java.util.Optional;

/**
 * Post-function "Draft escalation note". It runs inside the transition, so it only records
 * identifiers and schedules the background job: no ticket text, no model call, no slow work.
 * It never throws: an escalation must go through even when Handoff cannot draft for it.
 */
@Named
public class DraftEscalationFunction extends AbstractJiraFunctionProvider {

    private static final Logger log = LoggerFactory.getLogger(DraftEscalationFunction.class);

    private final EscalationRequestRepository requests;
    private final DraftJobScheduler scheduler;
    private final ProjectSettingsStore projects;

    @Inject
    public DraftEscalationFunction(EscalationRequestRepository requests, DraftJobScheduler scheduler,
                                   ProjectSettingsStore projects) {
        this.requests = requests;
        this.scheduler = scheduler;
        this.projects = projects;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) {
        Long issueId = null;
        EscalationRequest request = null;
        try {
            Issue issue = getIssue(transientVars);
            issueId = issue.getId();
            EffectiveSettings effective = effective(issue, args);
            if (!effective.enabled()) {
                log.info("Handoff skips issue id {}: {}", issueId, effective.skipReason().orElse("disabled"));
                return;
            }
            int tier = effective.targetTier();
            boolean post = effective.postAsComment();
            Status status = issue.getStatus();
            String statusId = status == null ? null : status.getId();
            request = requests.add(issueId, tier, getCallerKey(transientVars, args), post, statusId);
            scheduler.schedule(request);
        } catch (Exception | LinkageError e) {
            log.error("Handoff could not queue a draft for issue id {}: {}", issueId, e.toString());
            if (request != null) {
                try {
                    requests.finish(request.issueId(), request.sequence(), EscalationRequest.State.FAILED,
                            "could not schedule the draft job: " + e.getClass().getSimpleName());
                } catch (RuntimeException recordFailure) {
                    log.error("Handoff could not record the failure for issue id {}", issueId, recordFailure);
                }
            }
        }
    }

    /**
     * Post-function arguments over the project's settings over the global ones. Unreadable project settings fall back
     * to the arguments alone: a settings problem must not cost the escalation its draft.
     */
    private EffectiveSettings effective(Issue issue, Map<?, ?> args) {
        try {
            Project project = issue.getProjectObject();
            return projects.effective(project == null ? null : project.getKey(), args);
        } catch (RuntimeException e) {
            log.warn("Handoff could not read the project's settings for issue id {}; using the post-function's: {}",
                    issue.getId(), e.toString());
            return new EffectiveSettings(true, Optional.empty(), FunctionArguments.targetTier(args),
                    FunctionArguments.postAsComment(args), Optional.empty(), Optional.empty());
        }
    }

    /** The argument names are frozen: they are stored in customers' workflow XML. */
    public static final class FunctionArguments {

        private FunctionArguments() {
        }

        public static int targetTier(Map<?, ?> args) {
            Object raw = args == null ? null : args.get(HandoffKeys.ARG_TARGET_TIER);
            try {
                int tier = raw == null ? 2 : Integer.parseInt(raw.toString().trim());
                return tier >= 1 && tier <= 3 ? tier : 2;
            } catch (NumberFormatException e) {
                return 2;
            }
        }

        public static boolean postAsComment(Map<?, ?> args) {
            Object raw = args == null ? null : args.get(HandoffKeys.ARG_POST_AS_COMMENT);
            return raw != null && Boolean.parseBoolean(raw.toString().trim());
        }
    }
}
