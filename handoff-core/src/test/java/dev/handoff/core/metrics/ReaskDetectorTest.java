package dev.handoff.core.metrics;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Comment;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;
import dev.handoff.core.pipeline.EscalationPipeline;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReaskDetectorTest {

    /** Tier 1 asked for the Windows version and got it; the error and the laptop are in the thread. */
    private static final Draft NOTE = EscalationPipeline.defaults().draft(ticket(), Audience.agents(2));

    private static Ticket ticket() {
        Person ann = new Person("ann", "Ann User");
        Person bo = new Person("bo", "Bo Agent");
        Instant t0 = Instant.parse("2024-03-12T09:00:00Z");
        return new Ticket("SD-7", "Outlook crashes on start", "Since the update to Outlook 2016 16.0.4549 it crashes. "
                + "Error: Microsoft Outlook has stopped working.", "", "Incident", "Escalated",
                null, null, ann, bo, t0, null, List.of(), List.of(), List.of(),
                List.of(new Comment("1", 1, bo, t0.plusSeconds(60), "Which Windows version are you on?", Visibility.PUBLIC),
                        new Comment("2", 2, ann, t0.plusSeconds(120), "Windows 10 22H2 on laptop WS-0142.", Visibility.PUBLIC)),
                List.of(), List.of(), List.of());
    }

    @Test
    void the_note_under_test_holds_the_answered_question_and_the_slots() {
        assertThat(NOTE.ledger().askedAndAnswered()).hasSize(1);
        assertThat(NOTE.environment().get(Slot.OS)).isNotEmpty();
        assertThat(NOTE.environment().get(Slot.ERROR_STRING)).isNotEmpty();
    }

    @Test
    void asking_again_for_the_windows_version_tier_1_already_got_is_a_re_ask() {
        ReaskDetector.Reask r = ReaskDetector.check("Hi Ann, thanks for waiting. Which Windows version are you running?", NOTE);

        assertThat(r.questions()).isEqualTo(1);
        assertThat(r.repeatedQuestions()).isEqualTo(1);
        assertThat(r.reasked()).isTrue();
    }

    @Test
    void asking_for_the_exact_error_message_the_note_already_quotes_is_a_re_ask_of_that_slot() {
        ReaskDetector.Reask r = ReaskDetector.check("Could you send the exact error message you see?", NOTE);

        assertThat(r.knownSlotsAskedAgain()).containsExactly(Slot.ERROR_STRING);
        assertThat(r.reasked()).isTrue();
    }

    @Test
    void a_new_question_and_a_statement_are_not_re_asks() {
        ReaskDetector.Reask r = ReaskDetector.check("I rebuilt your Outlook profile. Does the add-in list show Zoom?", NOTE);

        assertThat(r.questions()).isEqualTo(1);
        assertThat(r.reasked()).isFalse();
    }

    @Test
    void quoted_lines_of_an_earlier_mail_are_not_questions_of_this_comment() {
        assertThat(ReaskDetector.check("> Which Windows version are you on?\nThanks, fixed now.", NOTE).questions()).isZero();
    }
}
