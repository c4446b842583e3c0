package dev.handoff.jira.admin;

import dev.handoff.core.json.Json;
import dev.handoff.jira.audit.ConfigChangeAudit;
import dev.handoff.jira.audit.JiraAuditTrail;
import dev.handoff.jira.permission.TierResolver;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.HandoffSettingsWriter;
import dev.handoff.jira.settings.PluginSettingsHandoffSettings;
import dev.handoff.jira.settings.ProjectSettings;
import dev.handoff.jira.settings.ProjectSettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * What the admin REST resource does once the caller is known to be an administrator: read the configuration,
 * validate and store a whole new one, test a model URL. Free of JAX-RS so that the offline preview serves the same
 * answers. Bodies are JSON strings in both directions; errors are {@code {"error": "...", "field": "..."}}.
 */
@Named
public class AdminService {

    private static final Logger LOG = LoggerFactory.getLogger(AdminService.class);

    /** An HTTP status and its JSON body. */
    public record Answer(int status, String json) {
    }

    private final HandoffSettings settings;
    private final TierResolver tiers;
    private final HandoffSettingsWriter writer;
    private final ProjectSettingsStore projects;
    private final ConfigChangeAudit audit;
    private final ModelProbe probe = new ModelProbe();

    @Inject
    public AdminService(HandoffSettings settings, TierResolver tiers, HandoffSettingsWriter writer,
                        ProjectSettingsStore projects, ConfigChangeAudit audit) {
        this.settings = settings;
        this.tiers = tiers;
        this.writer = writer;
        this.projects = projects;
        this.audit = audit;
    }

    /** The settings in effect. */
    public Answer config() {
        return new Answer(200, AdminConfig.json(AdminConfig.read(settings, tiers.settings(), writer.requiredCategories())));
    }

    /**
     * Validates the whole document first; stores all of it, or nothing when a value is bad (400 naming it). The log
     * names who changed which keys, never a value: redaction patterns can describe what a secret looks like.
     */
    public Answer save(String userKey, String body) {
        Map<String, String> values;
        try {
            values = AdminConfig.toStorage(body, writer.requiredCategories());
        } catch (AdminConfig.Invalid e) {
            return error(400, e.getMessage(), e.field());
        }
        Map<String, String> before = writer.current(values.keySet());
        Set<String> changed = writer.write(values);
        LOG.info("Handoff settings saved by user {}; changed: {}", userKey, changed);
        List<JiraAuditTrail.Change> changes = new ArrayList<>();
        for (String key : changed) {
            boolean masked = key.equals(PluginSettingsHandoffSettings.REDACTION_PATTERNS);
            changes.add(new JiraAuditTrail.Change(key, masked ? mask(before.get(key)) : before.get(key),
                    masked ? mask(values.get(key)) : blankToNull(values.get(key))));
        }
        audit.configChanged(changes);
        return config();
    }

    /** The overrides of an existing project (the caller checks that it exists). */
    public Answer project(String projectKey) {
        return new Answer(200, Json.write(AdminConfig.readProject(projectKey, projects.read(projectKey))));
    }

    /** Replaces the project's overrides, all of them or none. */
    public Answer saveProject(String userKey, String projectKey, String body) {
        ProjectSettings overrides;
        try {
            overrides = AdminConfig.toProject(body);
        } catch (AdminConfig.Invalid e) {
            return error(400, e.getMessage(), e.field());
        }
        projects.write(projectKey, overrides);
        LOG.info("Handoff settings of project {} saved by user {}", projectKey, userKey);
        return project(projectKey);
    }

    public Answer testConnection(String body) {
        try {
            return new Answer(200, Json.write(probe.probe(AdminConfig.probeTarget(body)).json()));
        } catch (AdminConfig.Invalid e) {
            return error(400, e.getMessage(), e.field());
        } catch (ModelProbe.Refused e) {
            return error(400, e.getMessage(), "modelUrl");
        }
    }

    /** Redaction patterns describe what secrets look like: the audit log only says how many lines there are. */
    private static String mask(String patterns) {
        return patterns == null || patterns.isBlank() ? null : patterns.strip().lines().count() + " pattern(s)";
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    public static Answer error(int status, String message, String field) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        if (field != null) {
            m.put("field", field);
        }
        return new Answer(status, Json.write(m));
    }
}
