package dev.handoff.jira.rest;

import dev.handoff.jira.draft.StoredDraft;
import dev.handoff.jira.escalation.EscalationRequest;

import java.util.Locale;

/**
 * What the panel shows for one issue at one moment: the newest escalation request (job state) and the newest
 * stored draft, either possibly absent. Derives the contract's {@code state} and the audience tier used for the
 * view rule.
 */
record DraftSnapshot(EscalationRequest request, StoredDraft draft) {

    /** A job is queued or running for the issue. */
    boolean pending() {
        return request != null
                && (request.state() == EscalationRequest.State.QUEUED || request.state() == EscalationRequest.State.DRAFTING);
    }

    /** The newest request failed and produced no draft newer than the one stored. */
    boolean failed() {
        return request != null && request.state() == EscalationRequest.State.FAILED
                && (draft == null || request.sequence() > draft.escalationSequence());
    }

    /** {@code none | queued | drafting | ready | failed | approved | rejected}: a pending job wins, then a failure. */
    String state() {
        if (pending()) {
            return request.state().name().toLowerCase(Locale.ROOT);
        }
        if (failed()) {
            return "failed";
        }
        if (draft != null) {
            return draft.state().name().toLowerCase(Locale.ROOT);
        }
        return "none";
    }

    /**
     * The tier whose members may view the draft: the highest of the stored draft's target and audience tier
     * and the newest request's target tier; 1 (any agent) when the issue was never escalated.
     */
    int audienceTier() {
        int tier = 1;
        if (request != null) {
            tier = Math.max(tier, request.targetTier());
        }
        if (draft != null) {
            tier = Math.max(tier, Math.max(draft.draft().targetTier(), draft.draft().audience().tier()));
        }
        return tier;
    }

    /** The tier a new draft ("Draft now", "Regenerate") is written for: the newest escalation's, else tier 2. */
    int nextTargetTier() {
        if (draft != null) {
            return draft.draft().targetTier();
        }
        if (request != null) {
            return request.targetTier();
        }
        return DEFAULT_TARGET_TIER;
    }

    /** Handoff drafts the tier-1 to tier-2 note unless an escalation said otherwise. */
    static final int DEFAULT_TARGET_TIER = 2;

    int latestVersion() {
        return draft == null ? 0 : draft.version();
    }
}
