package dev.handoff.jira.fakes;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.HashMap;
import java.util.Map;

/** SAL plugin settings in maps: one for the global settings, one per project key. */
public final class InMemoryPluginSettings implements PluginSettingsFactory {

    public final Map<String, Object> global = new HashMap<>();
    public final Map<String, Map<String, Object>> projects = new HashMap<>();

    @Override
    public PluginSettings createSettingsForKey(String key) {
        return view(projects.computeIfAbsent(key, k -> new HashMap<>()));
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return view(global);
    }

    private static PluginSettings view(Map<String, Object> map) {
        return new PluginSettings() {
            @Override
            public Object get(String key) {
                return map.get(key);
            }

            @Override
            public Object put(String key, Object value) {
                return map.put(key, value);
            }

            @Override
            public Object remove(String key) {
                return map.remove(key);
            }
        };
    }
}
