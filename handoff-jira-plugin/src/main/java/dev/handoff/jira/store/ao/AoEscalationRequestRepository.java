package dev.handoff.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.escalation.EscalationRequestRepository;
import net.java.ao.DBParam;
import net.java.ao.Query;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.Optional;

/**
 * Active Objects behind our own port: callers only ever see {@link EscalationRequest} values. Claims and
 * sequence numbers run under the issue's cluster lock (held by the caller), so the read-then-write here
 * cannot interleave with another node's.
 */
@Named
public class AoEscalationRequestRepository implements EscalationRequestRepository {

    private final ActiveObjects ao;

    @Inject
    public AoEscalationRequestRepository(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public EscalationRequest add(long issueId, int targetTier, String requestingUserKey, boolean postAsComment, String statusId) {
        return ao.executeInTransaction(() -> {
            EscalationEntity[] latest = ao.find(EscalationEntity.class,
                    Query.select().where("ISSUE_ID = ?", issueId).order("SEQUENCE DESC").limit(1));
            int sequence = latest.length == 0 ? 1 : latest[0].getSequence() + 1;
            long now = System.currentTimeMillis();
            EscalationEntity e = ao.create(EscalationEntity.class,
                    new DBParam("ISSUE_ID", issueId),
                    new DBParam("SEQUENCE", sequence),
                    new DBParam("TARGET_TIER", targetTier),
                    new DBParam("USER_KEY", requestingUserKey),
                    new DBParam("POST_AS_COMMENT", postAsComment),
                    new DBParam("STATUS_ID", statusId),
                    new DBParam("REQUESTED_AT", now),
                    new DBParam("STATE", EscalationRequest.State.QUEUED.name()),
                    new DBParam("ATTEMPTS", 0),
                    new DBParam("UPDATED_AT", now));
            return toValue(e);
        });
    }

    @Override
    public Optional<EscalationRequest> find(long issueId, int sequence) {
        return one(Query.select().where("ISSUE_ID = ? AND SEQUENCE = ?", issueId, sequence)).map(AoEscalationRequestRepository::toValue);
    }

    @Override
    public Optional<EscalationRequest> latest(long issueId) {
        return one(Query.select().where("ISSUE_ID = ?", issueId).order("SEQUENCE DESC").limit(1)).map(AoEscalationRequestRepository::toValue);
    }

    @Override
    public Optional<EscalationRequest> claim(long issueId, int sequence, Instant staleBefore) {
        return ao.executeInTransaction(() -> {
            Optional<EscalationEntity> found = one(Query.select().where("ISSUE_ID = ? AND SEQUENCE = ?", issueId, sequence));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            EscalationEntity e = found.get();
            EscalationRequest.State state = EscalationRequest.State.valueOf(e.getState());
            boolean claimable = state == EscalationRequest.State.QUEUED || state == EscalationRequest.State.FAILED
                    || (state == EscalationRequest.State.DRAFTING && e.getUpdatedAt() < staleBefore.toEpochMilli());
            if (!claimable) {
                return Optional.empty();
            }
            e.setState(EscalationRequest.State.DRAFTING.name());
            e.setAttempts(e.getAttempts() + 1);
            e.setUpdatedAt(System.currentTimeMillis());
            e.save();
            return Optional.of(toValue(e));
        });
    }

    @Override
    public void finish(long issueId, int sequence, EscalationRequest.State state, String failure) {
        ao.executeInTransaction(() -> {
            one(Query.select().where("ISSUE_ID = ? AND SEQUENCE = ?", issueId, sequence)).ifPresent(e -> {
                e.setState(state.name());
                e.setFailure(failure);
                e.setUpdatedAt(System.currentTimeMillis());
                e.save();
            });
            return null;
        });
    }

    @Override
    public java.util.List<EscalationRequest> stuck(Instant olderThan, int limit) {
        EscalationEntity[] found = ao.find(EscalationEntity.class, Query.select()
                .where("STATE IN (?, ?) AND UPDATED_AT < ?", EscalationRequest.State.QUEUED.name(),
                        EscalationRequest.State.DRAFTING.name(), olderThan.toEpochMilli())
                .order("UPDATED_AT ASC").limit(limit));
        return java.util.Arrays.stream(found).map(AoEscalationRequestRepository::toValue).toList();
    }

    @Override
    public Queue queue() {
        int queued = ao.count(EscalationEntity.class, Query.select().where("STATE = ?", EscalationRequest.State.QUEUED.name()));
        int drafting = ao.count(EscalationEntity.class, Query.select().where("STATE = ?", EscalationRequest.State.DRAFTING.name()));
        EscalationEntity[] oldest = ao.find(EscalationEntity.class, Query.select()
                .where("STATE IN (?, ?)", EscalationRequest.State.QUEUED.name(), EscalationRequest.State.DRAFTING.name())
                .order("UPDATED_AT ASC").limit(1));
        return new Queue(queued, drafting,
                oldest.length == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(oldest[0].getUpdatedAt())));
    }

    @Override
    public java.util.List<EscalationRequest> recentFailures(int limit) {
        EscalationEntity[] found = ao.find(EscalationEntity.class, Query.select()
                .where("STATE = ?", EscalationRequest.State.FAILED.name()).order("UPDATED_AT DESC").limit(limit));
        return java.util.Arrays.stream(found).map(AoEscalationRequestRepository::toValue).toList();
    }

    @Override
    public java.util.List<EscalationRequest> finishedBefore(Instant cutoff, int limit) {
        EscalationEntity[] found = ao.find(EscalationEntity.class, Query.select()
                .where("STATE IN (?, ?) AND REQUESTED_AT < ?", EscalationRequest.State.READY.name(),
                        EscalationRequest.State.FAILED.name(), cutoff.toEpochMilli())
                .order("REQUESTED_AT ASC").limit(limit));
        return java.util.Arrays.stream(found).map(AoEscalationRequestRepository::toValue).toList();
    }

    @Override
    public void delete(long issueId, int sequence) {
        ao.deleteWithSQL(EscalationEntity.class, "ISSUE_ID = ? AND SEQUENCE = ?", issueId, sequence);
    }

    @Override
    public int deleteForIssue(long issueId) {
        return ao.deleteWithSQL(EscalationEntity.class, "ISSUE_ID = ?", issueId);
    }

    @Override
    public int countManualSince(Long issueId, String userKey, Instant since) {
        if (issueId != null) {
            return ao.count(EscalationEntity.class, Query.select()
                    .where("ISSUE_ID = ? AND STATUS_ID IS NULL AND REQUESTED_AT >= ?", issueId, since.toEpochMilli()));
        }
        return ao.count(EscalationEntity.class, Query.select()
                .where("USER_KEY = ? AND STATUS_ID IS NULL AND REQUESTED_AT >= ?", userKey, since.toEpochMilli()));
    }

    private Optional<EscalationEntity> one(Query query) {
        EscalationEntity[] found = ao.find(EscalationEntity.class, query);
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    static EscalationRequest toValue(EscalationEntity e) {
        return new EscalationRequest(e.getIssueId(), e.getSequence(), e.getTargetTier(), e.getUserKey(),
                e.getPostAsComment(), e.getStatusId(), Instant.ofEpochMilli(e.getRequestedAt()),
                EscalationRequest.State.valueOf(e.getState()), e.getAttempts(), Instant.ofEpochMilli(e.getUpdatedAt()),
                e.getFailure());
    }
}
