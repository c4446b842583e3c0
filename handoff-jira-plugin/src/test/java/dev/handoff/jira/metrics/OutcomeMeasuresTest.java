package dev.handoff.jira.metrics;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OutcomeMeasuresTest {

    private static final Instant T = Instant.parse("2026-11-02T09:00:00Z");

    private static MetricEvent e(long issue, MetricEvent.Kind kind, long minutes, int value) {
        return new MetricEvent(issue, kind, T.plusSeconds(60 * minutes), "u", 2, value, null);
    }

    @Test
    void fill_rate_re_ask_rate_and_first_pass_routing_come_from_the_events() {
        OutcomeMeasures m = OutcomeMeasures.of(List.of(
                e(1, MetricEvent.Kind.ESCALATED, 0, 0), e(1, MetricEvent.Kind.DRAFTED, 1, 5),
                e(2, MetricEvent.Kind.ESCALATED, 0, 0), e(2, MetricEvent.Kind.DRAFTED, 1, 2),
                e(2, MetricEvent.Kind.TIER2_COMMENT, 30, 1), e(2, MetricEvent.Kind.TIER2_COMMENT, 40, 0),
                e(3, MetricEvent.Kind.ESCALATED, 0, 0), e(3, MetricEvent.Kind.DRAFTED, 1, 3),
                e(3, MetricEvent.Kind.REASSIGNED, 50, 0),
                e(4, MetricEvent.Kind.ESCALATED, 0, 0), e(4, MetricEvent.Kind.TIER2_COMMENT, 20, 0)));

        assertThat(m.escalations()).isEqualTo(4);
        assertThat(m.drafts()).isEqualTo(3);
        assertThat(m.environmentFillRate()).isCloseTo(10 / 15.0, within(1e-9));
        assertThat(m.reaskRate()).isCloseTo(0.25, within(1e-9));
        assertThat(m.firstPassRoutingAccuracy()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void a_reassignment_before_the_escalation_is_not_a_routing_miss() {
        OutcomeMeasures m = OutcomeMeasures.of(List.of(
                e(1, MetricEvent.Kind.REASSIGNED, 0, 0), e(1, MetricEvent.Kind.ESCALATED, 10, 0)));

        assertThat(m.firstPassRoutingAccuracy()).isEqualTo(1.0);
    }

    @Test
    void with_nothing_measured_every_rate_is_unknown_rather_than_zero() {
        OutcomeMeasures m = OutcomeMeasures.of(List.of());

        assertThat(m.environmentFillRate()).isNaN();
        assertThat(m.reaskRate()).isNaN();
        assertThat(m.firstPassRoutingAccuracy()).isNaN();
    }
}
