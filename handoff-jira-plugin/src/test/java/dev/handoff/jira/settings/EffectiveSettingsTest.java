package dev.handoff.jira.settings;

import dev.handoff.jira.HandoffKeys;
import dev.handoff.jira.fakes.InMemoryPluginSettings;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EffectiveSettingsTest {

    private final InMemoryPluginSettings sal = new InMemoryPluginSettings();
    private final ProjectSettingsStore store = new ProjectSettingsStore(sal, new PluginSettingsHandoffSettings(sal));

    private Map<String, Object> project(String key) {
        return sal.projects.computeIfAbsent(key, k -> new java.util.HashMap<>());
    }

    @Test
    void without_any_setting_a_project_drafts_for_tier_2_and_posts_nothing() {
        EffectiveSettings e = store.effective("SD", Map.of());

        assertThat(e).isEqualTo(new EffectiveSettings(true, Optional.empty(), 2, false, Optional.empty(), Optional.empty()));
    }

    @Test
    void the_post_function_arguments_win_over_the_project_which_wins_over_the_defaults() {
        project("SD").put(ProjectSettings.TARGET_TIER, "3");
        project("SD").put(ProjectSettings.POST_AS_COMMENT, "true");

        EffectiveSettings fromProject = store.effective("SD", Map.of());
        EffectiveSettings fromArgs = store.effective("SD",
                Map.of(HandoffKeys.ARG_TARGET_TIER, "1", HandoffKeys.ARG_POST_AS_COMMENT, "false"));

        assertThat(fromProject.targetTier()).isEqualTo(3);
        assertThat(fromProject.postAsComment()).isTrue();
        assertThat(fromArgs.targetTier()).isEqualTo(1);
        assertThat(fromArgs.postAsComment()).isFalse();
    }

    @Test
    void unreadable_arguments_and_project_values_fall_through_to_the_next_level() {
        project("SD").put(ProjectSettings.TARGET_TIER, "7");
        project("SD").put(ProjectSettings.POST_AS_COMMENT, "yes");

        EffectiveSettings e = store.effective("SD", Map.of(HandoffKeys.ARG_TARGET_TIER, "four"));

        assertThat(e.targetTier()).isEqualTo(2);
        assertThat(e.postAsComment()).isFalse();
    }

    @Test
    void a_project_restriction_replaces_the_global_role_and_group_as_a_pair() {
        sal.global.put(PluginSettingsHandoffSettings.COMMENT_ROLE, "Developers");
        project("HW").put(ProjectSettings.COMMENT_GROUP, "hw-agents");

        EffectiveSettings hw = store.effective("HW", Map.of());
        EffectiveSettings other = store.effective("SD", Map.of());

        assertThat(hw.commentRole()).isEmpty();
        assertThat(hw.commentGroup()).contains("hw-agents");
        assertThat(other.commentRole()).contains("Developers");
    }

    @Test
    void a_disabled_project_is_skipped_with_a_reason_whatever_the_post_function_says() {
        project("SD").put(ProjectSettings.ENABLED, "false");

        EffectiveSettings e = store.effective("SD", Map.of(HandoffKeys.ARG_TARGET_TIER, "2"));

        assertThat(e.enabled()).isFalse();
        assertThat(e.skipReason()).contains("Handoff is turned off for project SD by a Jira administrator.");
        assertThat(store.effective("OTHER", Map.of()).enabled()).isTrue();
    }
}
