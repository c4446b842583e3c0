package dev.handoff.core.model;

/** A Jira user as the ticket names them: a stable key and the name shown to people. */
public record Person(String key, String displayName) {

    public static final Person UNKNOWN = new Person("", "unknown");

    public Person {
        key = key == null ? "" : key;
        displayName = displayName == null || displayName.isBlank() ? (key.isEmpty() ? "unknown" : key) : displayName;
    }

    /** The same user: by key when either side has one, otherwise by the name shown (exports without keys). */
    public boolean sameAs(Person other) {
        if (!key.isEmpty() || !other.key().isEmpty()) {
            return key.equals(other.key());
        }
        return displayName.equals(other.displayName());
    }
}
