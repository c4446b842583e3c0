package dev.handoff.jira.workflow;

import dev.handoff.jira.HandoffKeys;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DraftEscalationFunctionFactoryTest {

    private final DraftEscalationFunctionFactory factory = new DraftEscalationFunctionFactory();

    @Test
    void a_form_left_at_project_default_stores_empty_arguments_so_the_projects_settings_decide() {
        Map<String, Object> stored = params(Map.of("targetTier", new String[] {""}, "postAsComment", new String[] {""}));

        assertThat(stored).containsEntry(HandoffKeys.ARG_TARGET_TIER, "").containsEntry(HandoffKeys.ARG_POST_AS_COMMENT, "");
    }

    @Test
    void explicit_choices_are_stored_and_anything_else_means_project_default() {
        assertThat(params(Map.of("targetTier", new String[] {"3"}, "postAsComment", new String[] {"true"})))
                .containsEntry(HandoffKeys.ARG_TARGET_TIER, "3").containsEntry(HandoffKeys.ARG_POST_AS_COMMENT, "true");
        assertThat(params(Map.of("targetTier", new String[] {"9"}, "postAsComment", new String[] {"on"})))
                .containsEntry(HandoffKeys.ARG_TARGET_TIER, "").containsEntry(HandoffKeys.ARG_POST_AS_COMMENT, "");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> params(Map<String, Object> form) {
        return (Map<String, Object>) factory.getDescriptorParams(form);
    }
}
