package dev.handoff.core.redact;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of redactions per kind. Deliberately holds no secret values, so it can be logged and shown to admins.
 * Immutable; {@link #merge} builds a new report.
 */
public final class RedactionReport {
    private static final RedactionReport EMPTY = new RedactionReport(Map.of());

    private final Map<String, Integer> counts;

    private RedactionReport(Map<String, Integer> counts) {
        this.counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    public static RedactionReport empty() {
        return EMPTY;
    }

    public static RedactionReport of(Map<String, Integer> counts) {
        Map<String, Integer> copy = new TreeMap<>();
        counts.forEach((k, v) -> {
            if (v != null && v > 0) {
                copy.merge(k, v, Integer::sum);
            }
        });
        return copy.isEmpty() ? EMPTY : new RedactionReport(copy);
    }

    /** Sum of both reports, kind by kind. */
    public RedactionReport merge(RedactionReport other) {
        if (other == null || other.counts.isEmpty()) {
            return this;
        }
        if (counts.isEmpty()) {
            return other;
        }
        Map<String, Integer> sum = new TreeMap<>(counts);
        other.counts.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return new RedactionReport(sum);
    }

    public static RedactionReport mergeAll(Iterable<RedactionReport> reports) {
        RedactionReport acc = EMPTY;
        for (RedactionReport r : reports) {
            acc = acc.merge(r);
        }
        return acc;
    }

    /** Kind to count, sorted by kind; never contains zero counts. */
    public Map<String, Integer> counts() {
        return counts;
    }

    public int count(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    public int total() {
        int t = 0;
        for (int v : counts.values()) {
            t += v;
        }
        return t;
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RedactionReport r && r.counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
