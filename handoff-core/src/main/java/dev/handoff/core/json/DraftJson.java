package dev.handoff.core.json;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.ledger.AskedQuestion;
import dev.handoff.core.ledger.OpenQuestion;
import dev.handoff.core.ledger.Quote;
import dev.handoff.core.ledger.TriedStep;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.render.NoteRenderer;
import dev.handoff.core.summary.Summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of a draft: one object per issue for {@code ./handoff draft --json}, and the panel's
 * REST contract ({@code docs/panel-rest-contract.md}). Both are built from an already-redacted draft.
 */
public final class DraftJson {

    private final NoteRenderer renderer;

    public DraftJson(NoteRenderer renderer) {
        this.renderer = renderer;
    }

    /** The CLI's JSON Lines object: values in {@code environment}, provenance and confidence in {@code evidence}. */
    public Map<String, Object> cli(Draft d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", d.ticketKey());
        out.put("targetTier", d.targetTier());
        Map<String, Object> env = new LinkedHashMap<>();
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (Slot slot : Slot.values()) {
            List<Object> values = new ArrayList<>();
            List<Object> proofs = new ArrayList<>();
            for (Evidence e : d.environment().get(slot)) {
                values.add(e.value());
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("value", e.value());
                p.put("confidence", Math.round(e.confidence() * 100) / 100.0);
                p.put("source", source(e.source(), d));
                proofs.add(p);
            }
            env.put(slot.jsonName(), values);
            evidence.put(slot.jsonName(), proofs);
        }
        out.put("environment", env);
        out.put("evidence", evidence);
        out.put("missing", d.missingSlots().stream().map(Slot::jsonName).toList());
        out.put("summary", summary(d.summary(), d));
        out.put("ledger", ledger(d));
        out.put("redactions", d.redactions());
        out.put("note", renderer.plainText(d));
        out.put("noteWiki", renderer.wiki(d));
        return out;
    }

    /** The panel contract's GET body for one viewer's copy of a draft. */
    public Map<String, Object> panel(Draft d, PanelStatus status) {
        return panel(d, null, status);
    }

    /** As {@link #panel(Draft, PanelStatus)}, the note carrying the model's sourced prose (or why there is none). */
    public Map<String, Object> panel(Draft d, ProseResult prose, PanelStatus status) {
        return panel(d, prose, null, status);
    }

