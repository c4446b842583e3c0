package dev.handoff.jira.audit;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditAttribute;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditResource;
import com.atlassian.audit.entity.ChangedValue;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.List;

/**
 * What Handoff tells Jira's own audit log: configuration changes and approvals, nothing else, so the log an admin
 * reviews is not flooded with drafts and jobs (those live in Handoff's audit table). Events sit in the ecosystem area
 * at base coverage. Values are identifiers and setting values; secrets are never passed in (the caller masks them).
 */
@Named
public class JiraAuditTrail implements ConfigChangeAudit {

    static final String CATEGORY = "handoff.audit.category";
    static final String APPROVED = "handoff.audit.approved";
    static final String CONFIG_CHANGED = "handoff.audit.config.changed";
    private static final Logger log = LoggerFactory.getLogger(JiraAuditTrail.class);

    /** One changed setting; {@code from} and {@code to} are what an auditor may read (masked when secret). */
    public record Change(String key, String from, String to) {
    }

    private final AuditService audit;

    @Inject
    public JiraAuditTrail(@ComponentImport AuditService audit) {
        this.audit = audit;
    }

    public void approved(Issue issue, int version, boolean edited, int fieldsWritten, boolean commentPosted) {
        send(() -> AuditEvent.fromI18nKeys(CATEGORY, APPROVED, CoverageLevel.BASE, CoverageArea.ECOSYSTEM)
                .affectedObject(AuditResource.builder(issue.getKey(), "ISSUE").id(String.valueOf(issue.getId())).build())
                .extraAttribute(AuditAttribute.fromI18nKeys("handoff.audit.version", String.valueOf(version)).build())
                .extraAttribute(AuditAttribute.fromI18nKeys("handoff.audit.edited", String.valueOf(edited)).build())
                .extraAttribute(AuditAttribute.fromI18nKeys("handoff.audit.fields", String.valueOf(fieldsWritten)).build())
                .extraAttribute(AuditAttribute.fromI18nKeys("handoff.audit.posted", String.valueOf(commentPosted)).build())
                .build());
    }

    /** One event for one saved configuration, listing every changed setting; nothing when nothing changed. */
    @Override
    public void configChanged(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        send(() -> {
            AuditEvent.Builder b = AuditEvent.fromI18nKeys(CATEGORY, CONFIG_CHANGED, CoverageLevel.BASE, CoverageArea.ECOSYSTEM);
            for (Change c : changes) {
                b.changedValue(ChangedValue.fromI18nKeys(c.key()).from(c.from()).to(c.to()).build());
            }
            return b.build();
        });
    }

    /** Jira's audit log being unavailable must not undo an approval or a saved setting. */
    private void send(java.util.function.Supplier<AuditEvent> event) {
        try {
            audit.audit(event.get());
        } catch (RuntimeException e) {
            log.warn("Handoff could not write to Jira's audit log: {}", e.toString());
        }
    }
}
