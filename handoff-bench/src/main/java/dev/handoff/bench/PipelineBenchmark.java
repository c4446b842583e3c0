package dev.handoff.bench;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.pipeline.EscalationPipeline;
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

import java.util.concurrent.TimeUnit;

/**
 * The whole deterministic pipeline on one thread of real comment text. Targets (issue 3): 200 comments /
 * ~150 KB median <= 20 ms on one core; 1,000 comments within 12x of 100.
 * Run: java -jar handoff-bench/target/handoff-bench.jar PipelineBenchmark -t 1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

    @Param({"100", "200", "1000"})
    public int comments;

    private Ticket ticket;
    private final EscalationPipeline pipeline = EscalationPipeline.defaults();
    private final Audience audience = Audience.agents(2);

    @Setup
    public void thread() throws Exception {
        // ~750 bytes per comment: 200 comments make the ~150 KB ticket of the target.
        ticket = RealThreads.thread(comments, comments * 750);
    }

    @Benchmark
    public Draft draft() {
        return pipeline.draft(ticket, audience);
    }
}
