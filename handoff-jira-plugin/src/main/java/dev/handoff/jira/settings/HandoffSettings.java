package dev.handoff.jira.settings;

import dev.handoff.core.model.Slot;

import java.util.Optional;

/** Global settings the Jira slice needs; the admin screen writes them. */
public interface HandoffSettings {

    /** Project role that approved notes are restricted to outside JSM projects, if configured. */
    Optional<String> commentRole();

    /** Group that approved notes are restricted to outside JSM projects, if configured (used when no role is). */
    Optional<String> commentGroup();

    /** The Jira text custom field (e.g. {@code customfield_10100}) that holds a slot, if mapped. */
    Optional<String> environmentField(Slot slot);
}
