package dev.handoff.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_ESCALATION. Column and table names are frozen: AO derives the schema from them. */
@Table("ESCALATION")
public interface EscalationEntity extends Entity {

    @NotNull
    @Indexed
    Long getIssueId();

    void setIssueId(Long issueId);

    @NotNull
    Integer getSequence();

    void setSequence(Integer sequence);

    @NotNull
    Integer getTargetTier();

    void setTargetTier(Integer tier);

    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    boolean getPostAsComment();

    void setPostAsComment(boolean post);

    @NotNull
    Long getRequestedAt();

    void setRequestedAt(Long epochMillis);

    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    @StringLength(StringLength.UNLIMITED)
    String getFailure();

    void setFailure(String failure);
}
