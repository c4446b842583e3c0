package com.atlassian.plugin;

// Source: §8.4 (return type of PluginEnabledEvent#getPlugin)
// UNVERIFIED: member list (getKey) inferred.
public interface Plugin {
    String getKey();
}
