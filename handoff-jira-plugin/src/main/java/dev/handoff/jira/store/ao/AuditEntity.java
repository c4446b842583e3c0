package dev.handoff.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_AUDIT: Handoff's own audit trail of drafts and decisions. Names are frozen. */
@Table("AUDIT")
public interface AuditEntity extends Entity {

    @NotNull
    @Indexed
    Long getIssueId();

    void setIssueId(Long issueId);

    @NotNull
    Integer getDraftVersion();

    void setDraftVersion(Integer version);

    @NotNull
    @StringLength(32)
    String getAction();

    void setAction(String action);

    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    Long getAt();

    void setAt(Long epochMillis);

    @NotNull
    Integer getSourcesUsed();

    void setSourcesUsed(Integer count);

    /** Kinds and counts, e.g. {@code password=2,api-key=1}; never values. */
    @StringLength(450)
    String getRedactions();

    void setRedactions(String kindsAndCounts);

    @StringLength(StringLength.UNLIMITED)
    String getDiff();

    void setDiff(String diff);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);
}
