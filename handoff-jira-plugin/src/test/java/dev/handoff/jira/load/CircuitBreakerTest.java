package dev.handoff.jira.load;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakerTest {

    private static final Duration OPEN_FOR = Duration.ofMinutes(5);
    private Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final CircuitBreaker breaker = new CircuitBreaker(new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    });

    @Test
    void it_opens_after_the_configured_number_of_consecutive_failures_and_not_before() {
        breaker.failure("ConnectException", 3, OPEN_FOR);
        breaker.failure("ConnectException", 3, OPEN_FOR);
        assertThat(breaker.allow()).isTrue();

        breaker.failure("ConnectException", 3, OPEN_FOR);

        assertThat(breaker.allow()).isFalse();
        assertThat(breaker.openUntil()).contains(now.plus(OPEN_FOR));
        assertThat(breaker.lastFailure()).contains("ConnectException");
    }

    @Test
    void a_success_between_failures_resets_the_count() {
        breaker.failure("x", 2, OPEN_FOR);
        breaker.success();
        breaker.failure("x", 2, OPEN_FOR);
        assertThat(breaker.allow()).isTrue();
    }

    @Test
    void after_the_pause_exactly_one_trial_call_goes_through_and_its_success_closes_the_breaker() {
        breaker.failure("x", 1, OPEN_FOR);
        now = now.plus(OPEN_FOR);

        assertThat(breaker.allow()).isTrue();
        assertThat(breaker.allow()).as("a second caller while the trial runs").isFalse();

        breaker.success();
        assertThat(breaker.allow()).isTrue();
        assertThat(breaker.openUntil()).isEmpty();
    }

    @Test
    void a_failed_trial_reopens_the_breaker_for_another_pause() {
        breaker.failure("x", 1, OPEN_FOR);
        now = now.plus(OPEN_FOR);
        assertThat(breaker.allow()).isTrue();

        breaker.failure("SocketTimeoutException", 1, OPEN_FOR);

        assertThat(breaker.allow()).isFalse();
        assertThat(breaker.openUntil()).contains(now.plus(OPEN_FOR));
    }

    @Test
    void an_abandoned_trial_lets_the_next_caller_try() {
        breaker.failure("x", 1, OPEN_FOR);
        now = now.plus(OPEN_FOR);
        assertThat(breaker.allow()).isTrue();

        breaker.abandon();

        assertThat(breaker.allow()).isTrue();
    }
}
