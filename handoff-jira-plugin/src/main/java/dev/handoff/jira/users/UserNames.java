package dev.handoff.jira.users;

/** The name a screen shows for a stored user key. */
@FunctionalInterface
public interface UserNames {

    /** The person's display name; the key itself when the user no longer exists; null for null. */
    String displayName(String userKey);
}
