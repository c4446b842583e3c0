package dev.handoff.jira.fakes;

import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.escalation.EscalationRequestRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The repository contract in memory, shared by several "nodes" in a test the way they share the database. */
public final class InMemoryEscalationRequests implements EscalationRequestRepository {

    private final List<EscalationRequest> rows = new ArrayList<>();

    @Override
    public synchronized EscalationRequest add(long issueId, int targetTier, String userKey, boolean post, String statusId) {
        int seq = (int) rows.stream().filter(r -> r.issueId() == issueId).count() + 1;
        EscalationRequest r = new EscalationRequest(issueId, seq, targetTier, userKey, post, statusId, Instant.now(),
                EscalationRequest.State.QUEUED, 0, null, null);
        rows.add(r);
        return r;
    }

    @Override
    public synchronized Queue queue() {
        List<EscalationRequest> open = rows.stream().filter(r -> r.state() == EscalationRequest.State.QUEUED
                || r.state() == EscalationRequest.State.DRAFTING).toList();
        return new Queue((int) open.stream().filter(r -> r.state() == EscalationRequest.State.QUEUED).count(),
                (int) open.stream().filter(r -> r.state() == EscalationRequest.State.DRAFTING).count(),
                open.stream().map(EscalationRequest::updatedAt).min(java.util.Comparator.naturalOrder()));
    }

    @Override
    public synchronized List<EscalationRequest> recentFailures(int limit) {
        return rows.stream().filter(r -> r.state() == EscalationRequest.State.FAILED)
                .sorted(java.util.Comparator.comparing(EscalationRequest::updatedAt).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized List<EscalationRequest> finishedBefore(Instant cutoff, int limit) {
        return rows.stream()
                .filter(r -> (r.state() == EscalationRequest.State.READY || r.state() == EscalationRequest.State.FAILED)
                        && r.requestedAt().isBefore(cutoff))
                .sorted(java.util.Comparator.comparing(EscalationRequest::requestedAt)).limit(limit).toList();
    }

    @Override
    public synchronized void delete(long issueId, int sequence) {
        rows.removeIf(r -> r.issueId() == issueId && r.sequence() == sequence);
    }

    @Override
    public synchronized int deleteForIssue(long issueId) {
        int before = rows.size();
        rows.removeIf(r -> r.issueId() == issueId);
        return before - rows.size();
    }

    /** Test hook: a request made at {@code when}. */
    public synchronized void requestedAt(long issueId, int sequence, Instant when) {
        rows.replaceAll(r -> r.issueId() == issueId && r.sequence() == sequence
                ? new EscalationRequest(r.issueId(), r.sequence(), r.targetTier(), r.requestingUserKey(), r.postAsComment(),
                r.statusId(), when, r.state(), r.attempts(), r.updatedAt(), r.failure()) : r);
    }

    @Override
    public synchronized int countManualSince(Long issueId, String userKey, Instant since) {
        return (int) rows.stream()
                .filter(r -> r.statusId() == null && !r.requestedAt().isBefore(since))
                .filter(r -> issueId != null ? r.issueId() == issueId : java.util.Objects.equals(r.requestingUserKey(), userKey))
                .count();
    }

    @Override
    public synchronized Optional<EscalationRequest> find(long issueId, int sequence) {
        return rows.stream().filter(r -> r.issueId() == issueId && r.sequence() == sequence).findFirst();
    }

    @Override
    public synchronized Optional<EscalationRequest> latest(long issueId) {
        return rows.stream().filter(r -> r.issueId() == issueId).reduce((a, b) -> b);
    }

    @Override
    public synchronized Optional<EscalationRequest> claim(long issueId, int sequence, Instant staleBefore) {
        Optional<EscalationRequest> found = find(issueId, sequence);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EscalationRequest r = found.get();
        boolean claimable = r.state() == EscalationRequest.State.QUEUED || r.state() == EscalationRequest.State.FAILED
                || (r.state() == EscalationRequest.State.DRAFTING && r.updatedAt().isBefore(staleBefore));
        if (!claimable) {
            return Optional.empty();
        }
        EscalationRequest next = with(r, EscalationRequest.State.DRAFTING, r.attempts() + 1, null);
        rows.set(rows.indexOf(r), next);
        return Optional.of(next);
    }

    @Override
    public synchronized List<EscalationRequest> stuck(Instant olderThan, int limit) {
        return rows.stream().filter(r -> (r.state() == EscalationRequest.State.QUEUED || r.state() == EscalationRequest.State.DRAFTING)
                && r.updatedAt().isBefore(olderThan)).limit(limit).toList();
    }

    /** Test hook: the request as if nothing touched it since {@code when}. */
    public synchronized void age(long issueId, int sequence, Instant when) {
        find(issueId, sequence).ifPresent(r -> rows.set(rows.indexOf(r), new EscalationRequest(r.issueId(), r.sequence(),
                r.targetTier(), r.requestingUserKey(), r.postAsComment(), r.statusId(), r.requestedAt(), r.state(), r.attempts(),
                when, r.failure())));
    }

    @Override
    public synchronized void finish(long issueId, int sequence, EscalationRequest.State state, String failure) {
        find(issueId, sequence).ifPresent(r -> rows.set(rows.indexOf(r), with(r, state, r.attempts(), failure)));
    }

    private static EscalationRequest with(EscalationRequest r, EscalationRequest.State state, int attempts, String failure) {
        return new EscalationRequest(r.issueId(), r.sequence(), r.targetTier(), r.requestingUserKey(), r.postAsComment(),
                r.statusId(), r.requestedAt(), state, attempts, Instant.now(), failure);
    }
}
