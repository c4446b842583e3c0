package dev.handoff.bench;

import dev.handoff.core.redact.Redactor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Median thread CPU time of one redaction of the {@link RedactionBenchmark} input, and optionally of the
 * {@link AdversarialRedactionBenchmark} lines. CPU time leaves out time spent descheduled, so two builds can be
 * compared on a shared machine by running this against each in turn.
 * Run: java -cp handoff-bench/target/handoff-bench.jar dev.handoff.bench.RedactCpu [seconds] [adversarial]
 */
public final class RedactCpu {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Results are published here so the JIT cannot drop the work that made them. */
    static volatile Object sink;

    private RedactCpu() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        boolean adversarial = args.length > 1 && args[1].equals("adversarial");
        String text = RealThreads.text();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        double ms = medianMs(text, seconds);
        System.out.printf("real text %d bytes: %.2f ms/op CPU = %.1f MB/s%n", bytes, ms, bytes / (ms * 1000));
        if (adversarial) {
            String[] lines = AdversarialRedactionBenchmark.class.getField("line")
                    .getAnnotation(org.openjdk.jmh.annotations.Param.class).value();
            for (String line : lines) {
                String[] p = line.split("\\|", -1);
                String hostile = p[0] + p[1].repeat((1 << 20) / p[1].length()) + p[2];
                System.out.printf("%-22s %7.2f ms/op CPU%n", "'" + line + "'", medianMs(hostile, seconds / 4));
            }
        }
    }

    /** Runs for {@code seconds}, the first 30% as warm-up, and returns the median CPU time of one call. */
    private static double medianMs(String text, double seconds) {
        Redactor redactor = Redactor.defaults();
        List<Long> samples = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long warmupEnd = System.nanoTime() + (long) (seconds * 0.3e9);
        while (System.nanoTime() < end || samples.size() < 5) {
            long t0 = CPU.getCurrentThreadCpuTime();
            sink = redactor.redact(text);
            long t1 = CPU.getCurrentThreadCpuTime();
            if (System.nanoTime() > warmupEnd) {
                samples.add(t1 - t0);
            }
        }
        long[] sorted = samples.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
