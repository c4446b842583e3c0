package dev.handoff.jira.metrics;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import dev.handoff.core.metrics.ReaskDetector;
import dev.handoff.core.model.Slot;
import dev.handoff.jira.draft.DraftRepository;
import dev.handoff.jira.draft.StoredDraft;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.escalation.EscalationRequestRepository;
import dev.handoff.jira.permission.TierResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Records what happens after an escalation, for the re-ask and routing measures: each comment by a tier-2 (or
 * higher) agent, with how many of its questions repeat what the escalation note held, and each reassignment. The
 * comment itself is read in memory and never stored. Issues never escalated are ignored.
 */
@Named
public class IssueActivityListener {

    /** Jira's system event ids ({@code EventType.ISSUE_ASSIGNED_ID}); comments are taken from any event carrying one. */
    static final long ISSUE_ASSIGNED = 3L;
    private static final Logger log = LoggerFactory.getLogger(IssueActivityListener.class);

    private final EscalationRequestRepository requests;
    private final DraftRepository drafts;
    private final TierResolver tiers;
    private final MetricEvents metrics;
    private final Clock clock;

    @Inject
    public IssueActivityListener(EscalationRequestRepository requests, DraftRepository drafts, TierResolver tiers,
                                 MetricEvents metrics) {
        this(requests, drafts, tiers, metrics, Clock.systemUTC());
    }

    IssueActivityListener(EscalationRequestRepository requests, DraftRepository drafts, TierResolver tiers,
                          MetricEvents metrics, Clock clock) {
        this.requests = requests;
        this.drafts = drafts;
        this.tiers = tiers;
        this.metrics = metrics;
        this.clock = clock;
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            Issue issue = event.getIssue();
            if (issue == null || issue.getId() == null) {
                return;
            }
            Optional<EscalationRequest> escalation = requests.latest(issue.getId()).filter(r -> r.statusId() != null);
            if (escalation.isEmpty()) {
                return;
            }
            Instant now = clock.instant();
            Comment comment = event.getComment();
            if (comment != null) {
                commented(issue.getId(), comment, now);
            }
            if (event.getEventTypeId() != null && event.getEventTypeId() == ISSUE_ASSIGNED) {
                ApplicationUser assignee = issue.getAssignee();
                metrics.record(new MetricEvent(issue.getId(), MetricEvent.Kind.REASSIGNED, now,
                        assignee == null ? null : assignee.getKey(), escalation.get().targetTier(), 0, null));
            }
        } catch (RuntimeException e) {
            // a metric must never disturb the comment or assignment that caused it
            log.warn("Handoff could not record issue activity: {}", e.toString());
        }
    }

    private void commented(long issueId, Comment comment, Instant now) {
        ApplicationUser author = comment.getAuthorApplicationUser();
        int tier = author == null ? 0 : tiers.agentTier(author);
        if (tier < 2) {
            return;
        }
        Optional<StoredDraft> note = drafts.latest(issueId);
        if (note.isEmpty()) {
            return;
        }
        ReaskDetector.Reask reask = ReaskDetector.check(comment.getBody(), note.get().draft());
        String slots = reask.knownSlotsAskedAgain().stream().map(Slot::jsonName).collect(Collectors.joining(","));
        metrics.record(new MetricEvent(issueId, MetricEvent.Kind.TIER2_COMMENT, now, author.getKey(), tier,
                reask.repeatedQuestions() + reask.knownSlotsAskedAgain().size(), slots.isEmpty() ? null : slots));
    }
}