    /**
     * As {@link #panel(Draft, ProseResult, PanelStatus)} with what the knowledge step found (null: no knowledge
     * step ran), in the note and as {@code knowledge}. Pass the viewer's copy ({@link DraftKnowledge#visibleTo}).
     */
    public Map<String, Object> panel(Draft d, ProseResult prose, DraftKnowledge knowledge, PanelStatus status) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("issueKey", d.ticketKey());
        out.put("state", status.state());
        out.put("stale", status.stale());
        out.put("failure", status.failure());
        out.put("version", status.version());
        out.put("targetTier", d.targetTier());
        out.put("createdAt", d.created().toString());
        Map<String, Object> note = new LinkedHashMap<>();
        if (knowledge != null) {
            note.put("wiki", renderer.wiki(d, prose, knowledge));
            note.put("text", renderer.plainText(d, prose, knowledge));
        } else {
            note.put("wiki", prose == null ? renderer.wiki(d) : renderer.wiki(d, prose));
            note.put("text", prose == null ? renderer.plainText(d) : renderer.plainText(d, prose));
        }
        out.put("note", note);
        if (knowledge != null) {
            out.put("knowledge", knowledge(knowledge));
        }
        out.put("summary", summary(d.summary(), d));
        List<Object> env = new ArrayList<>();
        for (Slot slot : Slot.values()) {
            List<Object> values = new ArrayList<>();
            for (Evidence e : d.environment().get(slot)) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("value", e.value());
                v.put("source", renderer.sourceLabel(e.source(), d.created()));
                v.put("confidence", Math.round(e.confidence() * 100) / 100.0);
                values.add(v);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("slot", slot.jsonName());
            row.put("label", slot.label());
            row.put("values", values);
            env.add(row);
        }
        out.put("environment", env);
        out.put("missing", d.missingSlots().stream().map(Slot::jsonName).toList());
        out.put("ledger", ledger(d));
        out.put("redactions", d.redactions());
        out.put("permissions", status.permissions());
        out.put("decision", status.decision());
        return out;
    }

    private List<Object> summary(Summary s, Draft d) {
        List<Object> out = new ArrayList<>();
        s.problem().forEach(q -> out.add(quote("problem", q, d)));
        s.impact().forEach(q -> out.add(quote("impact", q, d)));
        if (s.currentState() != null) {
            out.add(quote("state", s.currentState(), d));
        }
        return out;
    }

    private Map<String, Object> quote(String kind, Quote q, Draft d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("text", q.text());
        m.put("source", renderer.sourceLabel(q.source(), d.created()));
        return m;
    }

    private Map<String, Object> ledger(Draft d) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> asked = new ArrayList<>();
        for (AskedQuestion a : d.ledger().askedAndAnswered()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("question", a.question().text());
            m.put("questionSource", renderer.sourceLabel(a.question().source(), d.created()));
            m.put("answer", a.answer() == null ? null : a.answer().text());
            m.put("answerSource", a.answer() == null ? null : renderer.sourceLabel(a.answer().source(), d.created()));
            asked.add(m);
        }
        List<Object> tried = new ArrayList<>();
        for (TriedStep t : d.ledger().tried()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("step", t.step().text());
            m.put("outcome", t.outcome().name());
            m.put("source", renderer.sourceLabel(t.step().source(), d.created()));
            tried.add(m);
        }
        List<Object> open = new ArrayList<>();
        for (OpenQuestion o : d.ledger().openQuestions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", o.question().text());
            m.put("source", renderer.sourceLabel(o.question().source(), d.created()));
            open.add(m);
        }
        out.put("askedAndAnswered", asked);
        out.put("tried", tried);
        out.put("openQuestions", open);
        return out;
    }

    private Map<String, Object> source(SourceRef r, Draft d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (r.kind() == SourceRef.Kind.COMMENT) {
            m.put("comment", r.commentNumber());
            m.put("commentId", r.commentId());
        }
        m.put("author", r.author().displayName());
        m.put("when", r.when() == null ? null : r.when().toString());
        m.put("visibility", r.visibility().toString());
        m.put("start", r.start());
        m.put("end", r.end());
        m.put("label", renderer.sourceLabel(r, d.created()));
        return m;
    }

    /** The contract's {@code knowledge} object: runbooks, similar tickets, the team hint and what was not looked up. */
    public static Map<String, Object> knowledge(DraftKnowledge k) {
        List<Object> runbooks = new ArrayList<>();
        for (DraftKnowledge.Runbook r : k.runbooks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("title", r.title());
            m.put("tier", r.tier());
            m.put("score", Math.round(r.score() * 1000) / 1000.0);
            m.put("passage", r.passage());
            m.put("link", r.link());
            runbooks.add(m);
        }
        List<Object> similar = new ArrayList<>();
        for (DraftKnowledge.SimilarIssue s : k.similar()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", s.key());
            m.put("summary", s.summary());
            m.put("resolution", s.resolution());
            m.put("resolvedBy", s.resolvedBy());
            m.put("score", Math.round(s.score() * 1000) / 1000.0);
            similar.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runbooks", runbooks);
        out.put("similar", similar);
        if (k.team() == null) {
            out.put("team", null);
        } else {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("team", k.team().team());
            t.put("evidence", k.team().evidence());
            out.put("team", t);
        }
        out.put("problems", new ArrayList<Object>(k.problems()));
        return out;
    }
}
