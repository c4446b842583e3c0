package dev.handoff.search;

import dev.handoff.core.model.Person;

import java.time.Instant;
import java.util.List;

/**
 * An earlier ticket like the one at hand: how it was resolved and by whom ({@code resolvedBy} is the
 * assignee, {@link Person#UNKNOWN} when nobody was assigned), and its team field ({@code components}).
 */
public record SimilarTicket(String key, String summary, String resolution, Person resolvedBy, List<String> components,
                            Instant created, float score) {

    public SimilarTicket {
        resolution = resolution == null ? "" : resolution;
        resolvedBy = resolvedBy == null ? Person.UNKNOWN : resolvedBy;
        components = List.copyOf(components == null ? List.of() : components);
    }

    public boolean resolved() {
        return !resolution.isBlank();
    }
}
