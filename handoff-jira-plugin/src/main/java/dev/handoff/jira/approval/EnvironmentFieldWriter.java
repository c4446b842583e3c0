package dev.handoff.jira.approval;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Slot;
import dev.handoff.jira.settings.HandoffSettings;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the approved environment block into Jira's own text custom fields, as the approver and through
 * IssueService, so Jira's field permissions, validation, history and JQL indexing all apply. Only mapped
 * slots with values are written; nothing happens before a person approves.
 */
@Named
public class EnvironmentFieldWriter {

    /** Jira's single-line text fields hold 255 characters. */
    static final int MAX_VALUE = 255;

    private final IssueService issueService;
    private final HandoffSettings settings;

    @Inject
    public EnvironmentFieldWriter(@ComponentImport IssueService issueService, HandoffSettings settings) {
        this.issueService = issueService;
        this.settings = settings;
    }

    /** Returns the number of fields written; throws with Jira's own messages when the update is refused. */
    public int write(Issue issue, ApplicationUser approver, EnvironmentBlock block) {
        IssueInputParameters params = null;
        int fields = 0;
        for (Slot slot : Slot.values()) {
            Optional<String> field = settings.environmentField(slot);
            List<Evidence> values = block.get(slot);
            if (field.isEmpty() || values.isEmpty()) {
                continue;
            }
            if (params == null) {
                params = issueService.newIssueInputParameters();
            }
            params.addCustomFieldValue(field.get(), joined(values));
            fields++;
        }
        if (fields == 0) {
            return 0;
        }
        IssueService.UpdateValidationResult validation = issueService.validateUpdate(approver, issue.getId(), params);
        if (!validation.isValid()) {
            throw new IllegalStateException("Jira refused the environment fields: " + validation.getErrorCollection().getErrorMessages()
                    + " " + validation.getErrorCollection().getErrors());
        }
        IssueService.IssueResult result = issueService.update(approver, validation);
        if (!result.isValid()) {
            throw new IllegalStateException("Jira could not update the environment fields: " + result.getErrorCollection().getErrorMessages());
        }
        return fields;
    }

    static String joined(List<Evidence> values) {
        Set<String> distinct = new LinkedHashSet<>();
        values.forEach(e -> distinct.add(e.value().strip()));
        String s = String.join("; ", distinct);
        return s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE - 1) + "\u2026";
    }
}
