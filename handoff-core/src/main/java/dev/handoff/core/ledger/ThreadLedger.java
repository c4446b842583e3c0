package dev.handoff.core.ledger;

import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the thread already settled: questions agents asked the requester (with the answers),
 * steps already tried, and questions still open. Entries keep source order.
 */
public record ThreadLedger(List<AskedQuestion> askedAndAnswered, List<TriedStep> tried, List<OpenQuestion> openQuestions) {

    public ThreadLedger {
        askedAndAnswered = List.copyOf(askedAndAnswered == null ? List.of() : askedAndAnswered);
        tried = List.copyOf(tried == null ? List.of() : tried);
        openQuestions = List.copyOf(openQuestions == null ? List.of() : openQuestions);
    }

    public static ThreadLedger empty() {
        return new ThreadLedger(List.of(), List.of(), List.of());
    }

    /** The ledger of a thread with the default rule: every author but the reporter is an agent. */
    public static ThreadLedger build(Ticket ticket, List<SourceText> sources) {
        return new LedgerBuilder(LedgerConfig.DEFAULT).build(ticket, sources);
    }

    /** Only the questions that got an answer: what tier 2 must not ask again. */
    public List<AskedQuestion> answered() {
        return askedAndAnswered.stream().filter(AskedQuestion::answered).toList();
    }

    public List<SourceRef> sources() {
        List<SourceRef> out = new ArrayList<>();
        askedAndAnswered.forEach(q -> out.addAll(q.sources()));
        tried.forEach(t -> out.addAll(t.sources()));
        openQuestions.forEach(q -> out.addAll(q.sources()));
        return out;
    }

    public ThreadLedger visibleTo(Predicate<SourceRef> canSee) {
        return new ThreadLedger(
                askedAndAnswered.stream().map(q -> q.visibleTo(canSee)).flatMap(Optional::stream).toList(),
                tried.stream().map(t -> t.visibleTo(canSee)).flatMap(Optional::stream).toList(),
                openQuestions.stream().map(q -> q.visibleTo(canSee)).flatMap(Optional::stream).toList());
    }
}
