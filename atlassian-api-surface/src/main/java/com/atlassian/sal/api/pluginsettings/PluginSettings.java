package com.atlassian.sal.api.pluginsettings;

// Source: DEC-P6 sal-api 5.1.4 (values: String, List<String>, Map<String,String>, Properties - UNVERIFIED contract text)
public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
