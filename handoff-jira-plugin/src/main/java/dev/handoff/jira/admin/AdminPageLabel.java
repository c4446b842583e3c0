package dev.handoff.jira.admin;

import dev.handoff.core.render.HtmlEscape;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * One label of the admin screen, printed by the shell as {@code data-i18n-<id>="text"} for
 * {@code admin/handoff-admin.js}. The template calls {@link #getAttribute()} and {@link #getText()} (both in the
 * plugin's velocity allowlist); both are already HTML-escaped.
 */
public final class AdminPageLabel {

    /**
     * Label ids of {@code admin/handoff-admin.js} (its {@code DEFAULTS}). The i18n key of id {@code x.y} is
     * {@code handoff.admin.x.y}. Field labels use the configuration document's field names.
     */
    public static final List<String> IDS = List.of(
            "title", "intro", "loading", "save", "saving", "saved", "error", "error.network", "error.websudo",
            "section.model", "modelUrl", "modelUrl.help", "modelName", "modelProtocol", "modelProtocol.ollama",
            "modelProtocol.openai", "modelStream", "modelStream.help", "embedModel", "embedModel.help", "modelLanguage", "modelCategories", "connectTimeoutSeconds", "readTimeoutSeconds",
            "maxConcurrent", "breakerFailures", "breakerOpenSeconds",
            "test", "test.running", "test.ok", "test.version", "test.model-listed", "test.model-missing",
            "test.redirect", "test.http-error", "test.unreachable",
            "section.people", "tier1Group", "tier2Group", "tier3Group", "approversGroup",
            "section.comments", "commentRole", "commentGroup", "comments.help",
            "section.fields", "fields.help", "slot.device", "slot.os", "slot.application", "slot.lastChange",
            "slot.errorString",
            "section.validation", "categoryField", "categoryField.help", "teamField", "teamField.help", "requiredSlots", "requiredSlots.help",
            "section.limits", "retentionDays", "regeneratePerIssuePerHour", "regeneratePerUserPerHour",
            "section.redaction", "redactionPatterns", "redactionPatterns.help",
            "section.project", "project.help", "projectKey", "project.load", "project.enabled", "project.on",
            "project.off", "project.targetTier", "project.postAsComment", "project.inherit", "project.yes",
            "project.no", "project.commentRole", "project.commentGroup", "project.save",
            "range", "section.health", "health.help", "health.refresh", "health.loading", "health.error",
            "health.model", "health.model.off", "health.connection", "health.reachable", "health.unreachable",
            "health.modelPresent",
            "health.modelMissing", "health.breaker", "health.lastFailure", "health.queue", "health.queued",
            "health.drafting", "health.oldest", "health.failures", "health.failures.none", "health.failure.issue",
            "health.failure.escalation", "health.failure.at", "health.failure.attempts", "health.failure.reason",
            "health.purge", "health.purge.days", "health.purge.last", "health.purge.never", "health.indexes",
            "health.indexes.none", "section.whereUsed", "whereUsed.help", "whereUsed.none", "whereUsed.workflow",
            "whereUsed.transition", "whereUsed.module", "whereUsed.state", "whereUsed.active", "whereUsed.inactive",
            "whereUsed.function", "whereUsed.validator",
            "section.confluence", "confluenceSpaces", "confluenceSpaces.help", "section.knowledge", "knowledge.help",
            "knowledge.name", "knowledge.tier", "knowledge.documents", "knowledge.updated", "knowledge.by",
            "knowledge.actions", "knowledge.none", "knowledge.add", "knowledge.edit", "knowledge.cancel",
            "knowledge.delete", "knowledge.delete.confirm", "knowledge.deleted", "knowledge.upload",
            "knowledge.uploading", "knowledge.imported", "knowledge.problems", "knowledge.index",
            "knowledge.index.none", "knowledge.index.documents", "knowledge.index.skipped", "knowledge.index.built",
            "knowledge.index.current", "knowledge.index.stale");

    private final String attribute;
    private final String text;

    private AdminPageLabel(String attribute, String text) {
        this.attribute = attribute;
        this.text = text;
    }

    public static String i18nKey(String id) {
        return "handoff.admin." + id;
    }

    /** HTML attribute names are case-insensitive: the script looks them up in lower case too. */
    public static String attributeName(String id) {
        return "data-i18n-" + id.replace('.', '-').toLowerCase(Locale.ROOT);
    }

    /** Every label, translated by {@code translate} (an i18n key to its text). */
    public static List<AdminPageLabel> all(UnaryOperator<String> translate) {
        return IDS.stream()
                .map(id -> new AdminPageLabel(attributeName(id), HtmlEscape.escape(translate.apply(i18nKey(id)))))
                .toList();
    }

    public String getAttribute() {
        return attribute;
    }

    public String getText() {
        return text;
    }
}
