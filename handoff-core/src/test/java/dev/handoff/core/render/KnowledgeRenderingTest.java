package dev.handoff.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.json.DraftJson;
import dev.handoff.core.json.PanelStatus;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.model.Audience;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeRenderingTest {

    private static final Draft DRAFT = Draft.of("SD-9", Audience.agents(2), 2, NoteRendererTest.NOW, null, null, null, Map.of());

    private static DraftKnowledge knowledge(String hostile) {
        return new DraftKnowledge(
                List.of(new DraftKnowledge.Runbook("Desk runbooks/vpn.md", "VPN drops every hour " + hostile, 2, 4.25,
                        "Renew the machine certificate, then reconnect. " + hostile, null)),
                List.of(new DraftKnowledge.SimilarIssue("SD-3", "VPN disconnects " + hostile, "Fixed", "Ana Network", 3.1)),
                new DraftKnowledge.TeamHint("Network-L2", "4 of the 5 most similar resolved tickets were resolved in Network-L2"),
                List.of());
    }

    @Test
    void theNoteListsRunbooksWithTierAndPassageSimilarTicketsWithResolverAndTheUnappliedSuggestion() {
        String plain = new NoteRenderer().plainText(DRAFT, null, knowledge(""));

        assertThat(plain).contains("Matching runbooks (approved sources)", "[Tier 2] VPN drops every hour",
                "(Desk runbooks/vpn.md)", "Passage: Renew the machine certificate, then reconnect.",
                "Similar resolved tickets", "[SD-3] VPN disconnects", "(Fixed, by Ana Network)",
                "Suggested team", "[Suggested, not applied] Network-L2",
                "4 of the 5 most similar resolved tickets were resolved in Network-L2");
        assertThat(plain.indexOf("Matching runbooks")).isLessThan(plain.indexOf("Redactions"));
    }

    @Test
    void runbookAndSimilarTicketTextCannotCreateMarkupInTheWikiNote() {
        String wiki = new NoteRenderer().wiki(DRAFT, null, knowledge("[~admin] {html}<b>x</b>{html} !http://evil/x.png!"));

        String active = wiki.replaceAll("\\\\[-#*_+?^~|%{}\\[\\]()!@]", "\u00B7");
        assertThat(active).doesNotContain("[~admin]", "{html}", "!http");
    }

    @Test
    void anEmptyKnowledgeStepSaysNothingMatchedAndAFailedOneSaysWhatWasNotLookedUp() {
        DraftKnowledge failed = new DraftKnowledge(List.of(), List.of(), null, List.of("similar tickets (Jira's search failed)"));

        String plain = new NoteRenderer().plainText(DRAFT, null, failed);

        assertThat(plain).contains("No approved runbook matches.", "Not looked up: similar tickets (Jira's search failed)")
                .doesNotContain("Suggested team");
    }

    @Test
    void aGermanNoteHasGermanKnowledgeHeadings() {
        String plain = NoteRenderer.forLocale(Locale.GERMAN, ZoneOffset.UTC).plainText(DRAFT, null, knowledge(""));

        assertThat(plain).contains("Passende Runbooks", "Ähnliche gelöste Tickets", "Vorschlag, nicht angewendet");
    }

    @Test
    void thePanelBodyCarriesTheKnowledgeTheNoteShows() {
        PanelStatus status = new PanelStatus("ready", false, null, 1, Map.of(), null);

        Map<String, Object> body = new DraftJson(new NoteRenderer()).panel(DRAFT, null, knowledge(""), status);

        assertThat(body.get("knowledge")).asString().contains("Desk runbooks/vpn.md", "SD-3", "Network-L2");
        assertThat(body.get("note")).asString().contains("Matching runbooks");
        assertThat(new DraftJson(new NoteRenderer()).panel(DRAFT, null, null, status)).doesNotContainKey("knowledge");
    }
}
