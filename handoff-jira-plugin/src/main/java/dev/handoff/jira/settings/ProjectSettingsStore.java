package dev.handoff.jira.settings;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Project overrides in SAL's project-scoped settings: read and written here, and resolved into the
 * {@link EffectiveSettings} of an escalation. Unreadable values count as absent, so a bad edit falls back to the
 * global settings.
 */
@Named
public class ProjectSettingsStore {

    private final PluginSettingsFactory factory;
    private final HandoffSettings global;

    @Inject
    public ProjectSettingsStore(@ComponentImport PluginSettingsFactory factory, HandoffSettings global) {
        this.factory = factory;
        this.global = global;
    }

    /** The settings an escalation in {@code projectKey} is drafted with; the draft job's one call. */
    public EffectiveSettings effective(String projectKey, Map<?, ?> functionArgs) {
        return EffectiveSettings.resolve(projectKey, functionArgs, read(projectKey), global);
    }

    public ProjectSettings read(String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return ProjectSettings.NONE;
        }
        PluginSettings s = factory.createSettingsForKey(projectKey);
        if (s == null) {
            return ProjectSettings.NONE;
        }
        Optional<Integer> tier = text(s, ProjectSettings.TARGET_TIER).flatMap(t -> {
            try {
                int n = Integer.parseInt(t);
                return n >= 1 && n <= 3 ? Optional.of(n) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
        return new ProjectSettings(bool(s, ProjectSettings.ENABLED), tier, bool(s, ProjectSettings.POST_AS_COMMENT),
                text(s, ProjectSettings.COMMENT_ROLE), text(s, ProjectSettings.COMMENT_GROUP));
    }

    /** Stores every override; an absent value (and {@code enabled = true}, the default) removes its key. */
    public void write(String projectKey, ProjectSettings settings) {
        PluginSettings s = factory.createSettingsForKey(projectKey);
        put(s, ProjectSettings.ENABLED, settings.enabled().filter(e -> !e).map(String::valueOf));
        put(s, ProjectSettings.TARGET_TIER, settings.targetTier().map(String::valueOf));
        put(s, ProjectSettings.POST_AS_COMMENT, settings.postAsComment().map(String::valueOf));
        put(s, ProjectSettings.COMMENT_ROLE, settings.commentRole());
        put(s, ProjectSettings.COMMENT_GROUP, settings.commentGroup());
    }

    private static void put(PluginSettings s, String key, Optional<String> value) {
        if (value.isPresent()) {
            s.put(key, value.get());
        } else {
            s.remove(key);
        }
    }

    private static Optional<Boolean> bool(PluginSettings s, String key) {
        return text(s, key).map(v -> v.toLowerCase(Locale.ROOT))
                .filter(v -> v.equals("true") || v.equals("false"))
                .map(Boolean::parseBoolean);
    }

    private static Optional<String> text(PluginSettings s, String key) {
        Object v = s.get(key);
        return v instanceof String str && !str.isBlank() ? Optional.of(str.trim()) : Optional.empty();
    }
}
