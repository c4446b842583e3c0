package com.atlassian.plugin.event.events;

import com.atlassian.plugin.Plugin;

// Source: GROOVY (@EventListener on PluginEnabledEvent, getPlugin()); SLACK imports com.atlassian.plugin.event.events.PluginEnabledEvent
// UNVERIFIED: constructor and superclass (the real class extends a plugin event base class, not declared here).
public class PluginEnabledEvent {
    public PluginEnabledEvent(Plugin plugin) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Plugin getPlugin() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
