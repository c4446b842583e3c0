package dev.handoff.jira.settings;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.handoff.core.model.Slot;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Optional;

/** Settings in SAL's global plugin settings (database-backed, so every cluster node reads the same). */
@Named
public class PluginSettingsHandoffSettings implements HandoffSettings {

    static final String COMMENT_ROLE = "handoff.comment.role";
    static final String COMMENT_GROUP = "handoff.comment.group";
    static final String FIELD_PREFIX = "handoff.field.";

    private final PluginSettingsFactory factory;

    @Inject
    public PluginSettingsHandoffSettings(@ComponentImport PluginSettingsFactory factory) {
        this.factory = factory;
    }

    @Override
    public Optional<String> commentRole() {
        return read(COMMENT_ROLE);
    }

    @Override
    public Optional<String> commentGroup() {
        return read(COMMENT_GROUP);
    }

    @Override
    public Optional<String> environmentField(Slot slot) {
        return read(FIELD_PREFIX + slot.jsonName());
    }

    private Optional<String> read(String key) {
        PluginSettings settings = factory.createGlobalSettings();
        Object value = settings.get(key);
        return value instanceof String s && !s.isBlank() ? Optional.of(s.trim()) : Optional.empty();
    }
}
