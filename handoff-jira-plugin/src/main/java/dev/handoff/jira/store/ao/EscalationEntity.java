package dev.handoff.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_ESCALATION: one row per escalation of an issue. Names are frozen: AO derives the schema from them. */
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

    @StringLength(64)
    String getStatusId();

    void setStatusId(String statusId);

    @NotNull
    Long getRequestedAt();

    void setRequestedAt(Long epochMillis);

    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    @NotNull
    Integer getAttempts();

    void setAttempts(Integer attempts);

    @NotNull
    Long getUpdatedAt();

    void setUpdatedAt(Long epochMillis);

    @StringLength(StringLength.UNLIMITED)
    String getFailure();

    void setFailure(String failure);
}
