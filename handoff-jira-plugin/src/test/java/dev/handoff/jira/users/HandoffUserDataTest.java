package dev.handoff.jira.users;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.ledger.ThreadLedger;
import dev.handoff.core.ledger.Quote;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.Visibility;
import dev.handoff.core.summary.Summary;
import dev.handoff.jira.fakes.InMemoryUserData;
import dev.handoff.jira.store.DraftCodec;
import dev.handoff.jira.users.HandoffUserData.Occurrence;
import dev.handoff.jira.users.UserDataStore.KeyColumn;
import dev.handoff.jira.users.UserDataStore.TextColumn;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class HandoffUserDataTest {

    private static final Instant AT = Instant.parse("2026-03-12T10:15:00Z");
    private static final Person DOE = new Person("jdoe", "J. Doe");
    private static final Person ROE = new Person("rroe", "R. Roe");

    private final InMemoryUserData store = new InMemoryUserData();
    private final HandoffUserData data = new HandoffUserData(store);
    private final AtomicInteger ticks = new AtomicInteger();

    /** A real stored draft: J. Doe's comment 4 and R. Roe's comment 5 as sources, facts quoting both. */
    private static String draftJson(Person first, Person second, String fact) {
        SourceRef c4 = new SourceRef(SourceRef.Kind.COMMENT, "10004", 4, first, AT, Visibility.PUBLIC, 0, fact.length());
        SourceRef c5 = new SourceRef(SourceRef.Kind.COMMENT, "10005", 5, second, AT, Visibility.PUBLIC, 0, 10);
        Summary summary = new Summary(List.of(new Quote(fact, c4)), List.of(new Quote("Printer offline, asked [~rroe].", c5)), null);
        EnvironmentBlock env = new EnvironmentBlock(Map.of(Slot.OS, List.of(new Evidence("Windows 11", c4, 0.9))));
        return DraftCodec.encode(Draft.of("SD-7", Audience.agents(2), 2, AT, summary, env, ThreadLedger.empty(), Map.of()));
    }

    private static List<Person> authors(String json) {
        List<Person> out = new ArrayList<>();
        DraftCodec.decode(json).sources().forEach(s -> out.add(s.author()));
        return out;
    }

    // ---------------------------------------------------------------------------------------------- key change

    @Test
    void countsTheRowsHoldingAKeyByKindAndLeavesOutKindsWithout() {
        store.key(KeyColumn.ESCALATION_REQUESTER, 1, "jdoe").key(KeyColumn.ESCALATION_REQUESTER, 2, "jdoe")
                .key(KeyColumn.ESCALATION_REQUESTER, 3, "rroe").key(KeyColumn.AUDIT_ACTOR, 1, "jdoe")
                .text(TextColumn.DRAFT_JSON, 1, draftJson(DOE, ROE, "Outlook crashes."))
                .text(TextColumn.DRAFT_JSON, 2, draftJson(ROE, ROE, "Outlook crashes."));

        assertThat(data.keyOccurrences("jdoe")).containsOnly(entry(Occurrence.ESCALATIONS, 2L), entry(Occurrence.AUDIT, 1L),
                entry(Occurrence.CITED_AUTHOR, 1L));
        assertThat(data.keyOccurrences("nobody")).isEmpty();
    }

    @Test
    void aKeyChangeMovesEveryRowInBatchesAndCompletesEachOfItsStepsOnce() {
        for (int id = 1; id <= 250; id++) {
            store.key(KeyColumn.METRIC_ACTOR, id, id % 50 == 0 ? "rroe" : "jdoe");
        }
        store.key(KeyColumn.DRAFT_DECIDER, 7, "jdoe");
        store.key(KeyColumn.KNOWLEDGE_EDITOR, 3, "jdoe");
        long before = data.keyOccurrences("jdoe").values().stream().mapToLong(Long::longValue).sum();

        HandoffUserData.Outcome outcome = data.changeKey("jdoe", "JIRAUSER10100", ticks::incrementAndGet);

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.rows()).isEqualTo(247).isEqualTo((int) before);
        assertThat(ticks.get()).isEqualTo(data.keyChangeSteps()).isEqualTo(6);
        assertThat(store.count(KeyColumn.KNOWLEDGE_EDITOR, "JIRAUSER10100")).as("who last changed a knowledge source").isEqualTo(1);
        assertThat(store.keyBatches).allMatch(n -> n <= HandoffUserData.BATCH).contains(100, 100, 45);
        assertThat(store.count(KeyColumn.METRIC_ACTOR, "JIRAUSER10100")).isEqualTo(245);
        assertThat(store.count(KeyColumn.METRIC_ACTOR, "rroe")).isEqualTo(5);
        assertThat(store.keys.get(KeyColumn.DRAFT_DECIDER)).containsEntry(7, "JIRAUSER10100");
        assertThat(data.keyOccurrences("jdoe")).isEmpty();
    }

    @Test
    void aKeyChangeRekeysThePeopleADraftCitesAndNobodyElse() {
        store.text(TextColumn.DRAFT_JSON, 1, draftJson(DOE, ROE, "Outlook crashes."));

        data.changeKey("jdoe", "JIRAUSER10100", ticks::incrementAndGet);

        assertThat(authors(store.text(TextColumn.DRAFT_JSON, 1)))
                .containsExactly(new Person("JIRAUSER10100", "J. Doe"), new Person("rroe", "R. Roe"));
    }

    @Test
    void aSecondRunOfAKeyChangeFindsNothingLeftToDo() {
        store.key(KeyColumn.AUDIT_ACTOR, 1, "jdoe").text(TextColumn.DRAFT_JSON, 1, draftJson(DOE, ROE, "Outlook crashes."));
        data.changeKey("jdoe", "JIRAUSER10100", ticks::incrementAndGet);
        int writes = store.textWrites;

        HandoffUserData.Outcome again = data.changeKey("jdoe", "JIRAUSER10100", ticks::incrementAndGet);

        assertThat(again.rows()).isZero();
        assertThat(store.textWrites).isEqualTo(writes);
    }

    @Test
    void aFailingTableIsReportedAndTheOtherTablesAreStillChanged() {
        store.key(KeyColumn.ESCALATION_REQUESTER, 1, "jdoe").key(KeyColumn.AUDIT_ACTOR, 1, "jdoe");
        store.failing.add(KeyColumn.ESCALATION_REQUESTER);

        HandoffUserData.Outcome outcome = data.changeKey("jdoe", "JIRAUSER10100", ticks::incrementAndGet);

        assertThat(outcome.errors()).singleElement().asString()
                .isEqualTo("Handoff could not update ESCALATION_REQUESTER: IllegalStateException (database unavailable)");
        assertThat(store.keys.get(KeyColumn.AUDIT_ACTOR)).containsEntry(1, "JIRAUSER10100");
        assertThat(store.keys.get(KeyColumn.ESCALATION_REQUESTER)).containsEntry(1, "jdoe");
        assertThat(ticks.get()).as("the failed step counts as done for Jira's progress").isEqualTo(data.keyChangeSteps());
    }

    @Test
    void aKeyChangeToTheSameKeyTouchesNothingButStillEndsJirasProgress() {
        store.key(KeyColumn.AUDIT_ACTOR, 1, "JIRAUSER10100");

        HandoffUserData.Outcome outcome = data.changeKey("JIRAUSER10100", "JIRAUSER10100", ticks::incrementAndGet);

        assertThat(outcome.rows()).isZero();
        assertThat(store.keyBatches).isEmpty();
        assertThat(ticks.get()).isEqualTo(data.keyChangeSteps());
    }

    // ---------------------------------------------------------------------------------------------- name change

    @Test
    void aUserNameChangeRewritesMentionsInStoredJsonAndTextInAnyCaseButNotLongerNames() {
        store.text(TextColumn.DRAFT_JSON, 1, draftJson(DOE, ROE, "Outlook crashes."))
                .text(TextColumn.DRAFT_APPROVED_TEXT, 1, "Asked [~rroe] and [~RRoe]; [~rroe2] is someone else.")
                .text(TextColumn.AUDIT_REASON, 1, "nothing here");
        assertThat(data.mentionOccurrences("rroe")).isEqualTo(2);

        HandoffUserData.Outcome outcome = data.changeUserName("rroe", "jirauser10101", ticks::incrementAndGet);

        assertThat(outcome.errors()).isEmpty();
        assertThat(store.text(TextColumn.DRAFT_APPROVED_TEXT, 1))
                .isEqualTo("Asked [~jirauser10101] and [~jirauser10101]; [~rroe2] is someone else.");
        assertThat(DraftCodec.decode(store.text(TextColumn.DRAFT_JSON, 1)).summary().impact().get(0).text())
                .isEqualTo("Printer offline, asked [~jirauser10101].");
        assertThat(authors(store.text(TextColumn.DRAFT_JSON, 1))).contains(ROE);
        assertThat(data.mentionOccurrences("rroe")).isZero();
    }

    // ------------------------------------------------------------------------------------------- anonymisation

    @Test
    void theNamesOfAUserAreTheStoredDisplayNamesOfTheKeyAndTheCurrentOne() {
        store.text(TextColumn.DRAFT_JSON, 1, draftJson(DOE, ROE, "Outlook crashes."))
                .text(TextColumn.DRAFT_JSON, 2, draftJson(new Person("jdoe", "Jane Doe"), ROE, "VPN drops."))
                .text(TextColumn.DRAFT_JSON, 3, draftJson(ROE, ROE, "J. Doe is not cited here."));

        assertThat(data.namesOf("jdoe", "Jane Doe-Smith")).containsExactly("Jane Doe-Smith", "J. Doe", "Jane Doe");
        assertThat(data.namesOf("jdoe", null)).containsExactly("J. Doe", "Jane Doe");
    }

    @Test
    void anonymisationReplacesTheNameInProvenanceFactsAndRecordsButLeavesOtherPeopleAndTheKey() {
        store.text(TextColumn.DRAFT_JSON, 1, draftJson(DOE, ROE, "J. Doe says Outlook crashes; J. Doesmith agrees."))
                .text(TextColumn.DRAFT_APPROVED_TEXT, 1, "Outlook crashes (comment 4, J. Doe, 12 Mar). Printer offline (comment 5, R. Roe).")
                .text(TextColumn.DRAFT_NOTE, 1, "Checked with J. Doe.")
                .text(TextColumn.DRAFT_PROSE, 1, "{\"text\":\"J. Doe reports crashes.\"}")
                .text(TextColumn.AUDIT_DIFF, 1, "- comment 4, J. Doe\n+ comment 4, J. Doe (edited)")
                .text(TextColumn.AUDIT_REASON, 1, "J. Doe asked to wait")
                .text(TextColumn.METRIC_DETAIL, 1, "wrong-team");
        Set<String> names = data.namesOf("jdoe", null);

        HandoffUserData.Outcome outcome = data.anonymise("jdoe", names, "user-3fa91", ticks::incrementAndGet);

        assertThat(outcome.errors()).isEmpty();
        assertThat(ticks.get()).isEqualTo(data.anonymisationSteps(names)).isEqualTo(1 + 8);
        String json = store.text(TextColumn.DRAFT_JSON, 1);
        assertThat(authors(json)).containsExactly(new Person("jdoe", "user-3fa91"), ROE);
        assertThat(DraftCodec.decode(json).summary().problem().get(0).text())
                .isEqualTo("user-3fa91 says Outlook crashes; J. Doesmith agrees.");
        assertThat(store.text(TextColumn.DRAFT_APPROVED_TEXT, 1))
                .isEqualTo("Outlook crashes (comment 4, user-3fa91, 12 Mar). Printer offline (comment 5, R. Roe).");
        assertThat(store.text(TextColumn.DRAFT_NOTE, 1)).isEqualTo("Checked with user-3fa91.");
        assertThat(store.text(TextColumn.DRAFT_PROSE, 1)).isEqualTo("{\"text\":\"user-3fa91 reports crashes.\"}");
        assertThat(store.text(TextColumn.AUDIT_DIFF, 1)).isEqualTo("- comment 4, user-3fa91\n+ comment 4, user-3fa91 (edited)");
        assertThat(store.text(TextColumn.AUDIT_REASON, 1)).isEqualTo("user-3fa91 asked to wait");
        assertThat(store.text(TextColumn.METRIC_DETAIL, 1)).isEqualTo("wrong-team");
        assertThat(store.everything()).noneMatch(v -> v.matches("(?s).*J\\. Doe(?!smith).*"));
    }

    @Test
    void anonymisingTwiceWritesNothingTheSecondTime() {
        store.text(TextColumn.DRAFT_JSON, 1, draftJson(DOE, ROE, "J. Doe says Outlook crashes."))
                .text(TextColumn.DRAFT_APPROVED_TEXT, 1, "Outlook crashes (comment 4, J. Doe).");
        Set<String> names = new LinkedHashSet<>(data.namesOf("jdoe", "J. Doe"));
        data.anonymise("jdoe", names, "user-3fa91", ticks::incrementAndGet);
        int writes = store.textWrites;
        String approved = store.text(TextColumn.DRAFT_APPROVED_TEXT, 1);

        HandoffUserData.Outcome again = data.anonymise("jdoe", data.namesOf("jdoe", null), "user-77777", ticks::incrementAndGet);

        assertThat(again.errors()).isEmpty();
        assertThat(store.textWrites).isEqualTo(writes);
        assertThat(store.text(TextColumn.DRAFT_APPROVED_TEXT, 1)).isEqualTo(approved);
        assertThat(data.namesOf("jdoe", "user-3fa91")).isEmpty();
    }

    @Test
    void aUserWithoutHandoffRecordsHasNoOccurrencesAndAnonymisingChangesNothing() {
        store.text(TextColumn.DRAFT_APPROVED_TEXT, 1, "Outlook crashes (comment 4, R. Roe).");

        Set<String> names = data.namesOf("jdoe", "J. Doe");
        assertThat(data.nameOccurrences("jdoe", names)).isZero();
        assertThat(data.anonymise("jdoe", names, "user-3fa91", ticks::incrementAndGet).rows()).isZero();
        assertThat(store.textWrites).isZero();
    }
}
