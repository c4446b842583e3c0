package dev.handoff.jira.settings;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RedactionPolicyTest {

    private final HandoffSettings settings = mock(HandoffSettings.class);
    private final RedactionPolicy policy = new RedactionPolicy(settings);

    @Test
    void an_admins_extra_pattern_redacts_in_drafts_and_the_builtin_detectors_stay() {
        when(settings.extraRedactionPatterns()).thenReturn(List.of("badge=BADGE-\\d{6}"));

        String out = policy.redactor().redact("Door badge BADGE-123456 fails, password: Hunter2!x").text();

        assertThat(out).doesNotContain("BADGE-123456").doesNotContain("Hunter2!x").contains("Door badge");
    }

    @Test
    void a_line_that_does_not_compile_or_has_no_name_is_skipped_and_the_others_still_apply() {
        when(settings.extraRedactionPatterns()).thenReturn(List.of("broken=([a-z", "=PIN \\d{4}", "pin=PIN \\d{4}"));

        String out = policy.redactor().redact("PIN 4821 for the locker").text();

        assertThat(out).doesNotContain("4821").contains("for the locker");
    }

    @Test
    void the_redactor_is_rebuilt_when_the_patterns_change_and_reused_while_they_do_not() {
        when(settings.extraRedactionPatterns()).thenReturn(List.of("pin=PIN \\d{4}"));
        var first = policy.redactor();
        assertThat(policy.redactor()).isSameAs(first);

        when(settings.extraRedactionPatterns()).thenReturn(List.of());

        assertThat(policy.redactor()).isNotSameAs(first);
        assertThat(policy.redactor().redact("PIN 4821").text()).contains("4821");
    }
}
