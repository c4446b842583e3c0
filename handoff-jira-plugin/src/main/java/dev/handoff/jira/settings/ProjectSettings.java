package dev.handoff.jira.settings;

import java.util.Optional;

/**
 * One project's overrides, in SAL's project-scoped plugin settings ({@code createSettingsForKey(projectKey)}). Every
 * value is optional: absent means "as the global settings say".
 *
 * @param enabled       {@code false} turns drafting off for the project
 * @param targetTier    the tier escalations go to when the post-function does not say (1..3)
 * @param postAsComment whether approved notes are posted when the post-function does not say
 * @param commentRole   with {@code commentGroup}: the restriction of posted notes; either one replaces the global pair
 */
public record ProjectSettings(Optional<Boolean> enabled, Optional<Integer> targetTier, Optional<Boolean> postAsComment,
                              Optional<String> commentRole, Optional<String> commentGroup) {

    public static final String ENABLED = "handoff.project.enabled";
    public static final String TARGET_TIER = "handoff.project.targetTier";
    public static final String POST_AS_COMMENT = "handoff.project.postAsComment";
    public static final String COMMENT_ROLE = "handoff.project.commentRole";
    public static final String COMMENT_GROUP = "handoff.project.commentGroup";

    public static final ProjectSettings NONE = new ProjectSettings(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());
}
