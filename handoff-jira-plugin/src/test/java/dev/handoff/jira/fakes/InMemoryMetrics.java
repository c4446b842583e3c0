package dev.handoff.jira.fakes;

import dev.handoff.jira.metrics.MetricEvent;
import dev.handoff.jira.metrics.MetricEvents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public final class InMemoryMetrics implements MetricEvents {

    public final List<MetricEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(MetricEvent event) {
        events.add(event);
    }

    @Override
    public synchronized List<MetricEvent> since(Instant since, int limit) {
        return events.stream().filter(e -> !e.at().isBefore(since)).sorted(Comparator.comparing(MetricEvent::at)).limit(limit).toList();
    }

    @Override
    public synchronized int deleteBefore(Instant cutoff) {
        int before = events.size();
        events.removeIf(e -> e.at().isBefore(cutoff));
        return before - events.size();
    }

    @Override
    public synchronized int deleteForIssue(long issueId) {
        int before = events.size();
        events.removeIf(e -> e.issueId() == issueId);
        return before - events.size();
    }
}
