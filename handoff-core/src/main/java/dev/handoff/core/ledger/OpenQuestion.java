package dev.handoff.core.ledger;

import dev.handoff.core.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A question nobody has answered yet: asked by {@code askedBy} of {@code askedOf} (an agent asking
 * the requester, the requester asking the desk, or an agent asking a colleague).
 */
public record OpenQuestion(Quote question, Party askedBy, Party askedOf, List<SourceRef> followUps) {

    public OpenQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(askedBy, "askedBy");
        Objects.requireNonNull(askedOf, "askedOf");
        followUps = List.copyOf(followUps == null ? List.of() : followUps);
    }

    public List<SourceRef> sources() {
        List<SourceRef> out = new ArrayList<>();
        out.add(question.source());
        out.addAll(followUps);
        return out;
    }

    public Optional<OpenQuestion> visibleTo(Predicate<SourceRef> canSee) {
        if (!canSee.test(question.source())) {
            return Optional.empty();
        }
        return Optional.of(new OpenQuestion(question, askedBy, askedOf, followUps.stream().filter(canSee).toList()));
    }
}
