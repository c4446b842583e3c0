package dev.handoff.core.render;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.ledger.AskedQuestion;
import dev.handoff.core.ledger.OpenQuestion;
import dev.handoff.core.ledger.Party;
import dev.handoff.core.ledger.Quote;
import dev.handoff.core.ledger.TriedStep;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.Visibility;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.prose.ProseSection;
import dev.handoff.core.prose.SourcedSentence;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a {@link Draft} as Jira wiki markup or plain text. Each fact is followed by its source in
 * words ("comment 4, J. Doe, 12 Mar") so tier 2 can check it. In wiki markup all ticket text, names
 * included, goes through {@link WikiText#escape}: it cannot create mentions, links, images, macros
 * or table cells.
 */
public final class NoteRenderer {

    /** Long quotes are cut for display; the draft keeps them whole. */
    static final int MAX_SHOWN = 400;

    private final ZoneId zone;
    private final Locale locale;
    private final NoteStrings strings;
    private final ProseStrings proseStrings;
    private final KnowledgeStrings knowledgeStrings;

    /** English headings, dates in UTC. */
    public NoteRenderer() {
        this(ZoneOffset.UTC, Locale.ENGLISH, NoteStrings.ENGLISH);
    }

    public NoteRenderer(ZoneId zone, Locale locale, NoteStrings strings) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.strings = Objects.requireNonNull(strings, "strings");
        this.proseStrings = ProseStrings.forLocale(locale);
        this.knowledgeStrings = KnowledgeStrings.forLocale(locale);
    }

    /** Headings in the locale's language (German or English) and dates in the given zone. */
    public static NoteRenderer forLocale(Locale locale, ZoneId zone) {
        return new NoteRenderer(zone, locale, NoteStrings.forLocale(locale));
    }

    public String wiki(Draft draft) {
        return render(draft, null, null, new Wiki());
    }

    public String plainText(Draft draft) {
        return render(draft, null, null, new Plain());
    }

    /**
     * The note with the model's prose (null: no model configured) and what the knowledge step found: runbooks,
     * similar resolved tickets and the team suggestion, after the ledger. Pass the viewer's copy of each.
     */
    public String wiki(Draft draft, ProseResult prose, DraftKnowledge knowledge) {
        return render(draft, prose, Objects.requireNonNull(knowledge, "knowledge"), new Wiki());
    }

    public String plainText(Draft draft, ProseResult prose, DraftKnowledge knowledge) {
        return render(draft, prose, Objects.requireNonNull(knowledge, "knowledge"), new Plain());
    }

    /**
     * The note with the model's prose (or the reason there is none) in its own section after the title,
     * headed so nobody mistakes it for extracted facts; every sentence is followed by its sources and
     * escaped like any ticket text.
     */
    public String wiki(Draft draft, ProseResult prose) {
        return render(draft, Objects.requireNonNull(prose, "prose"), null, new Wiki());
    }

    public String plainText(Draft draft, ProseResult prose) {
        return render(draft, Objects.requireNonNull(prose, "prose"), null, new Plain());
    }

    // ---------------------------------------------------------------- layout, shared by both outputs

    private String render(Draft d, ProseResult prose, DraftKnowledge knowledge, Out out) {
        String year = String.valueOf(d.created().atZone(zone).getYear());
        out.title(String.format(locale, strings.title(), d.ticketKey()));
        out.line(String.format(locale, strings.preparedFor(), date(d.created(), null), d.targetTier()));
        if (prose != null) {
            prose(prose, year, out);
        }

        out.heading(strings.summary());
        for (Quote q : d.summary().problem()) {
            out.bullet(null, q.text(), source(q.source(), year));
        }
        if (d.summary().currentState() != null) {
            out.bullet(strings.currentState(), d.summary().currentState().text(), source(d.summary().currentState().source(), year));
        }

        out.heading(strings.impact());
        if (d.summary().impact().isEmpty()) {
            out.line(strings.noImpact());
        }
        for (Quote q : d.summary().impact()) {
            out.bullet(null, q.text(), source(q.source(), year));
        }

        out.heading(strings.environment());
        List<String[]> rows = new ArrayList<>();
        for (Slot slot : Slot.values()) {
            List<Evidence> ev = d.environment().get(slot);
            if (ev.isEmpty() || d.missingSlots().contains(slot)) {
                rows.add(new String[] {strings.slotLabels().get(slot), null, null});
                continue;
            }
            for (int i = 0; i < ev.size(); i++) {
                rows.add(new String[] {i == 0 ? strings.slotLabels().get(slot) : "", ev.get(i).value(), source(ev.get(i).source(), year)});
            }
        }
        out.table(strings.slotColumn(), strings.valueColumn(), strings.sourceColumn(), rows, strings.notStated());

        out.heading(strings.askedAndAnswered());
        List<AskedQuestion> answered = d.ledger().answered();
        if (answered.isEmpty()) {
            out.line(strings.nothingAsked());
        }
        for (AskedQuestion q : answered) {
            String again = q.followUps().isEmpty() ? null : String.format(locale, strings.askedAgain(), joinSources(q.followUps(), year));
            out.pair(strings.question(), q.question().text(), source(q.question().source(), year), again,
                    strings.answer(), q.answer().text(), source(q.answer().source(), year));
        }

        out.heading(strings.tried());
        if (d.ledger().tried().isEmpty()) {
            out.line(strings.nothingTried());
        }
        for (TriedStep t : d.ledger().tried()) {
            String outcome = strings.outcomeLabels().get(t.outcome());
            out.bullet(outcome, t.step().text(), source(t.step().source(), year));
            if (t.outcomeEvidence() != null) {
                out.sub(strings.outcomeLabel(), t.outcomeEvidence().text(), source(t.outcomeEvidence().source(), year));
            }
        }

        out.heading(strings.openQuestions());
        if (d.ledger().openQuestions().isEmpty()) {
            out.line(strings.noOpenQuestions());
        }
        for (OpenQuestion q : d.ledger().openQuestions()) {
            String who = q.askedBy() == Party.REQUESTER ? strings.askedByRequester()
                    : q.askedOf() == Party.REQUESTER ? strings.askedOfRequester() : strings.askedOfColleague();
            String s = source(q.question().source(), year) + "; " + who;
            if (!q.followUps().isEmpty()) {
                s += "; " + String.format(locale, strings.askedAgain(), joinSources(q.followUps(), year));
            }
            out.bullet(null, q.question().text(), s);
        }

        if (knowledge != null) {
            knowledge(knowledge, out);
        }

        out.heading(strings.redactions());
        if (d.redactions().isEmpty()) {
            out.line(strings.noRedactions());
        }
        for (Map.Entry<String, Integer> e : d.redactions().entrySet()) {
            out.bullet(null, e.getKey() + ": " + e.getValue(), null);
        }
        return out.finish();
    }

    private void knowledge(DraftKnowledge k, Out out) {
        KnowledgeStrings ks = knowledgeStrings;
        for (String problem : k.problems()) {
            out.line(String.format(locale, ks.unavailable(), problem));
        }
        out.heading(ks.runbooks());
        if (k.runbooks().isEmpty()) {
            out.line(ks.noRunbooks());
        }
        for (DraftKnowledge.Runbook r : k.runbooks()) {
            out.bullet(String.format(locale, ks.tier(), r.tier()), r.title(), r.link() != null ? r.link() : r.id());
            if (!r.passage().isBlank()) {
                out.sub(ks.passage(), r.passage(), null);
            }
        }
        out.heading(ks.similar());
        if (k.similar().isEmpty()) {
            out.line(ks.noSimilar());
        }
        for (DraftKnowledge.SimilarIssue s : k.similar()) {
            String how = s.resolution().isBlank() ? null
                    : s.resolvedBy() == null ? s.resolution() : String.format(locale, ks.resolvedBy(), s.resolution(), s.resolvedBy());
            out.bullet(s.key(), s.summary(), how);
        }
        if (k.team() != null) {
            out.heading(ks.team());
            if (k.team().team() != null) {
                out.bullet(ks.suggested(), k.team().team(), null);
            }
            out.line(k.team().evidence());
        }
    }

    private void prose(ProseResult result, String year, Out out) {
        out.heading(proseStrings.heading());
        if (result.fellBack()) {
            out.line(String.format(locale, proseStrings.unavailable(), WikiText.Plain.clean(result.fallbackReason())));
            return;
        }
        out.line(String.format(locale, proseStrings.by(), WikiText.Plain.clean(result.call().model())));
        for (ProseSection section : ProseSection.values()) {
            for (SourcedSentence s : result.prose().get(section)) {
                List<String> cites = new ArrayList<>();
                s.sources().forEach(r -> cites.add(source(r, year)));
                cites.addAll(s.runbookIds());
                out.bullet(proseStrings.sections().get(section), s.text(), String.join("; ", cites));
            }
        }
        if (result.prose().category() != null) {
            out.bullet(proseStrings.category(), result.prose().category(), null);
        }
    }

    private String joinSources(List<SourceRef> refs, String year) {
        List<String> parts = new ArrayList<>();
        for (SourceRef r : refs) {
            parts.add(source(r, year));
        }
        return String.join("; ", parts);
    }

    /** The source in words, as the note prints it, for a draft created at {@code draftCreated}. */
    public String sourceLabel(SourceRef ref, Instant draftCreated) {
        return source(ref, draftCreated == null ? null : String.valueOf(draftCreated.atZone(zone).getYear()));
    }

    /** "comment 4, J. Doe, 12 Mar", "description, J. Doe, 12 Mar", "environment field". */
    String source(SourceRef ref, String draftYear) {
        String where = switch (ref.kind()) {
            case COMMENT -> String.format(locale, strings.commentSource(), ref.commentNumber()) + restriction(ref.visibility());
            case DESCRIPTION -> strings.descriptionSource();
            case SUMMARY -> strings.summarySource();
            case ENVIRONMENT_FIELD -> strings.environmentSource();
            case COMPONENTS -> strings.componentsSource();
            case ATTACHMENT -> strings.attachmentSource();
            case HISTORY -> strings.historySource();
        };
        if (ref.kind() == SourceRef.Kind.ENVIRONMENT_FIELD || ref.kind() == SourceRef.Kind.COMPONENTS) {
            return where; // fields without a single author or time
        }
        StringBuilder sb = new StringBuilder(where);
        if (!Person.UNKNOWN.equals(ref.author())) {
            sb.append(", ").append(ref.author().displayName());
        }
        if (ref.when() != null) {
            sb.append(", ").append(date(ref.when(), draftYear));
        }
        return sb.toString();
    }

    private String restriction(Visibility v) {
        return switch (v.kind()) {
            case PUBLIC -> "";
            case INTERNAL -> " (" + strings.internalMark() + ")";
            case GROUP -> " (" + String.format(locale, strings.groupMark(), v.name()) + ")";
            case ROLE -> " (" + String.format(locale, strings.roleMark(), v.name()) + ")";
        };
    }

    /** Day and month; the year too when it differs from the draft's (or always, for {@code draftYear == null}). */
    private String date(Instant when, String draftYear) {
        var z = when.atZone(zone);
        boolean sameYear = draftYear != null && draftYear.equals(String.valueOf(z.getYear()));
        return DateTimeFormatter.ofPattern(sameYear ? strings.datePattern() : strings.datePatternWithYear(), locale).format(z);
    }

    static String shown(String text) {
        String s = WikiText.Plain.clean(text);
        if (s.length() <= MAX_SHOWN) {
            return s;
        }
        int cut = MAX_SHOWN;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut) + "\u2026";
    }

    // ---------------------------------------------------------------- writers

    /** What the layout asks of an output format. {@code text} and {@code source} are ticket-derived. */
    private interface Out {
        void title(String t);

        void heading(String h);

        void line(String l);

        void bullet(String label, String text, String source);

        void sub(String label, String text, String source);

        void pair(String qLabel, String q, String qSource, String again, String aLabel, String a, String aSource);

        void table(String c1, String c2, String c3, List<String[]> rows, String missing);

        String finish();
    }

    private static final class Wiki implements Out {
        private final StringBuilder sb = new StringBuilder();

        private static String esc(String s) {
            return WikiText.escape(shown(s));
        }

        private static String cite(String source) {
            return source == null ? "" : " _(" + WikiText.escape(source) + ")_";
        }

        @Override
        public void title(String t) {
            sb.append("h2. ").append(WikiText.escape(t)).append('\n');
        }

        @Override
        public void heading(String h) {
            sb.append('\n').append("h3. ").append(WikiText.escape(h)).append('\n');
        }

        @Override
        public void line(String l) {
            sb.append(WikiText.escape(l)).append('\n');
        }

        @Override
        public void bullet(String label, String text, String source) {
            sb.append("* ");
            if (label != null) {
                sb.append('*').append(WikiText.escape(label)).append(":* ");
            }
            sb.append(esc(text)).append(cite(source)).append('\n');
        }

        @Override
        public void sub(String label, String text, String source) {
            sb.append("** ").append(WikiText.escape(label)).append(": ").append(esc(text)).append(cite(source)).append('\n');
        }

        @Override
        public void pair(String qLabel, String q, String qSource, String again, String aLabel, String a, String aSource) {
            sb.append("* *").append(WikiText.escape(qLabel)).append(":* ").append(esc(q)).append(cite(qSource));
            if (again != null) {
                sb.append(" _(").append(WikiText.escape(again)).append(")_");
            }
            sb.append('\n');
            sb.append("** *").append(WikiText.escape(aLabel)).append(":* ").append(esc(a)).append(cite(aSource)).append('\n');
        }

        @Override
        public void table(String c1, String c2, String c3, List<String[]> rows, String missing) {
            sb.append("||").append(WikiText.escape(c1)).append("||").append(WikiText.escape(c2)).append("||")
                    .append(WikiText.escape(c3)).append("||\n");
            for (String[] r : rows) {
                sb.append('|').append(cell(r[0])).append('|')
                        .append(r[1] == null ? "_" + WikiText.escape(missing) + "_" : cell(shown(r[1]))).append('|')
                        .append(r[2] == null ? " " : cell(r[2])).append("|\n");
            }
        }

        private static String cell(String s) {
            String e = WikiText.escape(s);
            return e.isEmpty() ? " " : e; // an empty cell would merge with its neighbour
        }

        @Override
        public String finish() {
            return sb.toString();
        }
    }

    private static final class Plain implements Out {
        private final StringBuilder sb = new StringBuilder();

        private static String cite(String source) {
            return source == null ? "" : " (" + WikiText.Plain.clean(source) + ")";
        }

        @Override
        public void title(String t) {
            sb.append(t).append('\n').append("=".repeat(Math.min(t.length(), 80))).append('\n');
        }

        @Override
        public void heading(String h) {
            sb.append('\n').append(h).append('\n').append("-".repeat(h.length())).append('\n');
        }

        @Override
        public void line(String l) {
            sb.append(l).append('\n');
        }

        @Override
        public void bullet(String label, String text, String source) {
            sb.append("- ");
            if (label != null) {
                sb.append('[').append(label).append("] ");
            }
            sb.append(shown(text)).append(cite(source)).append('\n');
        }

        @Override
        public void sub(String label, String text, String source) {
            sb.append("    ").append(label).append(": ").append(shown(text)).append(cite(source)).append('\n');
        }

        @Override
        public void pair(String qLabel, String q, String qSource, String again, String aLabel, String a, String aSource) {
            sb.append("- ").append(qLabel).append(": ").append(shown(q)).append(cite(qSource));
            if (again != null) {
                sb.append(" (").append(WikiText.Plain.clean(again)).append(')');
            }
            sb.append('\n');
            sb.append("  ").append(aLabel).append(": ").append(shown(a)).append(cite(aSource)).append('\n');
        }

        @Override
        public void table(String c1, String c2, String c3, List<String[]> rows, String missing) {
            int w1 = c1.length();
            int w2 = c2.length();
            List<String[]> cells = new ArrayList<>();
            for (String[] r : rows) {
                String[] c = {WikiText.Plain.clean(r[0]), r[1] == null ? missing : shown(r[1]), r[2] == null ? "" : WikiText.Plain.clean(r[2])};
                w1 = Math.max(w1, c[0].length());
                w2 = Math.max(w2, Math.min(c[1].length(), 60));
                cells.add(c);
            }
            row(c1, c2, c3, w1, w2);
            sb.append("-".repeat(w1)).append("-+-").append("-".repeat(w2)).append("-+-").append("-".repeat(c3.length())).append('\n');
            for (String[] c : cells) {
                row(c[0], c[1], c[2], w1, w2);
            }
        }

        private void row(String a, String b, String c, int w1, int w2) {
            String line = pad(a, w1) + " | " + pad(b, w2) + " | " + c;
            sb.append(line.stripTrailing()).append('\n');
        }

        private static String pad(String s, int w) {
            return s.length() >= w ? s : s + " ".repeat(w - s.length());
        }

        @Override
        public String finish() {
            return sb.toString();
        }
    }
}
