package dev.handoff.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.jira.metrics.MetricEvent;
import dev.handoff.jira.metrics.MetricEvents;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@Named
public class AoMetricEvents implements MetricEvents {

    private static final Logger log = LoggerFactory.getLogger(AoMetricEvents.class);

    private final ActiveObjects ao;

    @Inject
    public AoMetricEvents(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(MetricEvent e) {
        try {
            ao.executeInTransaction(() -> ao.create(MetricEntity.class,
                    new DBParam("ISSUE_ID", e.issueId()),
                    new DBParam("KIND", e.kind().name()),
                    new DBParam("AT", e.at().toEpochMilli()),
                    new DBParam("USER_KEY", e.userKey()),
                    new DBParam("TIER", e.tier()),
                    new DBParam("MEASURE", e.value()),
                    new DBParam("DETAIL", e.detail())));
        } catch (RuntimeException failure) {
            log.warn("Handoff could not record a {} metric event for issue id {}: {}", e.kind(), e.issueId(), failure.toString());
        }
    }

    @Override
    public List<MetricEvent> since(Instant since, int limit) {
        MetricEntity[] found = ao.find(MetricEntity.class,
                Query.select().where("AT >= ?", since.toEpochMilli()).order("AT ASC").limit(limit));
        return Arrays.stream(found).map(m -> new MetricEvent(m.getIssueId(), MetricEvent.Kind.valueOf(m.getKind()),
                Instant.ofEpochMilli(m.getAt()), m.getUserKey(), m.getTier(), m.getMeasure(), m.getDetail())).toList();
    }

    @Override
    public int deleteBefore(Instant cutoff) {
        return ao.deleteWithSQL(MetricEntity.class, "AT < ?", cutoff.toEpochMilli());
    }

    @Override
    public int deleteForIssue(long issueId) {
        return ao.deleteWithSQL(MetricEntity.class, "ISSUE_ID = ?", issueId);
    }
}
