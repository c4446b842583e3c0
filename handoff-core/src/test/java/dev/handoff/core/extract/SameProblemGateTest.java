package dev.handoff.core.extract;

import dev.handoff.core.ledger.GatedPatternTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SameProblemGateTest {

    /** One phrase per alternative, in several cases: each must be found through the gate. */
    private static final List<String> PHRASES = List.of("same issue", "Same Problem", "same error", "same bug",
            "same thing", "same behavior", "same behaviour", "same crash", "also have", "ALSO having", "also see",
            "also seeing", "also get", "also getting", "also experiencing", "me too", "Me Too!", "I have this",
            "i have this", "happening to me", "gleiche Problem", "gleiches Problem", "gleichen Problem",
            "m\u00eame probl\u00e8me", "M\u00caME PROBL\u00c8ME", "mismo problema");

    @Test
    void the_gated_same_problem_pattern_finds_what_the_plain_pattern_finds_in_real_sentences_and_every_phrase() {
        GatedPatternTest.assertSameMatches("SAME_PROBLEM", Vocabulary.SAME_PROBLEM, GatedPatternTest.texts(PHRASES));
    }

    @Test
    void every_phrase_of_another_affected_user_is_found() {
        for (String p : PHRASES) {
            assertThat(Vocabulary.SAME_PROBLEM.find("Hi, " + p + " since Monday.")).as(p).isTrue();
        }
    }
}
