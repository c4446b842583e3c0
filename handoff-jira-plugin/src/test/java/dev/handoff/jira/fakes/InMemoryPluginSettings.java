package dev.handoff.jira.fakes;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * SAL plugin settings in maps: one for the global settings, one per project key. Synchronized: the CLI's admin
 * preview server writes them on its HTTP thread while its browser test reads them.
 */
public final class InMemoryPluginSettings implements PluginSettingsFactory {

    public final Map<String, Object> global = Collections.synchronizedMap(new HashMap<>());
    public final Map<String, Map<String, Object>> projects = Collections.synchronizedMap(new HashMap<>());

    @Override
    public PluginSettings createSettingsForKey(String key) {
        return view(projects.computeIfAbsent(key, k -> Collections.synchronizedMap(new HashMap<>())));
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
