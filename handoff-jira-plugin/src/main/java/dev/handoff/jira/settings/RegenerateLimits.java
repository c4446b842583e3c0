package dev.handoff.jira.settings;

/** How many drafts a person may request by hand per hour, per issue and per user, so Regenerate cannot flood the model. */
public record RegenerateLimits(int perIssuePerHour, int perUserPerHour) {

    public static final RegenerateLimits DEFAULTS = new RegenerateLimits(5, 20);

    public RegenerateLimits {
        if (perIssuePerHour < 1 || perUserPerHour < 1) {
            throw new IllegalArgumentException("limits must be at least 1 per hour");
        }
    }
}
