package dev.handoff.jira.settings;

/** The whole numbers a setting accepts, both ends included. The reader and the admin screen use the same ranges. */
public record IntRange(int min, int max) {

    public boolean contains(int n) {
        return n >= min && n <= max;
    }
}
