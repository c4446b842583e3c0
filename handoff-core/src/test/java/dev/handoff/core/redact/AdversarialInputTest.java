package dev.handoff.core.redact;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * 1 MB hostile lines must not trigger catastrophic backtracking. The target (&lt; 100 ms per line on a quiet machine)
 * is measured by {@code AdversarialRedactionBenchmark}. Here, where other builds share the CPU, each line is redacted
 * at 256 KB and at 1 MB: linear work grows 4x, quadratic 16x. CPU time of the redacting thread is compared (steadier
 * than wall-clock time under load), and a wall-clock timeout guards against hangs.
 */
class AdversarialInputTest {
    private static final int MB = 1 << 20;

    /** A line of {@code size} characters: head, then unit repeated, then tail. */
    record Hostile(String head, String unit, String tail) {
        String build(int size) {
            return head + unit.repeat(Math.max(1, size / unit.length())) + tail;
        }

        @Override
        public String toString() {
            return (head + "[" + unit + "]..." + tail).replace("\n", "\\n");
        }
    }

    static Stream<Hostile> hostileLines() {
        return Stream.of(
                repeated("password "),
                repeated("a"),
                repeated("="),
                repeated("QWxhZGRpbjpvcGVuIHNlc2FtZQ"),
                new Hostile("-----BEGIN RSA PRIVATE KEY-----", "MIIEpQIBAAKCAQEAn6/O8li+SX4m98LLYt/PKSzEmQ++ZBD7\n", ""),
                repeated("-----BEGIN PRIVATE KEY-----"),
                repeated("key="),
                repeated("token: "),
                repeated("https://user:"),
                repeated("-u a:"),
                repeated("verification code "),
                repeated("wifi password "),
                repeated("eyJhbGciOiJIUzI1NiJ9."),
                repeated("xoxb-1234-"),
                repeated("Cookie: a=b; "),
                repeated("\"password\": \""),
                repeated("$2a$"),
                repeated("12345-"),
                repeated("A"),
                repeated("webhook discord "),
                // each trigger of the detectors, repeated (issue 3 names the first ones)
                repeated("pw:"),
                repeated("https://a:"),
                repeated("Bearer "),
                repeated("eyJ"),
                repeated("eyJa."),
                repeated("sk.eyJ"),
                repeated("AKIA"),
                repeated("-----BEGIN"),
                repeated("Server="),
                repeated("ABCDE-"),
                repeated("ssh-rsa "),
                repeated("ssh-rsa AAAA"),
                repeated("wifi "),
                repeated("ssid "),
                repeated("otp "),
                repeated("sms "),
                repeated("code "),
                repeated("code: 1"),
                repeated("password=\""),
                repeated("login -p "),
                repeated("NetworkCredential("),
                // one trigger next to a megabyte its pattern could backtrack over
                new Hostile("webhook ", "a", ""),
                new Hostile("", "a", ".webhook"),
                new Hostile("hooks.slack.com/", "a", ""),
                new Hostile("eyJ", "a", "."));
    }

    private static Hostile repeated(String unit) {
        return new Hostile("", unit, "");
    }

    /** JIT-compiles the detectors first, so that the timings measure the algorithm rather than the interpreter. */
    @BeforeAll
    static void warmUp() {
        StringBuilder mixed = new StringBuilder();
        hostileLines().forEach(h -> mixed.append(h.build(4000)).append('\n'));
        for (int i = 0; i < 30; i++) {
            Redactor.defaults().redact(mixed.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("hostileLines")
    void aMegabyteOfHostileTextCostsLinearTime(Hostile hostile) {
        String quarter = hostile.build(MB / 4);
        String line = hostile.build(MB);
        long[] cpuNanos = new long[2];
        RedactionResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            cpuNanos[0] = fastest(quarter);
            cpuNanos[1] = fastest(line);
            return Redactor.defaults().redact(line);
        });
        // 4x the input: linear work grows 4x, quadratic 16x; allocation and cache effects of a 1 MB string were
        // seen to push a linear detector (repeated "key=") to 9.4x on a shared machine, so the bound is 11x
        assertThat(cpuNanos[1]).as("CPU ns for 1 MB (256 KB took %d)", cpuNanos[0])
                .isLessThan(Math.max(11 * cpuNanos[0], 150_000_000L))
                .isLessThan(1_000_000_000L);
        assertThat(r.text().chars().filter(c -> c == '\n').count())
                .isEqualTo(line.chars().filter(c -> c == '\n').count());
    }

    private static long fastest(String line) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            Redactor.defaults().redact(line);
            best = Math.min(best, mx.getCurrentThreadCpuTime() - t0);
        }
        return best;
    }
}
