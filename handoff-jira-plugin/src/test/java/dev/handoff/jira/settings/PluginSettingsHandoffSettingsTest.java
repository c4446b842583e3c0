package dev.handoff.jira.settings;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.handoff.core.model.Slot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PluginSettingsHandoffSettingsTest {

    private final Map<String, Object> stored = new HashMap<>();
    private PluginSettingsHandoffSettings settings;

    @BeforeEach
    void setUp() {
        PluginSettings global = mock(PluginSettings.class);
        when(global.get(anyString())).thenAnswer(i -> stored.get(i.getArgument(0, String.class)));
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(global);
        settings = new PluginSettingsHandoffSettings(factory);
    }

    @Test
    void an_unconfigured_instance_has_no_model_and_the_documented_defaults() {
        assertThat(settings.model()).isEqualTo(ModelSettings.DEFAULTS);
        assertThat(settings.model().enabled()).isFalse();
        assertThat(settings.retentionDays()).isEqualTo(365);
        assertThat(settings.regenerateLimits()).isEqualTo(RegenerateLimits.DEFAULTS);
        assertThat(settings.requiredSlots(Optional.of("Network"))).isEmpty();
        assertThat(settings.extraRedactionPatterns()).isEmpty();
    }

    @Test
    void model_settings_are_read_and_out_of_range_numbers_fall_back_to_defaults() {
        stored.put(PluginSettingsHandoffSettings.MODEL_URL, "http://ollama.internal:11434");
        stored.put(PluginSettingsHandoffSettings.MODEL_NAME, "qwen2.5:7b");
        stored.put(PluginSettingsHandoffSettings.MODEL_READ_SECONDS, "30");
        stored.put(PluginSettingsHandoffSettings.MODEL_MAX_CONCURRENT, "0");
        stored.put(PluginSettingsHandoffSettings.MODEL_CONNECT_SECONDS, "five");

        ModelSettings model = settings.model();

        assertThat(model.endpoint()).contains(URI.create("http://ollama.internal:11434"));
        assertThat(model.model()).isEqualTo("qwen2.5:7b");
        assertThat(model.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(model.maxConcurrent()).isEqualTo(ModelSettings.DEFAULTS.maxConcurrent());
        assertThat(model.connectTimeout()).isEqualTo(ModelSettings.DEFAULTS.connectTimeout());
    }

    @Test
    void a_model_url_that_is_not_http_or_https_means_no_model() {
        stored.put(PluginSettingsHandoffSettings.MODEL_URL, "file:///etc/passwd");
        assertThat(settings.model().enabled()).isFalse();
        stored.put(PluginSettingsHandoffSettings.MODEL_URL, "gopher://ollama:70");
        assertThat(settings.model().enabled()).isFalse();
    }

    @Test
    void a_category_uses_its_own_required_slots_and_other_categories_the_default_list() {
        stored.put(PluginSettingsHandoffSettings.REQUIRED_PREFIX + "*", "os, errorString");
        stored.put(PluginSettingsHandoffSettings.REQUIRED_PREFIX + "hardware", "device,lastChange bogus");

        assertThat(settings.requiredSlots(Optional.of(" Hardware "))).containsExactlyInAnyOrder(Slot.DEVICE, Slot.LAST_CHANGE);
        assertThat(settings.requiredSlots(Optional.of("Email"))).containsExactlyInAnyOrder(Slot.OS, Slot.ERROR_STRING);
        assertThat(settings.requiredSlots(Optional.empty())).containsExactlyInAnyOrder(Slot.OS, Slot.ERROR_STRING);
    }

    @Test
    void extra_redaction_patterns_are_one_per_line_without_blank_lines() {
        stored.put(PluginSettingsHandoffSettings.REDACTION_PATTERNS, "badge=BADGE-\\d{6}\n\n  pin=PIN \\d{4}  \n");
        assertThat(settings.extraRedactionPatterns()).containsExactly("badge=BADGE-\\d{6}", "pin=PIN \\d{4}");
    }
}
