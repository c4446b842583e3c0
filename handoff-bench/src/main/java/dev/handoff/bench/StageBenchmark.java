package dev.handoff.bench;

import dev.handoff.core.extract.EnvironmentExtractor;
import dev.handoff.core.ledger.LedgerBuilder;
import dev.handoff.core.ledger.LedgerConfig;
import dev.handoff.core.ledger.ThreadLedger;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.normalize.ThreadNormalizer;
import dev.handoff.core.redact.RedactionResult;
import dev.handoff.core.redact.Redactor;
import dev.handoff.core.summary.Summarizer;
import dev.handoff.core.summary.Summary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Each stage of {@link dev.handoff.core.pipeline.EscalationPipeline#draft} on its own, fed the previous
 * stages' output computed once in setup, so a regression shows in the stage that caused it.
 * Run: java -jar handoff-bench/target/handoff-bench.jar StageBenchmark -t 1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {

    @Param({"100", "200", "1000"})
    public int comments;

    private final ThreadNormalizer normalizer = new ThreadNormalizer();
    private final Redactor redactor = Redactor.defaults();
    private final EnvironmentExtractor extractor = new EnvironmentExtractor();
    private final LedgerBuilder ledgerBuilder = new LedgerBuilder(LedgerConfig.DEFAULT);
    private final Summarizer summarizer = new Summarizer();
    private final Audience audience = Audience.agents(2);

    private Ticket ticket;
    private List<SourceText> normalized;
    private List<SourceText> redacted;
    private EnvironmentBlock environment;
    private ThreadLedger ledger;

    @Setup
    public void stages() throws Exception {
        ticket = RealThreads.thread(comments, comments * 750);
        normalized = normalizer.normalize(ticket, audience);
        redacted = new ArrayList<>();
        for (SourceText s : normalized) {
            String text = redactor.redact(s.text()).text();
            redacted.add(new SourceText(s.ref().withSpan(0, text.length()), text));
        }
        environment = extractor.extract(redacted);
        ledger = ledgerBuilder.build(ticket, redacted);
    }

    @Benchmark
    public List<SourceText> normalize() {
        return normalizer.normalize(ticket, audience);
    }

    @Benchmark
    public void redact(Blackhole bh) {
        for (SourceText s : normalized) {
            RedactionResult r = redactor.redact(s.text());
            bh.consume(r);
        }
    }

    @Benchmark
    public EnvironmentBlock extract() {
        return extractor.extract(redacted);
    }

    @Benchmark
    public ThreadLedger ledger() {
        return ledgerBuilder.build(ticket, redacted);
    }

    @Benchmark
    public Summary summary() {
        return summarizer.summarize(ticket, redacted, environment, ledger);
    }
}
