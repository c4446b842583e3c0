package dev.handoff.bench;

import dev.handoff.core.redact.RedactionResult;
import dev.handoff.core.redact.Redactor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Redaction throughput on ~1 MB of real ticket text. Target (issue 3): >= 50 MB/s, i.e. <= 20 ms per MB.
 * MB/s = bytes / (ms per op * 1000); the setup prints the byte count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RedactionBenchmark {

    private String text;
    private final Redactor redactor = Redactor.defaults();

    @Setup
    public void text() throws Exception {
        text = RealThreads.text();
        System.out.println("redaction benchmark input: " + text.getBytes(StandardCharsets.UTF_8).length + " bytes");
    }

    @Benchmark
    public RedactionResult redact() {
        return redactor.redact(text);
    }
}
