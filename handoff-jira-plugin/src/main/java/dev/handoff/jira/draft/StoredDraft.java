package dev.handoff.jira.draft;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.prose.ProseResult;

import java.time.Instant;
import java.util.Objects;

/**
 * A draft as stored: the redacted draft (facts with source references), the model's validated prose (null when no
 * model is configured; a fallback reason when the model failed), what the knowledge step found (null in drafts
 * stored before it existed), its version for the issue,
 * the escalation it belongs to, and the decision once a person made one. Immutable.
 */
public record StoredDraft(long issueId, int version, int escalationSequence, Draft draft, ProseResult prose, State state,
                          String decidedBy, Instant decidedAt, String decisionNote, String approvedText,
                          DraftKnowledge knowledge) {

    public enum State { READY, APPROVED, REJECTED }

    public StoredDraft {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(state, "state");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1, got " + version);
        }
    }
}
