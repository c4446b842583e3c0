package dev.handoff.core.summary;

import dev.handoff.core.ledger.Quote;
import dev.handoff.core.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An extractive summary: every line is an exact sentence of a source. Problem 1-2 sentences,
 * impact 0-2, current state 0-1 ({@code currentState} is null when no comment says anything yet).
 */
public record Summary(List<Quote> problem, List<Quote> impact, Quote currentState) {

    public Summary {
        problem = List.copyOf(problem == null ? List.of() : problem);
        impact = List.copyOf(impact == null ? List.of() : impact);
    }

    public static Summary empty() {
        return new Summary(List.of(), List.of(), null);
    }

    public List<SourceRef> sources() {
        List<SourceRef> out = new ArrayList<>();
        problem.forEach(q -> out.add(q.source()));
        impact.forEach(q -> out.add(q.source()));
        if (currentState != null) {
            out.add(currentState.source());
        }
        return out;
    }

    public Summary visibleTo(Predicate<SourceRef> canSee) {
        return new Summary(
                problem.stream().filter(q -> canSee.test(q.source())).toList(),
                impact.stream().filter(q -> canSee.test(q.source())).toList(),
                currentState != null && canSee.test(currentState.source()) ? currentState : null);
    }
}
