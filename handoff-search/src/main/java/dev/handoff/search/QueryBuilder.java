package dev.handoff.search;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.ledger.OpenQuestion;
import dev.handoff.core.ledger.Quote;
import dev.handoff.core.ledger.TriedStep;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Slot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds knowledge queries from what a draft already distilled rather than from the raw thread:
 * greetings, signatures and back-and-forth would otherwise outweigh the few words that identify the
 * problem. Error strings count most and are also matched as phrases.
 */
public final class QueryBuilder {

    static final float SUMMARY = 2.0f;
    static final float ERROR = 2.0f;
    static final float ENVIRONMENT = 1.0f;
    static final float PROBLEM = 1.0f;
    static final float IMPACT = 0.5f;
    static final float OPEN_QUESTION = 0.5f;
    static final float TRIED = 0.3f;
    static final float QUOTED = 1.0f;

    /** Text between quotes, or after "error:"/"message:" up to the end of the line: a verbatim message. */
    private static final Pattern QUOTED_TEXT = Pattern.compile("[\"“]([^\"”\\n]{8,300})[\"”]");
    private static final Pattern ERROR_LINE = Pattern.compile(
            "(?i)\\b(?:error|exception|message|fails? with|failed with)\\b[^:\\n]{0,40}:\\s*([^\\n]{8,300})");

    private QueryBuilder() {
    }

    /** A free-text query: the text itself, plus its quoted messages and error lines as exact parts. */
    public static KnowledgeQuery fromText(String text) {
        List<KnowledgeQuery.Part> parts = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new KnowledgeQuery(parts);
        }
        parts.add(new KnowledgeQuery.Part(text, 1f, false));
        for (String message : messages(text)) {
            parts.add(new KnowledgeQuery.Part(message, QUOTED, true));
        }
        return new KnowledgeQuery(parts);
    }

    /**
     * A query from a draft: the ticket summary, error strings (exact), environment values (device, OS,
     * application), the problem and impact sentences, open questions and, weakest, the steps tried.
     */
    public static KnowledgeQuery fromDraft(Draft draft, String ticketSummary) {
        List<KnowledgeQuery.Part> parts = new ArrayList<>();
        add(parts, ticketSummary, SUMMARY, false);
        for (Evidence e : draft.environment().get(Slot.ERROR_STRING)) {
            add(parts, e.value(), ERROR, true);
        }
        for (Slot s : List.of(Slot.APPLICATION, Slot.OS, Slot.DEVICE)) {
            for (Evidence e : draft.environment().get(s)) {
                add(parts, e.value(), ENVIRONMENT, false);
            }
        }
        for (Quote q : draft.summary().problem()) {
            add(parts, q.text(), PROBLEM, false);
            for (String message : messages(q.text())) {
                add(parts, message, QUOTED, true);
            }
        }
        for (Quote q : draft.summary().impact()) {
            add(parts, q.text(), IMPACT, false);
        }
        for (OpenQuestion q : draft.ledger().openQuestions()) {
            add(parts, q.question().text(), OPEN_QUESTION, false);
        }
        for (TriedStep t : draft.ledger().tried()) {
            add(parts, t.step().text(), TRIED, false);
        }
        return new KnowledgeQuery(parts);
    }

    static List<String> messages(String text) {
        List<String> out = new ArrayList<>();
        Matcher q = QUOTED_TEXT.matcher(text);
        while (q.find()) {
            out.add(q.group(1).strip());
        }
        Matcher e = ERROR_LINE.matcher(text);
        while (e.find()) {
            out.add(e.group(1).strip());
        }
        return out;
    }

    private static void add(List<KnowledgeQuery.Part> parts, String text, float weight, boolean exact) {
        if (text != null && !text.isBlank()) {
            parts.add(new KnowledgeQuery.Part(text, weight, exact));
        }
    }
}
