package dev.handoff.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.jira.draft.DraftRepository;
import dev.handoff.jira.draft.StoredDraft;
import dev.handoff.jira.store.DraftCodec;
import net.java.ao.DBParam;
import net.java.ao.Query;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.Optional;

/** Drafts in Active Objects; callers hold the issue's cluster lock around {@link #addOnce}. */
@Named
public class AoDraftRepository implements DraftRepository {

    private final ActiveObjects ao;

    @Inject
    public AoDraftRepository(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public StoredDraft addOnce(long issueId, int escalationSequence, Draft draft, ProseResult prose, DraftKnowledge knowledge) {
        return ao.executeInTransaction(() -> {
            DraftEntity[] existing = ao.find(DraftEntity.class,
                    Query.select().where("ISSUE_ID = ? AND ESCALATION_SEQ = ?", issueId, escalationSequence));
            if (existing.length > 0) {
                return toValue(existing[0]);
            }
            DraftEntity[] latest = ao.find(DraftEntity.class, Query.select().where("ISSUE_ID = ?", issueId).order("VERSION DESC").limit(1));
            int version = latest.length == 0 ? 1 : latest[0].getVersion() + 1;
            DraftEntity e = ao.create(DraftEntity.class,
                    new DBParam("ISSUE_ID", issueId),
                    new DBParam("VERSION", version),
                    new DBParam("ESCALATION_SEQ", escalationSequence),
                    new DBParam("STATE", StoredDraft.State.READY.name()),
                    new DBParam("DRAFT_JSON", DraftCodec.encode(draft)),
                    new DBParam("PROSE_JSON", prose == null ? null : DraftCodec.encodeProse(prose)),
                    new DBParam("KNOWLEDGE_JSON", knowledge == null ? null : DraftCodec.encodeKnowledge(knowledge)));
            return toValue(e);
        });
    }

    @Override
    public Optional<StoredDraft> latest(long issueId) {
        DraftEntity[] found = ao.find(DraftEntity.class, Query.select().where("ISSUE_ID = ?", issueId).order("VERSION DESC").limit(1));
        return found.length == 0 ? Optional.empty() : Optional.of(toValue(found[0]));
    }

    @Override
    public Optional<StoredDraft> find(long issueId, int version) {
        DraftEntity[] found = ao.find(DraftEntity.class, Query.select().where("ISSUE_ID = ? AND VERSION = ?", issueId, version));
        return found.length == 0 ? Optional.empty() : Optional.of(toValue(found[0]));
    }

    @Override
    public int deleteForEscalation(long issueId, int escalationSequence) {
        return ao.deleteWithSQL(DraftEntity.class, "ISSUE_ID = ? AND ESCALATION_SEQ = ?", issueId, escalationSequence);
    }

    @Override
    public int deleteForIssue(long issueId) {
        return ao.deleteWithSQL(DraftEntity.class, "ISSUE_ID = ?", issueId);
    }

    @Override
    public StoredDraft decide(long issueId, int version, StoredDraft.State decision, String userKey, Instant at,
                              String note, String approvedText) {
        return ao.executeInTransaction(() -> {
            DraftEntity[] found = ao.find(DraftEntity.class, Query.select().where("ISSUE_ID = ? AND VERSION = ?", issueId, version));
            if (found.length == 0) {
                throw new IllegalArgumentException("no draft version " + version + " for issue " + issueId);
            }
            DraftEntity e = found[0];
            e.setState(decision.name());
            e.setDecidedBy(userKey);
            e.setDecidedAt(at.toEpochMilli());
            e.setDecisionNote(note);
            e.setApprovedText(approvedText);
            e.save();
            return toValue(e);
        });
    }

    static StoredDraft toValue(DraftEntity e) {
        return new StoredDraft(e.getIssueId(), e.getVersion(), e.getEscalationSeq(), DraftCodec.decode(e.getDraftJson()),
                e.getProseJson() == null ? null : DraftCodec.decodeProse(e.getProseJson()), StoredDraft.State.valueOf(e.getState()), e.getDecidedBy(),
                e.getDecidedAt() == null ? null : Instant.ofEpochMilli(e.getDecidedAt()), e.getDecisionNote(), e.getApprovedText(),
                e.getKnowledgeJson() == null ? null : DraftCodec.decodeKnowledge(e.getKnowledgeJson()));
    }
}
