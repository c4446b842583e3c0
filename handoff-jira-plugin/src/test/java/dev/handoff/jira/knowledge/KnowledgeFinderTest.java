package dev.handoff.jira.knowledge;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.jira.fakes.InMemoryKnowledgeStore;
import dev.handoff.jira.fakes.Tickets;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.RedactionPolicy;
import dev.handoff.search.SimilarTicket;
import dev.handoff.search.TeamSuggestion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class KnowledgeFinderTest {

    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final InMemoryKnowledgeStore store = new InMemoryKnowledgeStore();
    private final JiraSimilarIssues similar = mock(JiraSimilarIssues.class);
    private final ConfluenceKnowledge confluence = mock(ConfluenceKnowledge.class);
    private final RunbookReranker reranker = mock(RunbookReranker.class);
    private final HandoffSettings settings = mock(HandoffSettings.class);
    private final Issue issue = mock(Issue.class);
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final Ticket ticket = Tickets.outlookCrash();
    private final Draft draft = EscalationPipeline.defaults().draft(ticket, Audience.agents(2));
    private final KnowledgeFinder finder;

    KnowledgeFinderTest() {
        when(settings.extraRedactionPatterns()).thenReturn(List.of());
        finder = new KnowledgeFinder(new KnowledgeBase(store, null, java.time.Clock.systemUTC()), reranker, confluence, similar, settings, new RedactionPolicy(settings));
        when(issue.getKey()).thenReturn(ticket.key());
    }

    @Test
    void runbookPassagesAndSimilarSummariesAreRedactedBeforeTheyAreStored() {
        KnowledgeSource desk = store.addSource("Desk", 1, "admin", AT);
        store.replaceDocuments(desk.id(), List.of(new SourceDocument(desk.id(), "outlook.md",
                "# Outlook crashes on start\n\nStart Outlook in safe mode. The shared mailbox password is Winter2026! for the test account.")),
                "admin", AT);
        when(similar.find(eq(issue), eq(agent), eq(ticket), eq(draft), eq("components"), anyInt())).thenReturn(new JiraSimilarIssues.Result(
                List.of(new SimilarTicket("SD-2", "Outlook crash, my password is Hunter2xyz!", "Fixed", new Person("ana", "Ana"),
                        List.of(), AT, 1.5f)),
                new TeamSuggestion(false, List.of(), "not enough history: 1 of the 1 most similar resolved tickets have components (at least 3 needed)", List.of())));

        DraftKnowledge k = finder.find(issue, agent, ticket, draft);

        assertThat(k.runbooks()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("Desk/outlook.md");
            assertThat(r.passage()).contains("safe mode", "[REDACTED:").doesNotContain("Winter2026!");
        });
        assertThat(k.similar()).singleElement().satisfies(s -> {
            assertThat(s.summary()).contains("[REDACTED:").doesNotContain("Hunter2xyz!");
            assertThat(s.resolvedBy()).isEqualTo("Ana");
        });
        assertThat(k.team().team()).isNull();
        assertThat(k.team().evidence()).startsWith("not enough history");
        assertThat(k.problems()).isEmpty();
    }

    @Test
    void aFailedSearchIsReportedInTheDraftWhileTheRunbooksStillCome() {
        KnowledgeSource desk = store.addSource("Desk", 1, "admin", AT);
        store.replaceDocuments(desk.id(), List.of(new SourceDocument(desk.id(), "outlook.md",
                "# Outlook crashes on start\n\nStart Outlook in safe mode.")), "admin", AT);
        when(similar.find(any(), any(), any(), any(), any(), anyInt())).thenThrow(new IllegalStateException("Jira's search failed"));

        DraftKnowledge k = finder.find(issue, agent, ticket, draft);

        assertThat(k.runbooks()).hasSize(1);
        assertThat(k.similar()).isEmpty();
        assertThat(k.problems()).singleElement().asString().contains("Jira's search failed");
    }

    @Test
    void theTeamIsLearnedFromTheTeamFieldThenTheCategoryFieldThenComponents() {
        when(similar.find(any(), any(), any(), any(), any(), anyInt())).thenReturn(
                new JiraSimilarIssues.Result(List.of(), new TeamSuggestion(false, List.of(), "not enough history", List.of())));
        when(settings.categoryField()).thenReturn(Optional.of("customfield_10200"));
        finder.find(issue, agent, ticket, draft);
        when(settings.teamField()).thenReturn(Optional.of("customfield_10300"));
        finder.find(issue, agent, ticket, draft);

        org.mockito.Mockito.verify(similar).find(any(), any(), any(), any(), eq("customfield_10200"), anyInt());
        org.mockito.Mockito.verify(similar).find(any(), any(), any(), any(), eq("customfield_10300"), anyInt());
    }

    @Test
    void confluencePagesFollowTheUploadedRunbooksWithTheirLinkAndAConfluenceFailureIsReported() throws Exception {
        when(similar.find(any(), any(), any(), any(), any(), anyInt())).thenReturn(
                new JiraSimilarIssues.Result(List.of(), new TeamSuggestion(false, List.of(), "not enough history", List.of())));
        dev.handoff.search.KnowledgeHit page = new dev.handoff.search.KnowledgeHit("confluence:NET/101", "Outlook safe mode", 2, 3f,
                "Start Outlook with /safe; the admin password is Winter2026!");
        when(confluence.search(any(), eq(2), eq(KnowledgeFinder.CONFLUENCE_PAGES))).thenReturn(Optional.of(
                new dev.handoff.search.confluence.ConfluenceSearch.Result(List.of(new dev.handoff.search.confluence.ConfluenceSearch.Hit(
                        page, "NET", "https://wiki.example/display/NET/Outlook")), List.of(), 1)));

        DraftKnowledge k = finder.find(issue, agent, ticket, draft);

        assertThat(k.runbooks()).singleElement().satisfies(r -> {
            assertThat(r.link()).isEqualTo("https://wiki.example/display/NET/Outlook");
            assertThat(r.passage()).doesNotContain("Winter2026!");
        });

        when(confluence.search(any(), anyInt(), anyInt())).thenThrow(new IllegalStateException(
                "Confluence spaces are approved but Jira has no Confluence application link"));
        assertThat(finder.find(issue, agent, ticket, draft).problems()).singleElement().asString()
                .contains("no Confluence application link");
    }

    @Test
    void aConfiguredEmbeddingModelReordersTheRunbooksAndItsFailureKeepsTheBm25Order() {
        KnowledgeSource desk = store.addSource("Desk", 1, "admin", AT);
        store.replaceDocuments(desk.id(), List.of(
                new SourceDocument(desk.id(), "a.md", "# Outlook crashes on start\n\nStart Outlook in safe mode, Outlook crashes."),
                new SourceDocument(desk.id(), "b.md", "# Outlook profile\n\nRecreate the Outlook profile.")), "admin", AT);
        when(similar.find(any(), any(), any(), any(), any(), anyInt())).thenReturn(
                new JiraSimilarIssues.Result(List.of(), new TeamSuggestion(false, List.of(), "not enough history", List.of())));
        List<String> bm25 = finder.find(issue, agent, ticket, draft).runbooks().stream().map(DraftKnowledge.Runbook::id).toList();
        assertThat(bm25).hasSize(2);

        dev.handoff.search.PassageReranker reversing = new dev.handoff.search.PassageReranker() {
            @Override
            public int candidates(int k) {
                return 20;
            }

            @Override
            public dev.handoff.search.RerankedHits rerank(String query, List<dev.handoff.search.KnowledgeHit> candidates, int k) {
                List<dev.handoff.search.KnowledgeHit> reversed = new java.util.ArrayList<>(candidates);
                java.util.Collections.reverse(reversed);
                return dev.handoff.search.RerankedHits.reranked(reversed.subList(0, Math.min(k, reversed.size())));
            }
        };
        when(reranker.current()).thenReturn(Optional.of(reversing));
        assertThat(finder.find(issue, agent, ticket, draft).runbooks()).extracting(DraftKnowledge.Runbook::id)
                .containsExactly(bm25.get(1), bm25.get(0));

        dev.handoff.search.PassageReranker failing = new dev.handoff.search.PassageReranker() {
            @Override
            public int candidates(int k) {
                return 20;
            }

            @Override
            public dev.handoff.search.RerankedHits rerank(String query, List<dev.handoff.search.KnowledgeHit> candidates, int k) {
                throw new IllegalStateException("model server unreachable");
            }
        };
        when(reranker.current()).thenReturn(Optional.of(failing));
        DraftKnowledge k = finder.find(issue, agent, ticket, draft);
        assertThat(k.runbooks()).extracting(DraftKnowledge.Runbook::id).isEqualTo(bm25);
        assertThat(k.problems()).isEmpty();
    }
}
