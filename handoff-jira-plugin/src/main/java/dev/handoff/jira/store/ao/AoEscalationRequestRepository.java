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

/** Active Objects behind our own port: callers only ever see {@link EscalationRequest} values. */
@Named
public class AoEscalationRequestRepository implements EscalationRequestRepository {

    private final ActiveObjects ao;

    @Inject
    public AoEscalationRequestRepository(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public EscalationRequest add(long issueId, int targetTier, String requestingUserKey, boolean postAsComment) {
        return ao.executeInTransaction(() -> {
            EscalationEntity[] latest = ao.find(EscalationEntity.class,
                    Query.select().where("ISSUE_ID = ?", issueId).order("SEQUENCE DESC").limit(1));
            int sequence = latest.length == 0 ? 1 : latest[0].getSequence() + 1;
            EscalationEntity e = ao.create(EscalationEntity.class,
                    new DBParam("ISSUE_ID", issueId),
                    new DBParam("SEQUENCE", sequence),
                    new DBParam("TARGET_TIER", targetTier),
                    new DBParam("USER_KEY", requestingUserKey),
                    new DBParam("POST_AS_COMMENT", postAsComment),
                    new DBParam("REQUESTED_AT", System.currentTimeMillis()),
                    new DBParam("STATE", EscalationRequest.State.QUEUED.name()));
            return toValue(e);
        });
    }

    @Override
    public Optional<EscalationRequest> find(long issueId, int sequence) {
        EscalationEntity[] found = ao.find(EscalationEntity.class,
                Query.select().where("ISSUE_ID = ? AND SEQUENCE = ?", issueId, sequence));
        return found.length == 0 ? Optional.empty() : Optional.of(toValue(found[0]));
    }

    @Override
    public boolean transition(long issueId, int sequence, EscalationRequest.State expected, EscalationRequest.State next, String failure) {
        return ao.executeInTransaction(() -> {
            EscalationEntity[] found = ao.find(EscalationEntity.class,
                    Query.select().where("ISSUE_ID = ? AND SEQUENCE = ? AND STATE = ?", issueId, sequence, expected.name()));
            if (found.length == 0) {
                return false;
            }
            found[0].setState(next.name());
            found[0].setFailure(failure);
            found[0].save();
            return true;
        });
    }

    static EscalationRequest toValue(EscalationEntity e) {
        return new EscalationRequest(e.getIssueId(), e.getSequence(), e.getTargetTier(), e.getUserKey(),
                e.getPostAsComment(), Instant.ofEpochMilli(e.getRequestedAt()),
                EscalationRequest.State.valueOf(e.getState()), e.getFailure());
    }
}
