package dev.handoff.core.model;

import java.util.Objects;
import java.util.Set;

/**
 * Who a draft is built for: the tier it escalates to, and which restricted sources that tier may
 * read (group and role names; public and internal comments are visible to every agent tier).
 * Only sources the audience may see feed a draft.
 */
public record Audience(int tier, Set<String> groups, Set<String> roles, boolean includesRequester) {

    public Audience {
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("tier must be 1, 2 or 3, got " + tier);
        }
        groups = Set.copyOf(Objects.requireNonNullElse(groups, Set.of()));
        roles = Set.copyOf(Objects.requireNonNullElse(roles, Set.of()));
    }

    /** An agent audience of the given tier that reads public and internal sources only. */
    public static Audience agents(int tier) {
        return new Audience(tier, Set.of(), Set.of(), false);
    }

    public boolean canSee(Visibility v) {
        return switch (v.kind()) {
            case PUBLIC -> true;
            case INTERNAL -> !includesRequester;
            case GROUP -> groups.contains(v.name());
            case ROLE -> roles.contains(v.name());
        };
    }
}
