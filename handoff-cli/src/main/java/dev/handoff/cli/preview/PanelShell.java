package dev.handoff.cli.preview;

import dev.handoff.core.render.HtmlEscape;
import java.util.List;
import java.util.Map;

/**
 * The panel's HTML shell, written the way {@code handoff-jira-plugin/src/main/resources/templates/panel/handoff-panel.vm}
 * writes it: one empty container with {@code data-issue-key}, {@code data-rest-base} and one {@code data-i18n-*}
 * attribute per label, every value HTML-escaped. No draft data ever goes into the shell.
 */
public final class PanelShell {

    /**
     * Label ids of {@code panel/handoff-panel.js} (its {@code DEFAULTS}), in the template's order. The i18n key of id
     * {@code x.y} is {@code handoff.panel.x.y}, its attribute {@code data-i18n-x-y}. A test holds script, template,
     * both property files and this list together.
     */
    public static final List<String> LABEL_IDS = List.of(
            "loading",
            "state.none", "state.queued", "state.drafting", "state.ready", "state.failed", "state.approved",
            "state.rejected",
            "stale", "version", "tier", "failure", "decision.by", "decision.reason",
            "none.hint", "pending.hint", "poll.stopped",
            "note", "summary", "environment", "env.slot", "env.value", "env.source", "env.missing",
            "ledger.asked", "ledger.noanswer", "ledger.tried", "ledger.open",
            "outcome.solved", "outcome.no-change", "outcome.partial", "outcome.unknown",
            "source", "runbooks", "runbooks.none", "similar", "similar.none", "similar.by", "team", "knowledge.problem",
            "redactions", "redactions.none",
            "action.approve", "action.edit", "action.approve-edited", "action.cancel", "action.regenerate",
            "action.reject", "action.reject-confirm", "action.draft-now",
            "edit.label", "edit.required", "reject.label", "reject.required",
            "error", "error.network");

    private PanelShell() {
    }

    public static String i18nKey(String labelId) {
        return "handoff.panel." + labelId;
    }

    public static String attributeName(String labelId) {
        return "data-i18n-" + labelId.replace('.', '-');
    }

    /**
     * The shell for {@code issueKey}. {@code labels} maps label ids to text; ids it lacks get no attribute and the
     * script's English default (the Velocity template always writes every label).
     */
    public static String render(String issueKey, String restBase, Map<String, String> labels) {
        StringBuilder b = new StringBuilder(256);
        b.append("<div class=\"handoff-panel\" data-issue-key=\"").append(escape(issueKey))
                .append("\" data-rest-base=\"").append(escape(restBase)).append('"');
        for (String id : LABEL_IDS) {
            String text = labels.get(id);
            if (text != null) {
                b.append("\n     ").append(attributeName(id)).append("=\"").append(escape(text)).append('"');
            }
        }
        return b.append("></div>").toString();
    }

    /** HTML text and attribute escaping, as Jira's {@code $textutils.htmlEncode}. */
    public static String escape(String s) {
        return HtmlEscape.escape(s);
    }
}
