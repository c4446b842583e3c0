package dev.handoff.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Pasted material that reads like prose to a letter count: log lines, command lines, object literals, JSON. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextCuesCodeTest {

    @Test
    void a_log_line_led_by_its_time_stamp_is_pasted_material() {
        // AC-1966 (tidev/jira-archive, Apache-2.0), comment 5
        assertThat(TextCues.looksLikeCode("04-04 01:35:29.789: D/dalvikvm(1197): WAIT_FOR_CONCURRENT_GC blocked 22ms")).isTrue();
        assertThat(TextCues.looksLikeCode("2016-03-07 21:28:31 Attempting to load session info from config file")).isTrue();
        assertThat(TextCues.looksLikeCode("12:00:01 the build started")).isTrue();
    }

    @Test
    void a_command_line_with_its_flags_is_pasted_material() {
        // AC-2114 (tidev/jira-archive, Apache-2.0), comment 3, shortened
        assertThat(TextCues.looksLikeCode("\"/usr/local/bin/titanium\" \"--no-colors\" \"--no-progress-bars\" \"build\" \"--platform\" \"ios\""))
                .isTrue();
        assertThat(TextCues.looksLikeCode("I ran titanium build --platform ios and it failed.")).isFalse();
    }

    @Test
    void lines_of_an_object_literal_are_pasted_material() {
        // AC-5553 (tidev/jira-archive, Apache-2.0), comment 4
        assertThat(TextCues.looksLikeCode("borderStyle: Ti.UI.INPUT_BORDERSTYLE_ROUNDED,\n  color: '#336699',\n  top: 10, left: 10,\n"
                + "  width: 250, height: 60")).isTrue();
        assertThat(TextCues.looksLikeCode("Note: the field loses its border on iOS, but only in a table view.")).isFalse();
    }

    @Test
    void quoted_json_and_a_json_property_are_pasted_material() {
        // AC-1270 and AC-1615 (tidev/jira-archive, Apache-2.0)
        assertThat(TextCues.looksLikeCode("\"{ \"meta\": { \"status\":\"fail\", \"code\":400, \"message\":\"Failed to reset password\" } }\""))
                .isTrue();
        assertThat(TextCues.looksLikeCode("\"to_tokens\": \"everyone\",")).isTrue();
        assertThat(TextCues.looksLikeCode("\"It works\", she said, after the update.")).isFalse();
    }
}
