package dev.handoff.core.ledger;

import dev.handoff.core.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A step somebody already tried, its outcome, and the sentence that states the outcome when it is
 * not the step's own sentence ({@code outcomeEvidence}, else null).
 */
public record TriedStep(Quote step, Outcome outcome, Quote outcomeEvidence, Party by) {

    public TriedStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(by, "by");
    }

    public List<SourceRef> sources() {
        List<SourceRef> out = new ArrayList<>();
        out.add(step.source());
        if (outcomeEvidence != null) {
            out.add(outcomeEvidence.source());
        }
        return out;
    }

    public Optional<TriedStep> visibleTo(Predicate<SourceRef> canSee) {
        return canSee.test(step.source()) && (outcomeEvidence == null || canSee.test(outcomeEvidence.source()))
                ? Optional.of(this) : Optional.empty();
    }
}
