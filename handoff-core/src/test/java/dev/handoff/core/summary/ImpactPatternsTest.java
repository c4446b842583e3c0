package dev.handoff.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.core.ledger.GatedPatternTest;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImpactPatternsTest {

    /** One phrase per alternative of the impact patterns, in several cases and scripts. */
    private static final List<String> PHRASES = List.of(
            "all of our users", "every user", "everyone", "whole team",
            "entire company", "500 users", "1200+ devices", "production", "in prod", "outage", "cannot work",
            "can't work", "can not work", "unable to work", "blocking", "blocks us", "deadline", "go-live", "go live",
            "revenue", "urgently", "urgentes", "ASAP", "critical", "showstopper", "show-stopper", "customers are unable",
            "users can't log in", "clients could not connect", "alle Benutzer", "produktion",
            "dringend", "kann nicht arbeiten", "K\u00f6nnen nicht arbeiten", "tous les utilisateurs", "bloquante",
            "todos los usuarios", "producci\u00f3n", "urgente", "by Monday", "by end of the week", "affects",
            "impacted", "many users", "several customers", "some clients", "multiple devices", "most people",
            "live app", "app store", "release", "our customers", "business", "\u212aann nicht arbeiten");

    @Test
    void gated_impact_patterns_count_what_the_plain_patterns_count_in_every_real_sentence_and_every_phrase() {
        List<String> texts = GatedPatternTest.texts(PHRASES);
        GatedPatternTest.assertSameMatches("IMPACT_STRONG", Summarizer.IMPACT_STRONG, texts);
        GatedPatternTest.assertSameMatches("IMPACT_WEAK", Summarizer.IMPACT_WEAK, texts);
    }

    @Test
    void every_phrase_is_an_impact_cue() {
        for (String p : PHRASES) {
            assertThat(GatedPatternTest.plainCount(Summarizer.IMPACT_STRONG, p, 1)
                    + GatedPatternTest.plainCount(Summarizer.IMPACT_WEAK, p, 1)).as(p).isPositive();
        }
    }
}
