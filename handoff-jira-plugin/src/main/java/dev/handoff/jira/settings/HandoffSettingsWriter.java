package dev.handoff.jira.settings;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the global settings {@link PluginSettingsHandoffSettings} and {@code TierResolver} read. Callers validate
 * every value first: this class stores what it is given.
 */
@Named
public class HandoffSettingsWriter {

    /**
     * The categories that have their own required-slot list, one per line. Kept outside
     * {@link PluginSettingsHandoffSettings#REQUIRED_PREFIX} so that no category name can collide with it; the admin
     * screen needs it to list and remove per-category keys, which SAL cannot enumerate.
     */
    public static final String REQUIRED_CATEGORIES = "handoff.requiredCategories";

    private final PluginSettingsFactory factory;

    @Inject
    public HandoffSettingsWriter(@ComponentImport PluginSettingsFactory factory) {
        this.factory = factory;
    }

    /** The categories listed under {@link #REQUIRED_CATEGORIES}, in stored order. */
    public List<String> requiredCategories() {
        Object value = factory.createGlobalSettings().get(REQUIRED_CATEGORIES);
        List<String> out = new ArrayList<>();
        if (value instanceof String s) {
            for (String line : s.split("\n")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    /**
     * Stores every entry; a null or blank value removes the key, so the reader's default applies. Returns the keys
     * whose stored value changed.
     */
    /** The stored values of {@code keys} (null where nothing is stored), read before a save to report what changed. */
    public Map<String, String> current(java.util.Collection<String> keys) {
        PluginSettings settings = factory.createGlobalSettings();
        Map<String, String> out = new java.util.HashMap<>();
        for (String key : keys) {
            Object v = settings.get(key);
            out.put(key, v instanceof String s ? s : null);
        }
        return out;
    }

    public Set<String> write(Map<String, String> values) {
        PluginSettings settings = factory.createGlobalSettings();
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String value = e.getValue() == null || e.getValue().isBlank() ? null : e.getValue();
            if (!Objects.equals(settings.get(e.getKey()), value)) {
                changed.add(e.getKey());
            }
            if (value == null) {
                settings.remove(e.getKey());
            } else {
                settings.put(e.getKey(), value);
            }
        }
        return changed;
    }
}
