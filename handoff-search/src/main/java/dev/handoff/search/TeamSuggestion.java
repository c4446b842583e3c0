package dev.handoff.search;

import java.util.List;

/**
 * A suggested team (or category) with the vote behind it. When {@code suggested} is false there is
 * no answer, only the reason ({@code evidence} says "not enough history ..."): the suggester never guesses.
 *
 * @param ranked     every value the neighbours carried, most votes first
 * @param neighbours keys of the similar resolved tickets that voted
 */
public record TeamSuggestion(boolean suggested, List<Vote> ranked, String evidence, List<String> neighbours) {

    /** One value and the neighbours' votes for it (a neighbour with n values gives each 1/n). */
    public record Vote(String team, double votes, int tickets) {
    }

    public TeamSuggestion {
        ranked = List.copyOf(ranked == null ? List.of() : ranked);
        neighbours = List.copyOf(neighbours == null ? List.of() : neighbours);
    }

    /** The suggested team, or null when there is none. */
    public String team() {
        return suggested && !ranked.isEmpty() ? ranked.get(0).team() : null;
    }

    /** The first {@code n} teams of a suggestion; empty when no suggestion was made. */
    public List<String> top(int n) {
        return suggested ? ranked.stream().limit(n).map(Vote::team).toList() : List.of();
    }
}
