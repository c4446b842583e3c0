package dev.handoff.jira.validator;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.Slot;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.jira.HandoffKeys;
import dev.handoff.jira.knowledge.IssueFields;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.RedactionPolicy;
import dev.handoff.jira.ticket.IssueSnapshotReader;
import dev.handoff.jira.workflow.DraftEscalationFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validator "Escalation context complete": blocks the escalation while a slot the issue's category requires is
 * neither stated in the thread nor filled in its Jira field, and names each missing slot, so tier 1 asks the user
 * first. Unlike the post-function it must read the thread, synchronously; an admin adds it per transition. When
 * Handoff itself fails (settings, reading, extraction) it lets the transition through: only missing context blocks.
 */
@Named
public class EscalationContextValidator implements Validator {

    private static final Logger log = LoggerFactory.getLogger(EscalationContextValidator.class);

    private final IssueSnapshotReader reader;
    private final HandoffSettings settings;
    private final JiraAuthenticationContext auth;
    private final IssueFields fields;
    private final java.util.function.Supplier<EscalationPipeline> pipeline;

    @Inject
    public EscalationContextValidator(IssueSnapshotReader reader, HandoffSettings settings,
                                      @ComponentImport JiraAuthenticationContext auth,
                                      @ComponentImport CustomFieldManager fields, RedactionPolicy redaction) {
        this(reader, settings, auth, fields, redaction::pipeline);
    }

    EscalationContextValidator(IssueSnapshotReader reader, HandoffSettings settings, JiraAuthenticationContext auth,
                               CustomFieldManager fields, java.util.function.Supplier<EscalationPipeline> pipeline) {
        this.reader = reader;
        this.settings = settings;
        this.auth = auth;
        this.fields = new IssueFields(fields);
        this.pipeline = pipeline;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Optional<String> category;
        List<Slot> missing;
        try {
            Issue issue = (Issue) transientVars.get("issue");
            category = settings.categoryField().flatMap(id -> text(issue, id));
            Set<Slot> required = settings.requiredSlots(category);
            if (required.isEmpty()) {
                return;
            }
            int tier = DraftEscalationFunction.FunctionArguments.targetTier(args);
            EnvironmentBlock found = pipeline.get().draft(reader.read(issue, auth.getLoggedInUser()), Audience.agents(tier)).environment();
            missing = ContextCompleteness.missing(required, found, filledFields(issue, required));
        } catch (RuntimeException e) {
            log.error("Handoff could not check the escalation context; the transition is let through: {}", e.toString());
            return;
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(message(category, missing));
        }
    }

    private String message(Optional<String> category, List<Slot> missing) {
        I18nHelper i18n = auth.getI18nHelper();
        String slots = missing.stream().map(s -> i18n.getText(HandoffKeys.I18N_PREFIX + "slot." + s.jsonName()))
                .collect(Collectors.joining(", "));
        return category.isPresent()
                ? i18n.getText("handoff.validator.missing.category", category.get(), slots)
                : i18n.getText("handoff.validator.missing", slots);
    }

    private Set<Slot> filledFields(Issue issue, Set<Slot> required) {
        Set<Slot> filled = EnumSet.noneOf(Slot.class);
        for (Slot slot : required) {
            settings.environmentField(slot).flatMap(id -> text(issue, id)).ifPresent(v -> filled.add(slot));
        }
        return filled;
    }

    /** The field's first value: {@code components} or a custom field, as the admin screen lets the category be. */
    private Optional<String> text(Issue issue, String fieldId) {
        return fields.values(issue, fieldId).stream().findFirst();
    }
}
