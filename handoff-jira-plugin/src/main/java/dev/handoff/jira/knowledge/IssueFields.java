package dev.handoff.jira.knowledge;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The values of a configured field as text: {@code components} by component name, a custom field by each value's
 * string form (a select option prints its value), so one setting can name either.
 */
@Named
public class IssueFields {

    public static final String COMPONENTS = "components";

    private final CustomFieldManager fields;

    @Inject
    public IssueFields(@ComponentImport CustomFieldManager fields) {
        this.fields = fields;
    }

    public List<String> values(Issue issue, String fieldId) {
        List<String> out = new ArrayList<>();
        if (COMPONENTS.equals(fieldId)) {
            Collection<ProjectComponent> components = issue.getComponents();
            if (components != null) {
                components.stream().map(ProjectComponent::getName).forEach(n -> add(out, n));
            }
            return out;
        }
        CustomField field = fields.getCustomFieldObject(fieldId);
        Object value = field == null ? null : issue.getCustomFieldValue(field);
        if (value instanceof Collection<?> many) {
            many.forEach(v -> add(out, v == null ? null : v.toString()));
        } else if (value != null) {
            add(out, value.toString());
        }
        return out;
    }

    private static void add(List<String> out, String value) {
        if (value != null && !value.isBlank() && !out.contains(value.strip())) {
            out.add(value.strip());
        }
    }
}
