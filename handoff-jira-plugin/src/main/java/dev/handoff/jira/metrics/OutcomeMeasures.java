package dev.handoff.jira.metrics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three outcome measures from metric events:
 * <ul>
 *   <li>environment-block fill rate: filled slots over all slots of drafted escalations;</li>
 *   <li>re-ask rate: share of escalated issues where a tier-2 comment asked again for something the note held;</li>
 *   <li>first-pass routing accuracy: share of escalated issues not reassigned after the escalation.</li>
 * </ul>
 * Each is {@code NaN} when there is nothing to measure yet, so a report never shows an invented 0 or 100 %.
 */
public record OutcomeMeasures(int escalations, int drafts, double environmentFillRate, double reaskRate,
                              double firstPassRoutingAccuracy) {

    static final int SLOTS = 5;

    public static OutcomeMeasures of(List<MetricEvent> events) {
        Set<Long> escalated = new HashSet<>();
        Set<Long> reasked = new HashSet<>();
        Set<Long> reassigned = new HashSet<>();
        Map<Long, java.time.Instant> firstEscalation = new HashMap<>();
        int drafts = 0;
        int filled = 0;
        for (MetricEvent e : events) {
            switch (e.kind()) {
                case ESCALATED -> {
                    escalated.add(e.issueId());
                    firstEscalation.merge(e.issueId(), e.at(), (a, b) -> a.isBefore(b) ? a : b);
                }
                case DRAFTED -> {
                    drafts++;
                    filled += Math.min(SLOTS, Math.max(0, e.value()));
                }
                case TIER2_COMMENT -> {
                    if (e.value() > 0) {
                        reasked.add(e.issueId());
                    }
                }
                default -> {
                }
            }
        }
        for (MetricEvent e : events) {
            java.time.Instant first = firstEscalation.get(e.issueId());
            if (e.kind() == MetricEvent.Kind.REASSIGNED && first != null && e.at().isAfter(first)) {
                reassigned.add(e.issueId());
            }
        }
        reasked.retainAll(escalated);
        int n = escalated.size();
        return new OutcomeMeasures(n, drafts,
                drafts == 0 ? Double.NaN : filled / (double) (drafts * SLOTS),
                n == 0 ? Double.NaN : reasked.size() / (double) n,
                n == 0 ? Double.NaN : (n - reassigned.size()) / (double) n);
    }
}
