package dev.handoff.jira.settings;

import dev.handoff.jira.HandoffKeys;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The settings one escalation is drafted with. Precedence, highest first:
 * <ol>
 *   <li>the post-function's arguments ({@link HandoffKeys#ARG_TARGET_TIER}, {@link HandoffKeys#ARG_POST_AS_COMMENT}),
 *       when present and readable;</li>
 *   <li>the project's settings ({@link ProjectSettings});</li>
 *   <li>the global settings ({@link HandoffSettings}), and the built-in defaults: tier 2, not posted.</li>
 * </ol>
 * The comment restriction is taken as a pair: a project that sets a role or a group replaces both global values, so a
 * global role can never outrank a project's group. A project with {@code enabled = false} is skipped whatever the
 * post-function says; {@link #skipReason} is the reason to record where people see it.
 */
public record EffectiveSettings(boolean enabled, Optional<String> skipReason, int targetTier, boolean postAsComment,
                                Optional<String> commentRole, Optional<String> commentGroup) {

    static final int DEFAULT_TIER = 2;

    public static EffectiveSettings resolve(String projectKey, Map<?, ?> functionArgs, ProjectSettings project,
                                            HandoffSettings global) {
        boolean enabled = project.enabled().orElse(true);
        Optional<String> skip = enabled ? Optional.empty()
                : Optional.of("Handoff is turned off for project " + projectKey + " by a Jira administrator.");
        int tier = tierArgument(functionArgs).or(project::targetTier).orElse(DEFAULT_TIER);
        boolean post = booleanArgument(functionArgs).or(project::postAsComment).orElse(false);
        boolean projectRestricts = project.commentRole().isPresent() || project.commentGroup().isPresent();
        return new EffectiveSettings(enabled, skip, tier, post,
                projectRestricts ? project.commentRole() : global.commentRole(),
                projectRestricts ? project.commentGroup() : global.commentGroup());
    }

    private static Optional<Integer> tierArgument(Map<?, ?> args) {
        Object raw = args == null ? null : args.get(HandoffKeys.ARG_TARGET_TIER);
        try {
            int tier = raw == null ? 0 : Integer.parseInt(raw.toString().trim());
            return tier >= 1 && tier <= 3 ? Optional.of(tier) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Boolean> booleanArgument(Map<?, ?> args) {
        Object raw = args == null ? null : args.get(HandoffKeys.ARG_POST_AS_COMMENT);
        String s = raw == null ? "" : raw.toString().trim().toLowerCase(Locale.ROOT);
        return s.equals("true") || s.equals("false") ? Optional.of(Boolean.parseBoolean(s)) : Optional.empty();
    }
}
