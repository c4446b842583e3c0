package dev.handoff.bench;

import dev.handoff.core.redact.RedactionResult;
import dev.handoff.core.redact.Redactor;
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
 * One hostile 1 MB line per parameter: a trigger of each redaction kind repeated, or one trigger before a megabyte
 * its pattern could backtrack over ({@code head|unit|tail}). Target (issue 3): each &lt; 100 ms.
 * Run: java -jar handoff-bench/target/handoff-bench.jar AdversarialRedactionBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AdversarialRedactionBenchmark {

    @Param({"|password |", "|pw:|", "|-u a:|", "|https://a:|", "|Bearer |", "|eyJ|", "|eyJa.|", "|AKIA|",
            "|-----BEGIN|", "|Server=|", "|ABCDE-|", "|ssh-rsa |", "|wifi |", "|ssid |", "|otp |", "|code |",
            "|password=\"|", "|key=|", "|login -p |", "|webhook discord |", "webhook |a|", "|a|.webhook",
            "eyJ|a|."})
    public String line;

    private String text;
    private final Redactor redactor = Redactor.defaults();

    @Setup
    public void build() {
        String[] p = line.split("\\|", -1);
        text = p[0] + p[1].repeat((1 << 20) / p[1].length()) + p[2];
    }

    @Benchmark
    public RedactionResult redact() {
        return redactor.redact(text);
    }
}
