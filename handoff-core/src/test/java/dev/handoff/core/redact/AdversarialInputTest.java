package dev.handoff.core.redact;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * 1 MB hostile lines must not trigger catastrophic backtracking. The real target (&lt; 100 ms) is measured elsewhere;
 * here the redaction thread's CPU time is bounded (deterministic on a shared machine) and a wall-clock timeout
 * guards against hangs.
 */
class AdversarialInputTest {
    private static final int MB = 1 << 20;

    static Stream<String> hostileLines() {
        return Stream.of(
                repeat("password ", MB),
                repeat("a", MB),
                repeat("=", MB),
                repeat("QWxhZGRpbjpvcGVuIHNlc2FtZQ", MB),
                "-----BEGIN RSA PRIVATE KEY-----" + repeat("MIIEpQIBAAKCAQEAn6/O8li+SX4m98LLYt/PKSzEmQ++ZBD7\n", MB),
                repeat("-----BEGIN PRIVATE KEY-----", MB),
                repeat("key=", MB),
                repeat("token: ", MB),
                repeat("https://user:", MB),
                repeat("-u a:", MB),
                repeat("verification code ", MB),
                repeat("wifi password ", MB),
                repeat("eyJhbGciOiJIUzI1NiJ9.", MB),
                repeat("xoxb-1234-", MB),
                repeat("Cookie: a=b; ", MB),
                repeat("\"password\": \"", MB),
                repeat("$2a$", MB),
                repeat("12345-", MB),
                repeat("A", MB),
                repeat("webhook discord ", MB));
    }

    @ParameterizedTest
    @MethodSource("hostileLines")
    void megabyteOfHostileTextFinishesQuickly(String line) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] cpuNanos = new long[1];
        RedactionResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            long t0 = mx.getCurrentThreadCpuTime();
            RedactionResult res = Redactor.defaults().redact(line);
            cpuNanos[0] = mx.getCurrentThreadCpuTime() - t0;
            return res;
        });
        assertThat(cpuNanos[0]).as("CPU time in ns").isLessThan(2_000_000_000L);
        assertThat(r.text().chars().filter(c -> c == '\n').count())
                .isEqualTo(line.chars().filter(c -> c == '\n').count());
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }
}
