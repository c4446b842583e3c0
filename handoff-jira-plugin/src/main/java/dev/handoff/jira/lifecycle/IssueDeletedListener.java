package dev.handoff.jira.lifecycle;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import dev.handoff.jira.audit.AuditLog;
import dev.handoff.jira.draft.DraftRepository;
import dev.handoff.jira.escalation.EscalationRequestRepository;
import dev.handoff.jira.metrics.MetricEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * A deleted issue takes Handoff's records with it: requests, drafts, audit rows and metric events. A moved issue keeps its id, and
 * everything Handoff stores is keyed by issue id, so drafts follow a move without any work here.
 */
@Named
public class IssueDeletedListener {

    /** Jira's system event id for issue deletion ({@code EventType.ISSUE_DELETED_ID}); system ids never change. */
    static final long ISSUE_DELETED = 8L;
    private static final Logger log = LoggerFactory.getLogger(IssueDeletedListener.class);

    private final EscalationRequestRepository requests;
    private final DraftRepository drafts;
    private final AuditLog audit;
    private final MetricEvents metrics;

    @Inject
    public IssueDeletedListener(EscalationRequestRepository requests, DraftRepository drafts, AuditLog audit,
                                MetricEvents metrics) {
        this.requests = requests;
        this.drafts = drafts;
        this.audit = audit;
        this.metrics = metrics;
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        if (event.getEventTypeId() == null || event.getEventTypeId() != ISSUE_DELETED || event.getIssue() == null) {
            return;
        }
        long issueId = event.getIssue().getId();
        try {
            int d = drafts.deleteForIssue(issueId);
            int r = requests.deleteForIssue(issueId);
            int a = audit.deleteForIssue(issueId);
            int m = metrics.deleteForIssue(issueId);
            log.info("Handoff removed {} drafts, {} requests, {} audit rows and {} metric events of deleted issue id {}",
                    d, r, a, m, issueId);
        } catch (RuntimeException e) {
            // never fail Jira's deletion; the retention purge removes the rows later
            log.error("Handoff could not remove the records of deleted issue id {}: {}", issueId, e.toString());
        }
    }
}
