package dev.handoff.search;

import dev.handoff.core.model.Ticket;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Suggests the team (or category) for a ticket from how its most similar resolved tickets were routed,
 * with the evidence for it. It answers "not enough history" rather than guess when too few neighbours
 * carry a value or the vote is split.
 */
public final class TeamSuggester {

    /**
     * @param neighbours    similar resolved tickets consulted
     * @param minWithValue  fewest neighbours that must carry a team value
     * @param minShare      smallest share of those neighbours' votes the leading team needs
     */
    public record Settings(int neighbours, int minWithValue, double minShare) {
        public Settings {
            if (neighbours < 1 || minWithValue < 1 || minShare < 0 || minShare > 1) {
                throw new IllegalArgumentException("bad suggester settings " + neighbours + "/" + minWithValue + "/" + minShare);
            }
        }

        public static Settings defaults() {
            return new Settings(5, 3, 0.5);
        }
    }

    private final SimilarTickets index;
    private final Function<SimilarTicket, List<String>> teamOf;
    private final Settings settings;
    private final String fieldName;

    /** Votes on the components field, the team field of the evaluation corpus. */
    public TeamSuggester(SimilarTickets index, Settings settings) {
        this(index, SimilarTicket::components, "components", settings);
    }

    public TeamSuggester(SimilarTickets index, Function<SimilarTicket, List<String>> teamOf, String fieldName, Settings settings) {
        this.index = Objects.requireNonNull(index);
        this.teamOf = Objects.requireNonNull(teamOf);
        this.fieldName = Objects.requireNonNull(fieldName);
        this.settings = Objects.requireNonNull(settings);
    }

    public TeamSuggestion suggest(Ticket ticket) {
        return vote(index.find(ticket, settings.neighbours(), true));
    }

    /** The vote over the given neighbours (best first); public so a caller with its own neighbours can reuse it. */
    public TeamSuggestion vote(List<SimilarTicket> neighbours) {
        Map<String, double[]> tally = new LinkedHashMap<>(); // votes, tickets, best rank (lower first)
        List<String> voters = new ArrayList<>();
        int rank = 0;
        for (SimilarTicket n : neighbours) {
            rank++;
            List<String> values = teamOf.apply(n).stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
            if (values.isEmpty()) {
                continue;
            }
            voters.add(n.key());
            for (String v : values) {
                double[] t = tally.computeIfAbsent(v, x -> new double[] {0, 0, Double.MAX_VALUE});
                t[0] += 1.0 / values.size();
                t[1] += 1;
                t[2] = Math.min(t[2], rank);
            }
        }
        List<TeamSuggestion.Vote> ranked = new ArrayList<>();
        tally.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0])
                        .thenComparingDouble(e -> e.getValue()[2]))
                .forEach(e -> ranked.add(new TeamSuggestion.Vote(e.getKey(), e.getValue()[0], (int) e.getValue()[1])));
        int consulted = neighbours.size();
        if (voters.size() < settings.minWithValue()) {
            return new TeamSuggestion(false, ranked, String.format(Locale.ROOT,
                    "not enough history: %d of the %d most similar resolved tickets have %s (at least %d needed)",
                    voters.size(), consulted, fieldName, settings.minWithValue()), voters);
        }
        TeamSuggestion.Vote lead = ranked.get(0);
        double share = lead.votes() / voters.size();
        if (share < settings.minShare()) {
            return new TeamSuggestion(false, ranked, String.format(Locale.ROOT,
                    "not enough history: the %d most similar resolved tickets with %s are split (%s leads with %d)",
                    voters.size(), fieldName, lead.team(), lead.tickets()), voters);
        }
        return new TeamSuggestion(true, ranked, String.format(Locale.ROOT,
                "%d of the %d most similar resolved tickets were resolved in %s", lead.tickets(), consulted, lead.team()),
                voters);
    }
}
