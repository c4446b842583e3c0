package dev.handoff.core.normalize;

import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Comment;
import dev.handoff.core.model.Ticket;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Ticket text is untrusted: a megabyte of markup characters must not stall the pipeline. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AdversarialInputTest {

    private static final int MB = 1 << 20;

    private final MarkupNormalizer normalizer = new MarkupNormalizer();

    private static String repeat(String unit) {
        return unit.repeat(MB / unit.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "*", "[", ">", "!", "_", "-", "+", "|", "<", "\\", "~", "&", "a ", " *a", "*a ", "_a ",
            "{{", "{code}", "{code}x", "{quote}", "{color:red}", "[~", "[a|", "!a.png", "<p ", "<a href=\"x\">",
            "<!--", "&#", "{{a}", "bq. ", "On 1 ", "From: ", "h1. ", "||", "\\\\ "})
    void one_megabyte_line_of_a_markup_character_is_normalised_within_two_seconds(String unit) {
        String line = repeat(unit);
        String out = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> normalizer.normalize(line));
        assertThat(out.length()).isLessThanOrEqualTo(2 * line.length());   // "!a.png!" grows to "[image: a.png]"
    }

    @ParameterizedTest
    @ValueSource(strings = {"{code}\n", "> a\n", "{quote}\n", "Regards,\n", "From: a\n", "|a|b|\n", "<br>\n", "-- \n", "\n"})
    void one_megabyte_of_short_markup_lines_is_normalised_within_two_seconds(String unit) {
        String text = "Body first.\n" + repeat(unit);
        String out = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> normalizer.normalize(text));
        assertThat(out).startsWith("Body first.");
    }

    @Test
    void a_thread_with_a_megabyte_comment_of_quote_lines_is_normalised_within_two_seconds() {
        String quotes = repeat("> the quick brown fox jumps over the lazy dog again\n");
        Ticket t = new Ticket("AC-1", "S", "the quick brown fox jumps over the lazy dog again and again", "", null, null,
                null, null, null, null, null, null, null, null, null,
                List.of(new Comment("1", 1, null, null, quotes, null), new Comment("2", 2, null, null, quotes, null)),
                null, null, null);
        var out = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> new ThreadNormalizer().normalize(t, Audience.agents(2)));
        assertThat(out).hasSize(2);   // every quote line repeats the description: both comments are dropped
    }

    @Test
    void a_thread_with_a_megabyte_log_pasted_twice_is_normalised_within_two_seconds() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; log.length() < MB; i++) {
            log.append("E/TiExceptionHandler( ").append(i).append("): at org.appcelerator.kroll.KrollProxy.fire\n");
        }
        Ticket t = new Ticket("AC-1", "S", "{noformat}\n" + log + "{noformat}", "", null, null, null, null, null, null,
                null, null, null, null, null, List.of(new Comment("1", 1, null, null, "Again:\n" + log, null)),
                null, null, null);
        var out = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> new ThreadNormalizer().normalize(t, Audience.agents(2)));
        assertThat(out.get(2).text()).isEqualTo("Again:\n[repeated from description]");
    }
}
