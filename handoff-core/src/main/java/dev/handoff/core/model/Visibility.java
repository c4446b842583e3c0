package dev.handoff.core.model;

import java.util.Objects;

/**
 * Who may see a source. Jira supplies it per comment (group or project-role restriction, or the
 * JSM {@code sd.public.comment} internal flag); offline it comes from the REST JSON {@code visibility}.
 */
public record Visibility(Kind kind, String name) {

    public enum Kind {
        /** Everyone who can browse the issue, including the requester. */
        PUBLIC,
        /** Agents only (JSM internal comment). */
        INTERNAL,
        /** Restricted to a Jira group. */
        GROUP,
        /** Restricted to a project role. */
        ROLE
    }

    public static final Visibility PUBLIC = new Visibility(Kind.PUBLIC, null);
    public static final Visibility INTERNAL = new Visibility(Kind.INTERNAL, null);

    public Visibility {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.GROUP || kind == Kind.ROLE) && (name == null || name.isBlank())) {
            throw new IllegalArgumentException(kind + " visibility needs a group or role name");
        }
        if (kind == Kind.PUBLIC || kind == Kind.INTERNAL) {
            name = null;
        }
    }

    public static Visibility group(String group) {
        return new Visibility(Kind.GROUP, group);
    }

    public static Visibility role(String role) {
        return new Visibility(Kind.ROLE, role);
    }

    public boolean isPublic() {
        return kind == Kind.PUBLIC;
    }

    @Override
    public String toString() {
        return name == null ? kind.name().toLowerCase(java.util.Locale.ROOT) : kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
    }
}
