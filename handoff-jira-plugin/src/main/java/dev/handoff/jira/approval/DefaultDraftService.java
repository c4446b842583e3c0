package dev.handoff.jira.approval;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.core.draft.Draft;
import dev.handoff.core.render.NoteRenderer;
import dev.handoff.jira.audit.AuditEntry;
import dev.handoff.jira.audit.AuditLog;
import dev.handoff.jira.audit.JiraAuditTrail;
import dev.handoff.jira.draft.DraftConflictException;
import dev.handoff.jira.draft.DraftRepository;
import dev.handoff.jira.draft.DraftService;
import dev.handoff.jira.draft.StoredDraft;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.metrics.MetricEvent;
import dev.handoff.jira.metrics.MetricEvents;
import dev.handoff.jira.settings.RedactionPolicy;
import dev.handoff.jira.escalation.EscalationRequestRepository;
import dev.handoff.jira.job.DraftJobScheduler;
import dev.handoff.jira.job.IssueLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts on request and decisions on drafts. Approval is the only moment Handoff writes to an issue: the
 * environment fields (as the approver, through IssueService) and, when the escalation asked for it, a
 * restricted or internal comment. The approved text is neutralised and redacted again, since the approver
 * may have typed into it.
 */
@Named
public class DefaultDraftService implements DraftService {

    private static final Logger log = LoggerFactory.getLogger(DefaultDraftService.class);

    private final EscalationRequestRepository requests;
    private final DraftRepository drafts;
    private final AuditLog audit;
    private final IssueLocks locks;
    private final DraftJobScheduler scheduler;
    private final RestrictedCommentPoster poster;
    private final EnvironmentFieldWriter fields;
    private final CommentManager comments;
    private final MetricEvents metrics;
    private final NoteRenderer renderer = new NoteRenderer();
    private final RedactionPolicy redaction;
    private final JiraAuditTrail jiraAudit;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public DefaultDraftService(EscalationRequestRepository requests, DraftRepository drafts, AuditLog audit, IssueLocks locks,
                               DraftJobScheduler scheduler, RestrictedCommentPoster poster, EnvironmentFieldWriter fields,
                               @ComponentImport CommentManager comments, MetricEvents metrics, RedactionPolicy redaction,
                               JiraAuditTrail jiraAudit) {
        this.requests = requests;
        this.drafts = drafts;
        this.audit = audit;
        this.locks = locks;
        this.scheduler = scheduler;
        this.poster = poster;
        this.fields = fields;
        this.comments = comments;
        this.metrics = metrics;
        this.redaction = redaction;
        this.jiraAudit = jiraAudit;
    }

    @Override
    public Optional<EscalationRequest> latestRequest(long issueId) {
        return requests.latest(issueId);
    }

    @Override
    public Optional<StoredDraft> latestDraft(long issueId) {
        return drafts.latest(issueId);
    }

    @Override
    public boolean isStale(Issue issue, StoredDraft draft) {
        Comment last = comments.getLastComment(issue);
        return last != null && last.getCreated() != null && last.getCreated().toInstant().isAfter(draft.draft().created());
    }

    @Override
    public EscalationRequest requestDraft(Issue issue, ApplicationUser user, int targetTier) {
        EscalationRequest request = locks.withLock(issue.getId(), 30,
                () -> requests.add(issue.getId(), targetTier, user.getKey(), false, null));
        try {
            scheduler.schedule(request);
        } catch (Exception e) {
            requests.finish(request.issueId(), request.sequence(), EscalationRequest.State.FAILED,
                    "could not schedule the draft job: " + e.getClass().getSimpleName());
            throw new IllegalStateException("the draft job could not be scheduled", e);
        }
        audit.record(new AuditEntry(issue.getId(), 0, AuditEntry.Action.REQUESTED, user.getKey(), clock.instant(), 0, null, null, null));
        return request;
    }

    @Override
    public StoredDraft approve(Issue issue, ApplicationUser approver, int version, String editedText) throws DraftConflictException {
        StoredDraft current = decidable(issue.getId(), version);
        Draft draft = current.draft();
        String proposed = current.prose() == null ? renderer.wiki(draft) : renderer.wiki(draft, current.prose());
        boolean edited = editedText != null && !editedText.isBlank() && !editedText.strip().equals(proposed.strip());
        String approved = redaction.redactor().redact(PostedText.neutralise(edited ? editedText : proposed)).text();

        int written = fields.write(issue, approver, draft.environment());
        boolean post = requests.find(issue.getId(), current.escalationSequence()).map(EscalationRequest::postAsComment).orElse(false);
        if (post) {
            poster.post(issue, approver, approved);
        }
        Instant now = clock.instant();
        StoredDraft decided = drafts.decide(issue.getId(), version, StoredDraft.State.APPROVED, approver.getKey(), now, null, approved);
        audit.record(new AuditEntry(issue.getId(), version,
                edited ? AuditEntry.Action.EDITED_AND_APPROVED : AuditEntry.Action.APPROVED, approver.getKey(), now,
                draft.sources().size(), draft.redactions(), edited ? diff(proposed, approved) : null, null));
        jiraAudit.approved(issue, version, edited, written, post);
        String changes = edited ? diff(proposed, approved) : "";
        metrics.record(new MetricEvent(issue.getId(), MetricEvent.Kind.APPROVED, now, approver.getKey(), draft.targetTier(),
                changes.isEmpty() ? 0 : (int) changes.lines().count(), edited ? "edited" : null));
        log.info("Handoff draft {} of issue id {} approved; {} environment field(s) written, comment posted: {}",
                version, issue.getId(), written, post);
        return decided;
    }

    @Override
    public StoredDraft reject(Issue issue, ApplicationUser user, int version, String reason) throws DraftConflictException {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        decidable(issue.getId(), version);
        String cleanReason = redaction.redactor().redact(reason.strip()).text();
        Instant now = clock.instant();
        StoredDraft decided = drafts.decide(issue.getId(), version, StoredDraft.State.REJECTED, user.getKey(), now, cleanReason, null);
        audit.record(new AuditEntry(issue.getId(), version, AuditEntry.Action.REJECTED, user.getKey(), now, 0, null, null, cleanReason));
        metrics.record(new MetricEvent(issue.getId(), MetricEvent.Kind.REJECTED, now, user.getKey(),
                decided.draft().targetTier(), 0, cleanReason));
        return decided;
    }

    /** Only the latest version, and only while nobody decided on it, may be approved or rejected. */
    private StoredDraft decidable(long issueId, int version) throws DraftConflictException {
        Optional<StoredDraft> latest = drafts.latest(issueId);
        if (latest.isEmpty() || latest.get().version() != version) {
            throw new DraftConflictException("draft version " + version + " is not the latest");
        }
        if (latest.get().state() != StoredDraft.State.READY) {
            throw new DraftConflictException("draft version " + version + " was already " + latest.get().state().name().toLowerCase(java.util.Locale.ROOT));
        }
        return latest.get();
    }

    /** Lines removed from and added to the proposed note; both sides are already redacted. */
    static String diff(String proposed, String approved) {
        Set<String> before = new LinkedHashSet<>(proposed.lines().toList());
        Set<String> after = new LinkedHashSet<>(approved.lines().toList());
        List<String> out = new ArrayList<>();
        before.stream().filter(l -> !after.contains(l)).forEach(l -> out.add("- " + l));
        after.stream().filter(l -> !before.contains(l)).forEach(l -> out.add("+ " + l));
        return String.join("\n", out);
    }
}
