package dev.handoff.jira.fields;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.context.ProjectContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.handoff.core.model.Slot;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.PluginSettingsHandoffSettings;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates, on an admin's request, the Jira text custom fields that hold the environment block: Jira's own
 * multi-line text type with the free-text searcher (so JQL finds values, and the fields keep working if Handoff is
 * removed), scoped to the chosen projects. A slot already mapped to an existing field is left alone; a field with
 * Handoff's name is mapped rather than duplicated. Each created or found field is mapped in the settings.
 */
@Named
public class EnvironmentFieldCreator {

    static final String TEXT_AREA = "com.atlassian.jira.plugin.system.customfieldtypes:textarea";
    static final String TEXT_SEARCHER = "com.atlassian.jira.plugin.system.customfieldtypes:textsearcher";
    static final String NAME_PREFIX = "Handoff ";

    public enum Outcome { KEPT, MAPPED_EXISTING, CREATED }

    public record Result(Slot slot, String fieldId, Outcome outcome) {
    }

    private final CustomFieldManager fields;
    private final HandoffSettings settings;
    private final PluginSettingsFactory pluginSettings;

    @Inject
    public EnvironmentFieldCreator(@ComponentImport CustomFieldManager fields, HandoffSettings settings,
                                   @ComponentImport PluginSettingsFactory pluginSettings) {
        this.fields = fields;
        this.settings = settings;
        this.pluginSettings = pluginSettings;
    }

    /** @param projectIds the projects whose issues get the fields; at least one (no global fields by accident) */
    public List<Result> create(List<Long> projectIds) throws Exception {
        if (projectIds.isEmpty()) {
            throw new IllegalArgumentException("choose at least one project for the environment fields");
        }
        CustomFieldType<?, ?> type = fields.getCustomFieldType(TEXT_AREA);
        CustomFieldSearcher searcher = fields.getCustomFieldSearcher(TEXT_SEARCHER);
        if (type == null || searcher == null) {
            throw new IllegalStateException("Jira's multi-line text field type or its searcher is not available");
        }
        List<JiraContextNode> contexts = new ArrayList<>();
        for (Long id : projectIds) {
            contexts.add(new ProjectContext(id));
        }
        Map<Slot, Result> results = new LinkedHashMap<>();
        for (Slot slot : Slot.values()) {
            String mapped = settings.environmentField(slot).orElse(null);
            if (mapped != null && fields.getCustomFieldObject(mapped) != null) {
                results.put(slot, new Result(slot, mapped, Outcome.KEPT));
                continue;
            }
            String name = NAME_PREFIX + slot.label();
            CustomField field = fields.getCustomFieldObjectsByName(name).stream().findFirst().orElse(null);
            Outcome outcome = Outcome.MAPPED_EXISTING;
            if (field == null) {
                // one null issue type: the field applies to every issue type of the chosen projects
                field = fields.createCustomField(name,
                        "The escalation's " + slot.label() + ", written by Handoff when a person approves the note.",
                        type, searcher, contexts, Collections.<IssueType>singletonList(null));
                outcome = Outcome.CREATED;
            }
            pluginSettings.createGlobalSettings().put(PluginSettingsHandoffSettings.FIELD_PREFIX + slot.jsonName(), field.getId());
            results.put(slot, new Result(slot, field.getId(), outcome));
        }
        return List.copyOf(results.values());
    }
}
