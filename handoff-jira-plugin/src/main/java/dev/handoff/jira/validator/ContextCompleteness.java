package dev.handoff.jira.validator;

import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.Slot;

import java.util.List;
import java.util.Set;

/**
 * Which required slots an escalation still lacks. A slot counts as known when the thread states it (the extractor
 * found a value) or when its mapped Jira field already holds one, e.g. typed in by tier 1.
 */
public final class ContextCompleteness {

    private ContextCompleteness() {
    }

    /** The missing slots in {@link Slot} order, so the message lists them the way the note does. */
    public static List<Slot> missing(Set<Slot> required, EnvironmentBlock found, Set<Slot> filledFields) {
        return java.util.Arrays.stream(Slot.values())
                .filter(required::contains)
                .filter(slot -> found.get(slot).isEmpty() && !filledFields.contains(slot))
                .toList();
    }
}
