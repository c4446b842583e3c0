package dev.handoff.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TriggerWordsTest {

    private static final Set<String> TRIGGERS = Set.of("tried", "j'ai", "j\u2019ai", "re-installed", "intent\u00e9", "i", "go-live", "42");

    @Test
    void finds_a_trigger_exactly_when_the_word_set_of_the_sentence_holds_one_on_every_real_sentence() {
        List<String> texts = new ArrayList<>(RealSentences.all());
        texts.addAll(List.of("I TRIED", "J'AI vid\u00e9", "j\u2019ai", "We re-installed it", "We re-installed-", "INTENT\u00c9",
                "\u0130", "x-i-y", "go-live", "go-lived", "goLIVE 42", "42nd", "-tried-", "tried'", "\u0130ntent\u00e9"));
        // Also every word of some real sentences as triggers: many first letters and lengths.
        Set<String> realWords = new HashSet<>();
        for (String t : texts.subList(0, 300)) {
            for (String w : t.split("[^\\p{L}\\p{N}'\u2019-]+")) {
                if (!w.isEmpty() && Character.isLetterOrDigit(w.charAt(0))) {
                    realWords.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        for (Set<String> triggers : List.of(TRIGGERS, realWords)) {
            TriggerWords gated = new TriggerWords(triggers);
            for (String t : texts) {
                assertThat(gated.anyIn(t)).as(t).isEqualTo(slowAnyIn(t, triggers));
            }
        }
    }

    @Test
    void a_sentence_without_any_trigger_word_is_no_hit() {
        TriggerWords gated = new TriggerWords(TRIGGERS);

        assertThat(gated.anyIn("I tried")).isTrue();
        assertThat(gated.anyIn("untried, retried, trie d")).isFalse();
        assertThat(gated.anyIn("")).isFalse();
    }

    /** The word set of the sentence, then a lookup per word: what the ledger did before. */
    private static boolean slowAnyIn(String text, Set<String> triggers) {
        Set<String> out = new HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c) || ((c == '\'' || c == '\u2019' || c == '-') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    i++;
                } else {
                    break;
                }
            }
            if (i > start) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return out.stream().anyMatch(triggers::contains);
    }
}
