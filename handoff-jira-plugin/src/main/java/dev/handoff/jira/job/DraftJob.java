package dev.handoff.jira.job;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.prose.RunbookPassage;
import dev.handoff.jira.knowledge.KnowledgeFinder;
import dev.handoff.jira.knowledge.KnowledgeLookup;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.jira.audit.AuditEntry;
import dev.handoff.jira.audit.AuditLog;
import dev.handoff.jira.draft.DraftRepository;
import dev.handoff.jira.draft.StoredDraft;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.metrics.MetricEvent;
import dev.handoff.jira.metrics.MetricEvents;
import dev.handoff.jira.settings.RedactionPolicy;
import dev.handoff.jira.prose.ProseWriter;
import dev.handoff.core.prose.ModelCall;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.model.Slot;
import dev.handoff.jira.escalation.EscalationRequestRepository;
import dev.handoff.jira.security.RunAsUser;
import dev.handoff.jira.ticket.IssueSnapshotReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.BiFunction;
import java.util.Objects;
import java.util.Optional;

/**
 * The background draft of one escalation. Idempotent: the request is claimed under the issue's cluster
 * lock, a draft is stored at most once per escalation, and a retried or duplicated run finds the work
 * done. Runs explicitly as the requesting user; a failure leaves the issue and earlier drafts untouched,
 * marks the request FAILED with its reason and schedules a retry with backoff.
 */
@Named
public class DraftJob {

