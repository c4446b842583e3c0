package dev.handoff.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassagesTest {

    @Test
    void wordsAreCountedAsASplitOnWhitespaceRunsWould() {
        for (String p : new String[] {"one", "two words", "tabs\tand\n\nnewlines  and   runs", "a\u000Bb\fc\rd", "non\u00A0breaking"}) {
            assertThat(Passages.words(p)).as(p).isEqualTo(p.split("\\s+").length);
        }
    }

    @Test
    void aPassageGathersParagraphsUntilItHoldsEnoughWords() {
        assertThat(Passages.split("one two\n\nthree\n\nfour five six\n \nseven", 3))
                .containsExactly("one two\n\nthree", "four five six", "seven");
    }
}
