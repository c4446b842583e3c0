package com.atlassian.sal.api.pluginsettings;

// Source: DEC-P6 sal-api 5.1.4
public interface PluginSettingsFactory {
    PluginSettings createSettingsForKey(String key);

    PluginSettings createGlobalSettings();
}
