package dev.handoff.bench;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.extract.EnvironmentExtractor;
import dev.handoff.core.ledger.LedgerBuilder;
import dev.handoff.core.ledger.LedgerConfig;
import dev.handoff.core.ledger.ThreadLedger;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.normalize.ThreadNormalizer;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.core.redact.Redactor;
import dev.handoff.core.summary.Summarizer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Median thread CPU time per pipeline stage and for the whole draft, on the same real threads as
 * {@link PipelineBenchmark}. On a shared machine wall-clock samples include time spent descheduled;
 * CPU time of the measuring thread does not, so these figures stay comparable between runs under load.
 * Run: java -cp handoff-bench/target/handoff-bench.jar dev.handoff.bench.StageCpu [seconds per size] [sizes...]
 */
public final class StageCpu {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Results are published here so the JIT cannot drop the work that made them. */
    static volatile Object sink;

    private StageCpu() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        int[] sizes = args.length > 1
                ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {100, 200, 1000};
        System.out.printf("%8s %9s %9s %9s %9s %9s %9s %9s  (median CPU ms, %s)%n", "comments", "normalize", "redact",
                "extract", "ledger", "summary", "stages", "draft", "n");
        for (int comments : sizes) {
            run(comments, seconds);
        }
    }

    private static void run(int comments, double seconds) throws Exception {
        Ticket ticket = RealThreads.thread(comments, comments * 750);
        Audience audience = Audience.agents(2);
        ThreadNormalizer normalizer = new ThreadNormalizer();
        Redactor redactor = Redactor.defaults();
        EnvironmentExtractor extractor = new EnvironmentExtractor();
        LedgerBuilder ledgerBuilder = new LedgerBuilder(LedgerConfig.DEFAULT);
        Summarizer summarizer = new Summarizer();
        EscalationPipeline pipeline = EscalationPipeline.defaults();

        List<long[]> samples = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long warmupEnd = System.nanoTime() + (long) (seconds * 0.3e9);
        while (System.nanoTime() < end) {
            long[] t = new long[6];
            long t0 = CPU.getCurrentThreadCpuTime();
            List<SourceText> normalized = normalizer.normalize(ticket, audience);
            long t1 = CPU.getCurrentThreadCpuTime();
            List<SourceText> redacted = new ArrayList<>(normalized.size());
            for (SourceText s : normalized) {
                String text = redactor.redact(s.text()).text();
                redacted.add(new SourceText(s.ref().withSpan(0, text.length()), text));
            }
            long t2 = CPU.getCurrentThreadCpuTime();
            EnvironmentBlock environment = extractor.extract(redacted);
            long t3 = CPU.getCurrentThreadCpuTime();
            ThreadLedger ledger = ledgerBuilder.build(ticket, redacted);
            long t4 = CPU.getCurrentThreadCpuTime();
            sink = summarizer.summarize(ticket, redacted, environment, ledger);
            long t5 = CPU.getCurrentThreadCpuTime();
            Draft draft = pipeline.draft(ticket, audience);
            long t6 = CPU.getCurrentThreadCpuTime();
            sink = draft;
            if (System.nanoTime() > warmupEnd) {
                samples.add(new long[] {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t5 - t0, t6 - t5});
            }
        }
        StringBuilder line = new StringBuilder(String.format("%8d", comments));
        for (int k = 0; k < 7; k++) {
            long[] col = new long[samples.size()];
            for (int i = 0; i < col.length; i++) {
                col[i] = samples.get(i)[k];
            }
            Arrays.sort(col);
            line.append(String.format(" %9.2f", col[col.length / 2] / 1e6));
        }
        System.out.println(line + "  " + samples.size());
    }
}
