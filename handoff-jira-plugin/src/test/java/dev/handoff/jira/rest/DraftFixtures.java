package dev.handoff.jira.rest;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.ledger.Quote;
import dev.handoff.core.ledger.ThreadLedger;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.Visibility;
import dev.handoff.core.summary.Summary;
import dev.handoff.jira.draft.StoredDraft;
import dev.handoff.jira.escalation.EscalationRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Drafts of issue SD-7 with one public fact and one fact from a comment restricted to group {@value #SECRET_GROUP}. */
final class DraftFixtures {

    static final String SECRET_GROUP = "secops";
    static final String PUBLIC_FACT = "Outlook crashes on start since Monday.";
    static final String RESTRICTED_FACT = "The VPN token of the customer was revoked by security.";
    static final Instant CREATED = Instant.parse("2026-03-12T10:15:00Z");

    private DraftFixtures() {
    }

    static Draft draft(int targetTier) {
        Person reporter = new Person("jdoe", "J. Doe");
        SourceRef description = new SourceRef(SourceRef.Kind.DESCRIPTION, null, 0, reporter, CREATED.minusSeconds(3600),
                Visibility.PUBLIC, 0, PUBLIC_FACT.length());
        SourceRef restricted = new SourceRef(SourceRef.Kind.COMMENT, "10002", 2, new Person("sec", "S. Ecurity"),
                CREATED.minusSeconds(600), Visibility.group(SECRET_GROUP), 0, RESTRICTED_FACT.length());
        Summary summary = new Summary(List.of(new Quote(PUBLIC_FACT, description)),
                List.of(new Quote(RESTRICTED_FACT, restricted)), null);
        EnvironmentBlock env = new EnvironmentBlock(Map.of(Slot.OS, List.of(new Evidence("Windows 11 23H2", description, 0.9))));
        return Draft.of("SD-7", Audience.agents(targetTier), targetTier, CREATED, summary, env, ThreadLedger.empty(), Map.of("password", 1));
    }

    static StoredDraft stored(int version, int targetTier, StoredDraft.State state) {
        boolean decided = state != StoredDraft.State.READY;
        return new StoredDraft(7L, version, 1, draft(targetTier), null, state, decided ? "approver-key" : null,
                decided ? CREATED.plusSeconds(600) : null, state == StoredDraft.State.REJECTED ? "wrong tier" : null, null, null);
    }

    static EscalationRequest request(int sequence, int targetTier, EscalationRequest.State state, Instant at) {
        return new EscalationRequest(7L, sequence, targetTier, "agent-key", true, null, at, state, 1, at,
                state == EscalationRequest.State.FAILED ? "model server unreachable" : null);
    }
}
