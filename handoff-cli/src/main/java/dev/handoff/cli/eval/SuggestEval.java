package dev.handoff.cli.eval;

import dev.handoff.core.model.Ticket;
import dev.handoff.search.SimilarTickets;
import dev.handoff.search.TeamSuggester;
import dev.handoff.search.TeamSuggestion;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Team suggestion on {@code jira/ac/}: AC tickets with components, ordered by creation; the suggester
 * learns from the older 80% and is scored on the newer 20%. A suggestion is right when its team is one of
 * the ticket's components. Reported against always answering the most frequent training component(s).
 */
public final class SuggestEval {

    /** Top-1 and top-3 hits over all test tickets, and how many got a suggestion. */
    public record Figures(int tested, int suggested, int top1, int top3, int baselineTop1, int baselineTop3) {
    }

    private SuggestEval() {
    }

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Path corpora = EvalSupport.corpora(args);
        List<Ticket> all = SimilarEval.loadTickets(corpora.resolve("jira").resolve("ac"), err);
        List<Ticket> withTeam = all.stream().filter(t -> !t.components().isEmpty() && t.created() != null)
                .sorted(Comparator.comparing(Ticket::created).thenComparing(Ticket::key)).toList();
        int cut = (int) Math.round(withTeam.size() * 0.8);
        List<Ticket> train = withTeam.subList(0, cut);
        List<Ticket> test = withTeam.subList(cut, withTeam.size());
        out.println("suggest: " + withTeam.size() + " AC tickets with components; train " + train.size() + " (older), test "
                + test.size() + " (newer, from " + test.get(0).created() + ")");
        TeamSuggester.Settings defaults = TeamSuggester.Settings.defaults();
        Figures f = evaluate(train, test, defaults);
        print(out, "suggester " + defaults, f);
        // the same neighbours without abstaining: what the vote is worth when it always answers
        Figures always = evaluate(train, test, new TeamSuggester.Settings(defaults.neighbours(), 1, 0));
        print(out, "always answering", always);
        return 0;
    }

    private static void print(PrintStream out, String label, Figures f) {
        out.printf(Locale.ROOT, "%s: coverage %s; over all test tickets top-1 %s top-3 %s; when suggested top-1 %s top-3 %s%n",
                label, EvalSupport.ratio(f.suggested(), f.tested()), EvalSupport.ratio(f.top1(), f.tested()),
                EvalSupport.ratio(f.top3(), f.tested()), EvalSupport.ratio(f.top1(), f.suggested()),
                EvalSupport.ratio(f.top3(), f.suggested()));
        out.printf(Locale.ROOT, "  majority baseline (always answers): top-1 %s top-3 %s%n",
                EvalSupport.ratio(f.baselineTop1(), f.tested()), EvalSupport.ratio(f.baselineTop3(), f.tested()));
    }

    public static Figures evaluate(List<Ticket> train, List<Ticket> test, TeamSuggester.Settings settings) {
        Map<String, Integer> counts = new HashMap<>();
        train.forEach(t -> t.components().forEach(c -> counts.merge(c, 1, Integer::sum)));
        List<String> majority = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(Map.Entry::getKey).toList();
        int suggested = 0;
        int top1 = 0;
        int top3 = 0;
        int base1 = 0;
        int base3 = 0;
        try (SimilarTickets index = new SimilarTickets(train)) {
            TeamSuggester suggester = new TeamSuggester(index, settings);
            for (Ticket t : test) {
                // the team field is what is being predicted: the query ticket must not carry it
                Ticket query = withoutComponents(t);
                TeamSuggestion s = suggester.suggest(query);
                if (s.suggested()) {
                    suggested++;
                    if (t.components().contains(s.team())) {
                        top1++;
                    }
                    if (s.top(3).stream().anyMatch(t.components()::contains)) {
                        top3++;
                    }
                }
                if (!majority.isEmpty() && t.components().contains(majority.get(0))) {
                    base1++;
                }
                if (majority.stream().anyMatch(t.components()::contains)) {
                    base3++;
                }
            }
        }
        return new Figures(test.size(), suggested, top1, top3, base1, base3);
    }

    private static Ticket withoutComponents(Ticket t) {
        return new Ticket(t.key(), t.summary(), t.description(), t.environment(), t.issueType(), t.status(), t.priority(),
                null, t.reporter(), null, t.created(), null, List.of(), t.labels(), t.versions(), t.comments(),
                t.history(), t.attachmentNames(), t.links());
    }
}
