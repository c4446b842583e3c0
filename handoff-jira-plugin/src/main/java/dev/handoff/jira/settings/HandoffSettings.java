package dev.handoff.jira.settings;

import dev.handoff.core.model.Slot;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Global settings; the admin screen writes them. Every cluster node reads the same values. */
public interface HandoffSettings {

    /** Project role that approved notes are restricted to outside JSM projects, if configured. */
    Optional<String> commentRole();

    /** Group that approved notes are restricted to outside JSM projects, if configured (used when no role is). */
    Optional<String> commentGroup();

    /** The Jira text custom field (e.g. {@code customfield_10100}) that holds a slot, if mapped. */
    Optional<String> environmentField(Slot slot);

    /** The model server, its timeouts and its load limits. */
    ModelSettings model();

    /** The language the model writes its prose in (error strings stay verbatim); default English. */
    String modelLanguage();

    /** The categories the model may suggest; empty means it suggests none. */
    List<String> modelCategories();

    /** The field (custom field id, or {@code components}) whose value is the category, if configured. */
    Optional<String> categoryField();

    /**
     * The field (custom field id, or {@code components}) that says which team resolved an issue: the team
     * suggestion is learned from it. Unset, the category field serves; unset too, {@code components}.
     */
    Optional<String> teamField();

    /**
     * The Confluence spaces approved as knowledge, with their tiers ({@code KEY:TIER,...}), searched through
     * Jira's primary Confluence application link as the requesting user; empty means no Confluence.
     */
    Optional<String> confluenceSpaces();

    /**
     * The Ollama embedding model that re-ranks retrieved runbooks (e.g. {@code nomic-embed-text}); empty means BM25
     * alone. Used only with an Ollama model server configured.
     */
    Optional<String> embedModel();

    /**
     * The slots the "Escalation context complete" validator requires for issues of {@code category}: the
     * category's own list if one is configured, else the default list (empty unless configured).
     */
    Set<Slot> requiredSlots(Optional<String> category);

    /** Drafts, audit rows and metric events older than this many days are purged. */
    int retentionDays();

    RegenerateLimits regenerateLimits();

    /** Extra redaction patterns as {@code name=regex} lines, in the order the admin entered them. */
    List<String> extraRedactionPatterns();
}
