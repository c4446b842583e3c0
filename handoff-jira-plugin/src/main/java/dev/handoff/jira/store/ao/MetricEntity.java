package dev.handoff.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_METRIC: outcome events, identifiers and numbers only. Names are frozen. */
@Table("METRIC")
public interface MetricEntity extends Entity {

    @NotNull
    @Indexed
    Long getIssueId();

    void setIssueId(Long issueId);

    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    @NotNull
    @Indexed
    Long getAt();

    void setAt(Long at);

    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    Integer getTier();

    void setTier(Integer tier);

    /** The event's number (see MetricEvent); not VALUE, a keyword in some databases. */
    @NotNull
    Integer getMeasure();

    void setMeasure(Integer measure);

    @StringLength(255)
    String getDetail();

    void setDetail(String detail);
}
