package dev.handoff.jira.draft;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.prose.ProseResult;

import java.time.Instant;
import java.util.Optional;

/** Durable drafts, one version per escalation. Implementations return immutable values only. */
public interface DraftRepository {

    /**
     * Stores the draft of escalation {@code escalationSequence} as the issue's next version, unless that
     * escalation already has one: then the existing one is returned, so a retried job adds nothing.
     */
    StoredDraft addOnce(long issueId, int escalationSequence, Draft draft, ProseResult prose, DraftKnowledge knowledge);

    Optional<StoredDraft> latest(long issueId);

    Optional<StoredDraft> find(long issueId, int version);

    /** Removes the draft of one escalation (retention); returns how many rows went. */
    int deleteForEscalation(long issueId, int escalationSequence);

    /** Removes every draft of the issue (the issue was deleted); returns how many. */
    int deleteForIssue(long issueId);

    /** Records a person's decision on a READY version. */
    StoredDraft decide(long issueId, int version, StoredDraft.State decision, String userKey, Instant at,
                       String note, String approvedText);
}
