package dev.handoff.search;

import dev.handoff.core.model.Person;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TeamSuggesterTest {

    private static SimilarTicket neighbour(String key, String... components) {
        return new SimilarTicket(key, "s", "Fixed", new Person("a", "A"), List.of(components), null, 1f);
    }

    private final TeamSuggester suggester = new TeamSuggester(new SimilarTickets(List.of()), new TeamSuggester.Settings(5, 3, 0.5));

    @Test
    void aClearMajorityIsSuggestedWithItsEvidence() {
        TeamSuggestion s = suggester.vote(List.of(neighbour("A-1", "Studio"), neighbour("A-2", "Studio"), neighbour("A-3", "Alloy"),
                neighbour("A-4", "Studio"), neighbour("A-5", "Studio")));
        assertThat(s.suggested()).isTrue();
        assertThat(s.team()).isEqualTo("Studio");
        assertThat(s.top(3)).containsExactly("Studio", "Alloy");
        assertThat(s.evidence()).isEqualTo("4 of the 5 most similar resolved tickets were resolved in Studio");
    }

    @Test
    void tooFewNeighboursWithAValueGiveNotEnoughHistoryInsteadOfAGuess() {
        TeamSuggestion s = suggester.vote(List.of(neighbour("A-1", "Studio"), neighbour("A-2"), neighbour("A-3"),
                neighbour("A-4", "Studio"), neighbour("A-5")));
        assertThat(s.suggested()).isFalse();
        assertThat(s.team()).isNull();
        assertThat(s.top(3)).isEmpty();
        assertThat(s.evidence()).startsWith("not enough history").contains("2 of the 5");
    }

    @Test
    void aSplitVoteGivesNotEnoughHistory() {
        List<SimilarTicket> split = new ArrayList<>(List.of(neighbour("A-1", "Studio"), neighbour("A-2", "Alloy"),
                neighbour("A-3", "Titanium"), neighbour("A-4", "Studio"), neighbour("A-5", "Alloy")));
        TeamSuggestion s = suggester.vote(split);
        assertThat(s.suggested()).isFalse();
        assertThat(s.evidence()).startsWith("not enough history").contains("split");
        assertThat(s.ranked()).extracting(TeamSuggestion.Vote::team).containsExactly("Studio", "Alloy", "Titanium");
    }

    @Test
    void suggestAsksTheIndexForResolvedNeighboursOnly() {
        List<dev.handoff.core.model.Ticket> history = List.of(
                Tickets.ticket("T-1", 1, "Studio debugger freezes", "", "Fixed", "a", "Studio"),
                Tickets.ticket("T-2", 2, "Studio debugger freezes on start", "", "Fixed", "a", "Studio"),
                Tickets.ticket("T-3", 3, "Studio debugger freezes often", "", "Fixed", "a", "Studio"),
                Tickets.ticket("T-4", 4, "Studio debugger freezes again", "", null, null, "Alloy"),
                Tickets.ticket("T-5", 5, "Studio debugger freezes badly", "", null, null, "Alloy"));
        try (SimilarTickets index = new SimilarTickets(history)) {
            TeamSuggestion s = new TeamSuggester(index, new TeamSuggester.Settings(5, 3, 0.5))
                    .suggest(Tickets.ticket("T-9", 9, "debugger freezes", "", null, null));
            assertThat(s.team()).isEqualTo("Studio");
            assertThat(s.neighbours()).containsExactlyInAnyOrder("T-1", "T-2", "T-3");
        }
    }
}
