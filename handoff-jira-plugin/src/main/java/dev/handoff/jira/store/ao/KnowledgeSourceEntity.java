package dev.handoff.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_KSOURCE: an approved knowledge source. Names are frozen once released. */
@Table("KSOURCE")
public interface KnowledgeSourceEntity extends Entity {

    @NotNull
    @StringLength(255)
    String getSourceName();

    void setSourceName(String name);

    @NotNull
    Integer getTier();

    void setTier(Integer tier);

    /** Grows in the same transaction as every change of the source or its documents. */
    @NotNull
    Integer getRevision();

    void setRevision(Integer revision);

    @NotNull
    Integer getDocCount();

    void setDocCount(Integer count);

    @NotNull
    Long getUpdatedAt();

    void setUpdatedAt(Long epochMillis);

    @StringLength(255)
    String getUpdatedBy();

    void setUpdatedBy(String userKey);
}
