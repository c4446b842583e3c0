package dev.handoff.core.prose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.core.model.SourceText;
import dev.handoff.core.pipeline.EscalationPipeline;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PromptBudgetTest {

    private final PromptBudget budget = new PromptBudget();

    private static Map<String, String> byId(List<SourceText> thread) {
        return thread.stream().collect(Collectors.toMap(s -> ProsePrompt.citationId(s.ref()), SourceText::text, (a, b) -> a));
    }

    @Test
    void every_source_a_fact_or_ledger_entry_rests_on_stays_and_small_talk_goes() {
        EscalationPipeline.Drafted d = ProseFixture.drafted(ProseFixture.ticket("VPN drops every few minutes",
                "Since Monday the Cisco AnyConnect 4.10.07073 client disconnects every few minutes.",
                "Did you already restart the laptop?",
                "Yes, I restarted the laptop twice and the VPN still disconnects.",
                "Thanks for the quick answer, have a nice weekend!",
                "You too, thanks."));

        List<SourceText> compressed = budget.compress(d.sources(), d.draft());

        Map<String, String> kept = byId(compressed);
        List<String> cited = d.draft().sources().stream().map(ProsePrompt::citationId).toList();
        assertThat(kept).containsKeys(cited.toArray(String[]::new)).containsKeys("S", "D", "C1", "C2");
        assertThat(cited).doesNotContain("C4");
        assertThat(kept).doesNotContainKey("C4");
    }

    @Test
    void a_log_paste_collapses_to_its_first_error_line_and_the_lines_with_new_versions() {
        StringBuilder log = new StringBuilder("Here is the log:\n{code}\n");
        for (int i = 0; i < 60; i++) {
            log.append("[INFO] 12:00:").append(10 + i % 50).append(".123 loading module ").append(i).append('\n');
        }
        log.append("[INFO] Titanium SDK version 5.2.0.GA\n").append("[INFO] using SDK 5.2.0.GA\n");
        log.append("[ERROR] TypeError: undefined is not an object (evaluating 'win.open')\n");
        log.append("[ERROR] TypeError: undefined is not an object (evaluating 'win.close')\n{code}");
        EscalationPipeline.Drafted d = ProseFixture.drafted(ProseFixture.ticket("App crashes on start", "It crashes.", log.toString()));

        String c1 = byId(budget.compress(d.sources(), d.draft())).get("C1");

        assertThat(c1.split("5\\.2\\.0\\.GA", -1)).as("the version once").hasSize(2);
        assertThat(c1).contains("evaluating 'win.open'").doesNotContain("win.close").doesNotContain("loading module");
        assertThat(ProsePrompt.tokens(c1)).isLessThan(ProsePrompt.tokens(d.sources().get(d.sources().size() - 1).text()) / 5);
    }

    @Test
    void a_version_number_is_kept_with_its_context_and_a_link_without_one_becomes_a_placeholder() {
        EscalationPipeline.Drafted d = ProseFixture.drafted(ProseFixture.ticket("Build fails",
                "It fails since yesterday.",
                "Some long preamble that says nothing in particular about the problem at hand, repeated for length. "
                        + "Then again some filler words that do not matter to anyone reading the escalation note today. "
                        + "Node.js Version = 10.15.3 and see https://example.com/some/very/long/path?query=1 for more.",
                "Still on Node.js 10.15.3 as before, docs at https://docs.example.com/titanium/2.1/index.html"));

        Map<String, String> kept = byId(budget.compress(d.sources(), d.draft()));

        assertThat(kept.get("C1")).contains("Node.js Version = 10.15.3").doesNotContain("preamble");
        assertThat(String.join("\n", kept.values())).doesNotContain("example.com/some").contains("/titanium/2.1/");
    }

    @Test
    void units_are_lines_and_the_sentences_of_long_lines() {
        String text = "short line\n" + "A first sentence that is long enough to matter here. ".repeat(4).strip() + "\nlast";

        List<String> units = PromptBudget.units(text).stream().map(u -> text.substring(u[0], u[1])).toList();

        assertThat(units).hasSize(6).startsWith("short line").endsWith("last");
        assertThat(units.get(1)).isEqualTo("A first sentence that is long enough to matter here.");
    }

    @Test
    void compression_never_adds_tokens_to_a_source() {
        EscalationPipeline.Drafted d = ProseFixture.drafted(ProseFixture.vpn());
        Map<String, String> before = byId(d.sources());

        byId(budget.compress(d.sources(), d.draft())).forEach((id, text) ->
                assertThat(ProsePrompt.tokens(text)).isLessThanOrEqualTo(ProsePrompt.tokens(before.get(id)) + 1));
    }
}
