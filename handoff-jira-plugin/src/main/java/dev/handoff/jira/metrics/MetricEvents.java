package dev.handoff.jira.metrics;

import java.time.Instant;
import java.util.List;

/** Durable metric events. Recording never throws: a lost metric must not cost a draft or an approval. */
public interface MetricEvents {

    void record(MetricEvent event);

    /** Events at or after {@code since}, oldest first, at most {@code limit}. */
    List<MetricEvent> since(Instant since, int limit);

    int deleteBefore(Instant cutoff);

    int deleteForIssue(long issueId);
}
