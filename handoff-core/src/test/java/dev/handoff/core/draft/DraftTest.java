package dev.handoff.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.core.ledger.Quote;
import dev.handoff.core.ledger.ThreadFixture;
import dev.handoff.core.ledger.ThreadLedger;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;
import dev.handoff.core.summary.Summarizer;
import dev.handoff.core.summary.Summary;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftTest {

    static final Instant NOW = Instant.parse("2024-03-14T10:00:00Z");

    /** A thread whose internal note holds a tried step, the last word and the OS. */
    static Draft draftWithInternalNote() {
        Ticket t = ThreadFixture.ticket("SYN-6").summary("Outlook keeps asking for the password")
                .description("Outlook keeps asking for the password after the update. All users in sales cannot work.")
                .comment("agent", "Agent A", "2024-03-12T10:00:00Z", "Which Outlook build are you on?")
                .reply("2024-03-12T11:00:00Z", "Build 16.0.17328 on Windows 11.")
                .internal("agent", "Agent A", "2024-03-13T09:00:00Z", "Reset the credential manager entry, no change. Escalating to messaging team now.")
                .comment("lead", "Team Lead", "2024-03-13T10:00:00Z", "Tenant is flagged for the MFA rollout.", Visibility.group("messaging"))
                .build();
        List<SourceText> sources = ThreadFixture.sources(t);
        ThreadLedger ledger = ThreadLedger.build(t, sources);
        Summary summary = new Summarizer().summarize(t, sources, EnvironmentBlock.empty(), ledger);
        SourceText reply = sources.get(3);
        SourceText groupNote = sources.get(5);
        EnvironmentBlock env = new EnvironmentBlock(Map.of(
                Slot.OS, List.of(new Evidence("Windows 11", reply.at(20, 30), 0.9)),
                Slot.LAST_CHANGE, List.of(new Evidence("MFA rollout", groupNote.at(26, 37), 0.6))));
        return Draft.of(t.key(), Audience.agents(2), 2, NOW, summary, env, ledger, Map.of("email", 1));
    }

    @Test
    void aDraftListsTheSourcesOfItsFactsOnceEachInThreadOrder() {
        Draft d = draftWithInternalNote();

        assertThat(d.sources()).doesNotHaveDuplicates();
        assertThat(d.sources()).extracting(SourceRef::kind).startsWith(SourceRef.Kind.SUMMARY, SourceRef.Kind.DESCRIPTION);
        assertThat(d.sources()).extracting(SourceRef::commentNumber).isSorted();
        assertThat(d.missingSlots()).containsExactly(Slot.DEVICE, Slot.APPLICATION, Slot.ERROR_STRING);
    }

    @Test
    void aRequesterFacingViewDropsEveryFactFromInternalAndRestrictedComments() {
        Draft full = draftWithInternalNote();
        assertThat(full.ledger().tried()).isNotEmpty();
        assertThat(full.summary().currentState().source().visibility().kind()).isEqualTo(Visibility.Kind.GROUP);

        Draft view = full.visibleTo(Visibility::isPublic);

        assertThat(view.ledger().tried()).isEmpty();
        assertThat(view.summary().currentState()).isNull();
        assertThat(view.environment().get(Slot.LAST_CHANGE)).isEmpty();
        assertThat(view.missingSlots()).contains(Slot.LAST_CHANGE);
        assertThat(view.environment().get(Slot.OS)).extracting(Evidence::value).containsExactly("Windows 11");
        assertThat(view.sources()).allSatisfy(r -> assertThat(r.visibility().isPublic()).isTrue());
        assertThat(view.ledger().answered()).singleElement()
                .satisfies(q -> assertThat(q.answer().text()).isEqualTo("Build 16.0.17328 on Windows 11."));
    }

    @Test
    void anAgentOutsideTheGroupSeesInternalNotesButNotTheGroupComment() {
        Draft view = draftWithInternalNote().visibleTo(Audience.agents(2)::canSee);

        assertThat(view.ledger().tried()).extracting(s -> s.step().text()).containsExactly("Reset the credential manager entry, no change.");
        assertThat(view.environment().get(Slot.LAST_CHANGE)).isEmpty();
        assertThat(view.sources()).noneMatch(r -> r.visibility().kind() == Visibility.Kind.GROUP);
    }

    @Test
    void aViewerWhoSeesEverythingGetsAnEqualDraft() {
        Draft full = draftWithInternalNote();

        assertThat(full.visibleTo(v -> true)).isEqualTo(full);
    }

    @Test
    void theRedactionReportIsSortedAndCannotBeChangedAfterwards() {
        Map<String, Integer> counts = new HashMap<>(Map.of("password", 1, "email", 3));
        Draft d = Draft.of("SYN-7", Audience.agents(2), 2, NOW, null, null, null, counts);
        counts.put("iban", 9);

        assertThat(d.redactions()).containsExactly(Map.entry("email", 3), Map.entry("password", 1));
        assertThatThrownBy(() -> d.redactions().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Draft.of("SYN-7", Audience.agents(2), 2, NOW, null, null, null, Map.of("email", -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quotesKeepTheirVisibilitySoTheFilterCanWork() {
        Quote state = draftWithInternalNote().summary().currentState();

        assertThat(state.text()).isEqualTo("Tenant is flagged for the MFA rollout.");
        assertThat(state.source().visibility()).isEqualTo(Visibility.group("messaging"));
    }
}
