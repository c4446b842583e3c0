package dev.handoff.core.model;

/** A Jira user as the ticket names them: a stable key and the name shown to people. */
public record Person(String key, String displayName) {

    public static final Person UNKNOWN = new Person("", "unknown");

    public Person {
        key = key == null ? "" : key;
        displayName = displayName == null || displayName.isBlank() ? (key.isEmpty() ? "unknown" : key) : displayName;
    }
}
