package dev.handoff.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.core.ledger.RealSentences;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The cheap check in front of the text-effect patterns never hides a match from them. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EffectGateTest {

    private static final List<String> SNIPPETS = List.of("*bold*", "a *bold* word", "(_it_)", "[-gone-]", "\"+under+\"",
            "'*q*'", "x*y*", "snake_case_name", "--flag", "1.2.3-beta", "2 * 3", "* item", "a\t*b*", "a\u000B*b*",
            "a\u001F*b*", "a\u00A0*b*", "**", "* *", "-", "_", "+x+", " -x- ", "a -\u001Fx-", "re-installed -now-");

    @Test
    void a_line_the_gate_closes_has_no_effect_match_among_real_sentences_and_snippets() {
        List<String> texts = new ArrayList<>(RealSentences.all());
        texts.addAll(SNIPPETS);
        int open = 0;
        for (String t : texts) {
            for (int i = 0; i < 4; i++) {
                char mark = "*_-+".charAt(i);
                boolean found = MarkupNormalizer.EFFECTS[i].matcher(t).find();
                boolean gate = MarkupNormalizer.mayOpenEffect(t, mark);
                assertThat(!found || gate).as("%s in: %s", mark, t).isTrue();
                open += gate ? 1 : 0;
            }
        }
        assertThat(open).as("the gate must stay open for real effects").isPositive();
    }
}
