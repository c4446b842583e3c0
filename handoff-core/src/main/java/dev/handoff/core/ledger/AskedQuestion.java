package dev.handoff.core.ledger;

import dev.handoff.core.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A question an agent asked the requester in a public comment, with the requester's answer when
 * there is one ({@code answer} is null otherwise), and the comments that asked again.
 */
public record AskedQuestion(Quote question, Quote answer, List<SourceRef> followUps) {

    public AskedQuestion {
        Objects.requireNonNull(question, "question");
        followUps = List.copyOf(followUps == null ? List.of() : followUps);
    }

    public boolean answered() {
        return answer != null;
    }

    public Optional<Quote> answerQuote() {
        return Optional.ofNullable(answer);
    }

    /** Every source this entry rests on: question, answer and the reminders. */
    public List<SourceRef> sources() {
        List<SourceRef> out = new ArrayList<>();
        out.add(question.source());
        if (answer != null) {
            out.add(answer.source());
        }
        out.addAll(followUps);
        return out;
    }

    /**
     * This entry as a viewer may see it, or empty. An answer the viewer may not see removes the whole
     * entry: showing the question alone would claim nobody answered.
     */
    public Optional<AskedQuestion> visibleTo(Predicate<SourceRef> canSee) {
        if (!canSee.test(question.source()) || (answer != null && !canSee.test(answer.source()))) {
            return Optional.empty();
        }
        return Optional.of(new AskedQuestion(question, answer, followUps.stream().filter(canSee).toList()));
    }
}