    /** A DRAFTING request not touched for this long belongs to a node that died. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 4;
    private static final Logger log = LoggerFactory.getLogger(DraftJob.class);

    public enum Outcome { DRAFTED, ALREADY_DONE, ABANDONED, FAILED_WILL_RETRY, FAILED }

    private final EscalationRequestRepository requests;
    private final DraftRepository drafts;
    private final AuditLog audit;
    private final IssueLocks locks;
    private final IssueManager issues;
    private final UserManager users;
    private final PermissionManager permissions;
    private final IssueSnapshotReader snapshots;
    private final RunAsUser runAs;
    private final DraftJobScheduler scheduler;
    private final java.util.function.Supplier<EscalationPipeline> pipeline;
    private final MetricEvents metrics;
    private final KnowledgeLookup knowledge;
    private final BiFunction<EscalationPipeline.Drafted, List<RunbookPassage>, ProseResult> prose;
    private final Clock clock;

    @Inject
    public DraftJob(EscalationRequestRepository requests, DraftRepository drafts, AuditLog audit, IssueLocks locks,
                    @ComponentImport IssueManager issues, @ComponentImport UserManager users,
                    @ComponentImport PermissionManager permissions, IssueSnapshotReader snapshots, RunAsUser runAs,
                    DraftJobScheduler scheduler, MetricEvents metrics, RedactionPolicy redaction, KnowledgeFinder knowledge,
                    ProseWriter prose) {
        this(requests, drafts, audit, locks, issues, users, permissions, snapshots, runAs, scheduler,
                redaction::pipeline, metrics, knowledge, prose::write, Clock.systemUTC());
    }

    DraftJob(EscalationRequestRepository requests, DraftRepository drafts, AuditLog audit, IssueLocks locks,
             IssueManager issues, UserManager users, PermissionManager permissions, IssueSnapshotReader snapshots,
             RunAsUser runAs, DraftJobScheduler scheduler, java.util.function.Supplier<EscalationPipeline> pipeline,
             MetricEvents metrics, KnowledgeLookup knowledge,
             BiFunction<EscalationPipeline.Drafted, List<RunbookPassage>, ProseResult> prose, Clock clock) {
        this.requests = requests;
        this.drafts = drafts;
        this.audit = audit;
        this.locks = locks;
        this.issues = issues;
        this.users = users;
        this.permissions = permissions;
        this.snapshots = snapshots;
        this.runAs = runAs;
        this.scheduler = scheduler;
        this.pipeline = Objects.requireNonNull(pipeline);
        this.metrics = metrics;
        this.knowledge = knowledge;
        this.prose = prose;
        this.clock = clock;
    }

    public Outcome run(long issueId, int sequence) {
        Instant now = clock.instant();
        Optional<EscalationRequest> claimed = locks.withLock(issueId, 30,
                () -> requests.claim(issueId, sequence, now.minus(STALE_AFTER)));
        if (claimed.isEmpty()) {
            return Outcome.ALREADY_DONE;
        }
        EscalationRequest request = claimed.get();
        if (request.attempts() == 1 && request.statusId() != null) {
            // an escalation through a transition (not "Draft now"), counted once however often the job retries
            metrics.record(new MetricEvent(issueId, MetricEvent.Kind.ESCALATED, request.requestedAt(),
                    request.requestingUserKey(), request.targetTier(), 0, null));
        }
        try {
            ApplicationUser user = users.getUserByKey(request.requestingUserKey());
            Issue issue = issues.getIssueObject(issueId);
            String abandon = reasonToAbandon(request, user, issue);
            if (abandon != null) {
                requests.finish(issueId, sequence, EscalationRequest.State.FAILED, abandon);
                audit.record(new AuditEntry(issueId, 0, AuditEntry.Action.FAILED, request.requestingUserKey(), now, 0, null, null, abandon));
                return Outcome.ABANDONED;
            }
            Built built = runAs.call(user, () -> {
                Ticket ticket = snapshots.read(issue, user);
                EscalationPipeline.Drafted d = pipeline.get().draftWithSources(ticket, Audience.agents(request.targetTier()));
                return new Built(d, knowledge.find(issue, user, ticket, d.draft()));
            });
            EscalationPipeline.Drafted drafted = built.drafted();
            Draft draft = drafted.draft();
            ProseResult written = prose(drafted, built.knowledge());
            StoredDraft stored = locks.withLock(issueId, 30,
                    () -> drafts.addOnce(issueId, sequence, draft, written, built.knowledge()));
            requests.finish(issueId, sequence, EscalationRequest.State.READY, null);
            audit.record(new AuditEntry(issueId, stored.version(), AuditEntry.Action.DRAFTED, request.requestingUserKey(),
                    clock.instant(), draft.sources().size(), draft.redactions(), null, null));
            metrics.record(new MetricEvent(issueId, MetricEvent.Kind.DRAFTED, clock.instant(), request.requestingUserKey(),
                    request.targetTier(), Slot.values().length - draft.environment().missing().size(),
                    written == null ? null : written.fellBack() ? "model-fallback" : "model"));
            return Outcome.DRAFTED;
        } catch (RuntimeException e) {
            // The message names the failure without ticket text: exceptions from the pipeline never carry it.
            String reason = "drafting failed (attempt " + request.attempts() + "): " + e.getClass().getSimpleName();
            log.warn("Handoff draft of issue id {} escalation {} failed", issueId, sequence, e);
            requests.finish(issueId, sequence, EscalationRequest.State.FAILED, reason);
            audit.record(new AuditEntry(issueId, 0, AuditEntry.Action.FAILED, request.requestingUserKey(), clock.instant(), 0, null, null, reason));
            if (request.attempts() < MAX_ATTEMPTS) {
                try {
                    scheduler.schedule(request, Date.from(clock.instant().plus(backoff(request.attempts()))));
                    return Outcome.FAILED_WILL_RETRY;
                } catch (Exception scheduling) {
                    log.error("Handoff could not schedule a retry for issue id {}", issueId, scheduling);
                }
            }
            return Outcome.FAILED;
        }
    }

    private record Built(EscalationPipeline.Drafted drafted, DraftKnowledge knowledge) {
    }

    /**
     * The model's prose, if a model is configured, citing the retrieved runbooks by id; a model problem of any
     * kind becomes a reason, never a failed draft.
     */
    private ProseResult prose(EscalationPipeline.Drafted drafted, DraftKnowledge knowledge) {
        try {
            return prose.apply(drafted, knowledge.passages());
        } catch (RuntimeException e) {
            log.warn("Handoff's model step failed; the draft is deterministic: {}", e.toString());
            return ProseResult.fallback("the model step failed: " + e.getClass().getSimpleName(), 0, new ModelCall("", 0, null, null));
        }
    }

    /** Null when the draft should be built; otherwise why not, in words an admin can act on. */
    private String reasonToAbandon(EscalationRequest request, ApplicationUser user, Issue issue) {
        if (issue == null) {
            return "the issue no longer exists";
        }
        if (user == null) {
            return "the requesting user no longer exists";
        }
        if (!permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return "the requesting user may no longer browse the issue";
        }
        String status = issue.getStatus() == null ? null : issue.getStatus().getId();
        if (request.statusId() != null && !request.statusId().equals(status)) {
            return "the issue left the escalation status before the draft was built";
        }
        return null;
    }

    /** 1, 4, 16 minutes: a model or database hiccup passes, a permanent failure stops soon. */
    static Duration backoff(int attempts) {
        return Duration.ofMinutes((long) Math.pow(4, Math.max(0, attempts - 1)));
    }
}
