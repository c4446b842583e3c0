package dev.handoff.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.Visibility;
import dev.handoff.core.prose.ModelCall;
import dev.handoff.core.prose.Prose;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.prose.ProseSection;
import dev.handoff.core.prose.SourcedSentence;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProseRenderingTest {

    private static final Instant NOW = Instant.parse("2024-03-14T10:00:00Z");
    private static final ModelCall CALL = new ModelCall("qwen2.5:7b", 900, 1200, 80);
    private final Draft draft = Draft.of("SD-1", Audience.agents(2), 2, NOW, null, null, null, Map.of());
    private final SourceRef c4 = new SourceRef(SourceRef.Kind.COMMENT, "104", 4, new Person("jdoe", "J. Doe"), NOW,
            Visibility.PUBLIC, 0, 10);

    private ProseResult prose(String text) {
        return new ProseResult(new Prose(Map.of(ProseSection.NEXT_STEPS, List.of(new SourcedSentence(text, List.of(c4), List.of("kb/vpn.md")))),
                "Network"), 1, null, CALL);
    }

    @Test
    void model_sentences_sit_under_their_own_heading_with_model_name_and_sources() {
        String text = new NoteRenderer().plainText(draft, prose("Lower the MTU on the home router."));

        assertThat(text).contains("Drafted by model, sourced").contains("Written by qwen2.5:7b")
                .contains("- [Next steps] Lower the MTU on the home router. (comment 4, J. Doe, 14 Mar; kb/vpn.md)")
                .contains("- [Suggested category] Network");
        assertThat(text.indexOf("Drafted by model")).isLessThan(text.indexOf("Environment"));
    }

    @Test
    void model_text_is_escaped_in_wiki_markup_like_ticket_text() {
        String wiki = new NoteRenderer().wiki(draft, prose("Ask [~admin] to open {html}<script>x</script>{html} http://evil.example"));

        assertThat(wiki).contains("h3. Drafted by model, sourced").doesNotContain("[~admin]").doesNotContain("{html}")
                .doesNotContain("http://").contains("\\[\\~admin\\]");
    }

    @Test
    void a_fallback_shows_its_reason_and_the_deterministic_note_follows() {
        String text = NoteRenderer.forLocale(Locale.GERMAN, ZoneOffset.UTC)
                .plainText(draft, ProseResult.fallback("no reply from the model within 5 s", 0, CALL));

        assertThat(text).contains("Vom Modell formuliert, mit Quellen")
                .contains("Modelltext nicht verfügbar: no reply from the model within 5 s.").contains("Umgebung");
    }

    @Test
    void without_prose_the_note_is_unchanged() {
        NoteRenderer renderer = new NoteRenderer();

        assertThat(renderer.plainText(draft)).doesNotContain("Drafted by model");
    }
}
