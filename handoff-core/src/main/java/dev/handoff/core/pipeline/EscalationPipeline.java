package dev.handoff.core.pipeline;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.extract.EnvironmentExtractor;
import dev.handoff.core.ledger.LedgerBuilder;
import dev.handoff.core.ledger.LedgerConfig;
import dev.handoff.core.ledger.SentenceSplits;
import dev.handoff.core.ledger.ThreadLedger;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.normalize.ThreadNormalizer;
import dev.handoff.core.redact.RedactionReport;
import dev.handoff.core.redact.RedactionResult;
import dev.handoff.core.redact.Redactor;
import dev.handoff.core.summary.Summarizer;
import dev.handoff.core.summary.Summary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The deterministic draft: what the audience may see, normalised, redacted, then read for facts.
 * Redaction runs before extraction, so no secret can reach a fact, a rendered note, a prompt, a log
 * line or a stored record; spans of facts point into the redacted text. Thread-safe; no model needed.
 */
public final class EscalationPipeline {

    private final ThreadNormalizer normalizer;
    private final Redactor redactor;
    private final EnvironmentExtractor extractor;
    private final LedgerBuilder ledgerBuilder;
    private final Summarizer summarizer;
    private final Clock clock;

    public EscalationPipeline(ThreadNormalizer normalizer, Redactor redactor, EnvironmentExtractor extractor,
                              LedgerBuilder ledgerBuilder, Summarizer summarizer, Clock clock) {
        this.normalizer = Objects.requireNonNull(normalizer);
        this.redactor = Objects.requireNonNull(redactor);
        this.extractor = Objects.requireNonNull(extractor);
        this.ledgerBuilder = Objects.requireNonNull(ledgerBuilder);
        this.summarizer = Objects.requireNonNull(summarizer);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The pipeline with default rules and the given redactor (which carries an admin's extra patterns). */
    public static EscalationPipeline withRedactor(Redactor redactor) {
        return new EscalationPipeline(new ThreadNormalizer(), redactor, new EnvironmentExtractor(),
                new LedgerBuilder(LedgerConfig.DEFAULT), new Summarizer(), Clock.systemUTC());
    }

    public static EscalationPipeline defaults() {
        return withRedactor(Redactor.defaults());
    }

    public Draft draft(Ticket ticket, Audience audience) {
        return draftWithSources(ticket, audience).draft();
    }

    /**
     * The draft together with the redacted, normalised texts it was read from: exactly what its audience
     * may see, the only ticket text a model may be given.
     */
    public Drafted draftWithSources(Ticket ticket, Audience audience) {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(audience, "audience");
        List<SourceText> sources = new ArrayList<>();
        RedactionReport report = RedactionReport.empty();
        for (SourceText source : normalizer.normalize(ticket, audience)) {
            RedactionResult redacted = redactor.redact(source.text());
            report = report.merge(redacted.report());
            SourceRef whole = source.ref().withSpan(0, redacted.text().length());
            sources.add(new SourceText(whole, redacted.text()));
        }
        EnvironmentBlock environment = extractor.extract(sources);
        SentenceSplits splits = new SentenceSplits();
        ThreadLedger ledger = ledgerBuilder.build(ticket, sources, splits);
        Summary summary = summarizer.summarize(ticket, sources, environment, ledger, splits);
        Draft draft = Draft.of(ticket.key(), audience, audience.tier(), clock.instant(), summary, environment, ledger, report.counts());
        return new Drafted(draft, sources);
    }

    /** A draft and its redacted source texts. */
    public record Drafted(Draft draft, List<SourceText> sources) {
        public Drafted {
            Objects.requireNonNull(draft, "draft");
            sources = List.copyOf(sources);
        }
    }
}
