package dev.handoff.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_DRAFT: the redacted draft of one escalation, versioned per issue. Names are frozen. */
@Table("DRAFT")
public interface DraftEntity extends Entity {

    @NotNull
    @Indexed
    Long getIssueId();

    void setIssueId(Long issueId);

    @NotNull
    Integer getVersion();

    void setVersion(Integer version);

    @NotNull
    Integer getEscalationSeq();

    void setEscalationSeq(Integer sequence);

    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    /** The redacted draft as JSON (DraftCodec); unlimited text, so never indexed. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDraftJson();

    void setDraftJson(String json);

    /** The model's validated prose as JSON; null when no model was configured, and in rows stored before the column existed. */
    @StringLength(StringLength.UNLIMITED)
    String getProseJson();

    void setProseJson(String proseJson);

    /** Runbooks, similar tickets and the team hint as JSON, redacted; null in rows stored before the column existed. */
    @StringLength(StringLength.UNLIMITED)
    String getKnowledgeJson();

    void setKnowledgeJson(String knowledgeJson);

    @StringLength(255)
    String getDecidedBy();

    void setDecidedBy(String userKey);

    Long getDecidedAt();

    void setDecidedAt(Long epochMillis);

    @StringLength(StringLength.UNLIMITED)
    String getDecisionNote();

    void setDecisionNote(String note);

    @StringLength(StringLength.UNLIMITED)
    String getApprovedText();

    void setApprovedText(String text);
}
