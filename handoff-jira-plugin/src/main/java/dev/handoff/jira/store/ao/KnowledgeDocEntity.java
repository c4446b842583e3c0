package dev.handoff.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_KDOC: one document of a knowledge source, as uploaded. Names are frozen once released. */
@Table("KDOC")
public interface KnowledgeDocEntity extends Entity {

    @NotNull
    @Indexed
    Long getSourceId();

    void setSourceId(Long sourceId);

    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getDocPath();

    void setDocPath(String path);

    /** The document's text; unlimited, so never indexed. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDocText();

    void setDocText(String text);
}
