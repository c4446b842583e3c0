package dev.handoff.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public class GatedPatternTest {

    private static final Map<String, GatedPattern> LEDGER = Map.of(
            "TRIED", LedgerPatterns.TRIED, "NO_CHANGE", LedgerPatterns.NO_CHANGE, "SOLVED", LedgerPatterns.SOLVED,
            "PARTIAL", LedgerPatterns.PARTIAL, "CLOSING", TextCues.CLOSING, "PING", TextCues.PING);

    /** One phrase per alternative of the gated patterns, some of them inside a word, in several cases and scripts. */
    public static final List<String> PHRASES = List.of(
            "I tried it", "i've rebooted", "We've cleared the cache", "I'd checked", "WE'D RESET IT", "Customer restarted",
            "user reinstalled", "The requester already updated", "they upgraded", "tier1 downgraded", "Tier 1 deleted",
            "agent removed it", "Rebooted, no change", "Already tried with another user", "we have been trying",
            "I also did a clean build", "Ich habe es neu gestartet", "Wir haben bereits getestet", "bereits versucht",
            "J'ai red\u00e9marr\u00e9", "j\u2019ai d\u00e9j\u00e0 essay\u00e9", "Nous avons vid\u00e9 le cache",
            "Ya reinici\u00e9", "intent\u00e9 todo", "Hemos borrado", "He probado", "\u0130 tried", "\u0131 tried",
            "No change.", "nothing changed", "didn't help", "does not work", "Don't seem to", "won't fix", "will not change",
            "wouldn't work", "can't help", "cannot resolve", "still fails", "Issue still persists", "problem remains",
            "error persists", "crash remains", "behavior persists", "remains the same", "same result", "without success",
            "to no avail", "unsuccessful", "not working", "isn't fixed", "wasn't resolved", "never worked", "Keine \u00c4nderung",
            "ohne Erfolg", "nicht geholfen", "funktioniert immer noch nicht", "xfunktioniert nicht", "sans succ\u00e8s",
            "aucun changement", "\u00e7a ne fonctionne toujours pas", "une marche pas", "sin \u00e9xito", "casino funciona",
            "no funciona", "sigue fallando", "sin cambios", "no sirvi\u00f3", "It works", "worked", "fixed", "Resolved",
            "solved", "helped", "that did it", "did the trick", "succeeded", "successfully", "gone", "went away",
            "funktioniert", "behoben", "gel\u00f6st", "geholfen", "fonctionne", "marche", "r\u00e9solu", "R\u00c9SOLU",
            "funciona", "resuelto", "solucionado", "for a day", "temporarily", "partially", "some of the", "sometimes",
            "intermittently", "only when it", "came back", "comes back", "again after", "worked once", "better but",
            "improved", "teilweise", "vor\u00fcbergehend", "zeitweise", "partiellement", "temporairement", "parfois",
            "parcialmente", "temporalmente", "A veces", "let us know if you", "Let me know if there", "if you need any",
            "feel free", "don't hesitate", "dont hesitate", "do not hesitate", "hope this helps", "we would be happy to",
            "happy to help", "do you still need any help", "did you need further assistance", "thanks for sharing",
            "Thank you for your", "Any update?", "any news", "an update", "sorted it out", "resorted out", "follow-up",
            "following up", "unfollowup", "passing a follow", "wanted to follow", "checking in", "still an issue",
            "still experiencing", "still facing", "instructions provided", "reinstructions given", "Neuigkeiten",
            "des nouvelles", "alguna novedad", "\u017fometimes");

    @Test
    void gated_patterns_find_what_the_plain_patterns_find_in_every_real_sentence_and_every_phrase() {
        List<String> texts = texts(PHRASES);
        LEDGER.forEach((name, gated) -> assertSameMatches(name, gated, texts));
    }

    /** The real sentences, and each phrase alone, inside a sentence and glued to a word. */
    public static List<String> texts(List<String> phrases) {
        List<String> texts = new ArrayList<>(RealSentences.all());
        for (String p : phrases) {
            texts.add(p);
            texts.add("Well, " + p + " (see above).");
            texts.add("x" + p);
            texts.add("x_" + p);
            texts.add("5" + p);
        }
        return texts;
    }

    @Test
    void every_phrase_matches_some_gated_pattern() {
        for (String p : PHRASES) {
            assertThat(LEDGER.values().stream().anyMatch(g -> plainCount(g, p, 1) > 0)).as(p).isTrue();
        }
    }

    @Test
    void prefixes_must_start_with_a_latin_character_other_than_a_space() {
        assertThatThrownBy(() -> new GatedPattern("(?iu)\\sabc", "", " abc", false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GatedPattern("\u0100b", "", "\u0100b", false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_space_in_a_prefix_stands_for_any_whitespace_and_longer_prefixes_narrow_the_gate() {
        GatedPattern gated = new GatedPattern("(?iu)\\b(?:me\\stoo|same)\\b", "me too,same", "", false);

        assertThat(gated.count("Me\ttoo, the same.", 5)).isEqualTo(2);
        assertThat(gated.count("meet tool", 5)).isZero();
    }

    @Test
    void a_prefix_missing_from_the_declaration_goes_unmatched_so_declarations_matter() {
        GatedPattern gated = new GatedPattern("(?iu)\\b(?:foo|bar)\\b", "fo", "", false);

        assertThat(gated.count("foo bar foo", 5)).isEqualTo(2);
        assertThat(plainCount(gated, "foo bar foo", 5)).isEqualTo(3);
    }

    @Test
    void matches_are_counted_without_overlap_up_to_the_limit() {
        GatedPattern gated = new GatedPattern("(?iu)aa", "", "aa", false);

        assertThat(gated.count("aaaaa", 5)).isEqualTo(2);
        assertThat(gated.count("aaaaaaaaaaaaaaaaaaaa", 5)).isEqualTo(5);
    }

    public static void assertSameMatches(String name, GatedPattern gated, List<String> texts) {
        for (String t : texts) {
            assertThat(gated.count(t, 5)).as("%s on: %s", name, t).isEqualTo(plainCount(gated, t, 5));
        }
    }

    public static int plainCount(GatedPattern gated, String text, int max) {
        Matcher m = gated.pattern().matcher(text);
        int n = 0;
        while (n < max && m.find()) {
            n++;
        }
        return n;
    }
}
