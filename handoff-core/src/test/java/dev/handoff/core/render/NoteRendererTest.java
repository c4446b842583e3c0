package dev.handoff.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.ledger.AskedQuestion;
import dev.handoff.core.ledger.OpenQuestion;
import dev.handoff.core.ledger.Outcome;
import dev.handoff.core.ledger.Party;
import dev.handoff.core.ledger.Quote;
import dev.handoff.core.ledger.ThreadFixture;
import dev.handoff.core.ledger.ThreadLedger;
import dev.handoff.core.ledger.TriedStep;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Comment;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;
import dev.handoff.core.summary.Summarizer;
import dev.handoff.core.summary.Summary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoteRendererTest {

    static final Instant NOW = Instant.parse("2024-03-14T10:00:00Z");
    static final Person DOE = new Person("jdoe", "J. Doe");

    private static Quote quote(SourceRef.Kind kind, int number, Person who, String when, Visibility v, String text) {
        SourceRef ref = kind == SourceRef.Kind.COMMENT
                ? SourceRef.comment(new Comment("c" + number, number, who, Instant.parse(when), text, v), 0, text.length())
                : SourceRef.field(kind, who, kind == SourceRef.Kind.ENVIRONMENT_FIELD ? null : Instant.parse(when), 0, text.length());
        return new Quote(text, ref);
    }

    /** A draft with {@code hostile} in every place ticket text can reach, author names included. */
    private static Draft draftWith(String hostile) {
        Person evil = new Person("evil", hostile);
        Quote problem = quote(SourceRef.Kind.DESCRIPTION, 0, evil, "2024-03-12T09:00:00Z", Visibility.PUBLIC, hostile);
        Quote q = quote(SourceRef.Kind.COMMENT, 2, DOE, "2024-03-12T10:00:00Z", Visibility.PUBLIC, "Which build? " + hostile);
        Quote a = quote(SourceRef.Kind.COMMENT, 3, evil, "2024-03-12T11:00:00Z", Visibility.PUBLIC, hostile);
        Quote step = quote(SourceRef.Kind.COMMENT, 4, DOE, "2024-03-12T12:00:00Z", Visibility.INTERNAL, "Rebooted " + hostile);
        Summary summary = new Summary(List.of(problem), List.of(a), a);
        ThreadLedger ledger = new ThreadLedger(List.of(new AskedQuestion(q, a, List.of())),
                List.of(new TriedStep(step, Outcome.NO_CHANGE, a, Party.AGENT)),
                List.of(new OpenQuestion(q, Party.AGENT, Party.REQUESTER, List.of(a.source()))));
        EnvironmentBlock env = new EnvironmentBlock(Map.of(Slot.ERROR_STRING, List.of(new Evidence(hostile, a.source(), 1.0))));
        return Draft.of("SYN-8", Audience.agents(2), 2, NOW, summary, env, ledger, Map.of(hostile, 1));
    }

    /** The wiki text with every backslash escape replaced by a dot: what Jira would still parse as markup. */
    private static String unescaped(String wiki) {
        return wiki.replaceAll("\\\\[-#*_+?^~|%{}\\[\\]()!@]", "\u00B7");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{html}<script>alert(1)</script>{html}",
            "[~admin] please look",
            "!http://evil/x.png!",
            "[click|javascript:alert(1)]",
            "|cell| and ||head||",
            "\\[~admin] and \\\\[x|http://evil]",
            "line one\nh1. Big heading\n----\n* bullet\n|a|b|",
            "{code}x{code} {noformat} {color:red}red{color} {{mono}} ??cite?? ^sup^ ~sub~ +ins+ -del- *bold* _em_",
            "see http://evil.example/a and mailto:x@evil.example and file:///etc/passwd",
            "\u202Egnp.exe hidden \u0007bell"})
    void hostileTicketTextCannotCreateMarkupInTheWikiNote(String hostile) {
        String wiki = new NoteRenderer().wiki(draftWith(hostile));
        String active = unescaped(wiki);

        assertThat(active).doesNotContain("[", "]", "{", "}", "!", "~", "^", "??", "://", "mailto:", "\u202E", "\u0007");
        // "<script>" may stay as text: Jira HTML-escapes text outside {html}, and no {html} survives.
        assertThat(active.toLowerCase(Locale.ROOT)).doesNotContain("javascript:", "{html");
        for (String line : wiki.split("\n")) {
            // Only the renderer's own headings and bullets start a block.
            assertThat(line).matches("(?s)(|h2\\. .*|h3\\. .*|\\* .*|\\*\\* .*|\\|.*|[^-*#|h{].*|h[^1-6].*)");
            if (line.startsWith("|")) {
                // Environment rows have exactly three cells; the redaction list holds no table.
                assertThat(unescaped(line).replace("||", "|").chars().filter(c -> c == '|').count()).isEqualTo(4);
            }
        }
    }

    @Test
    void thePlainTextNoteShowsTicketTextAsWrittenOnOneLine() {
        String plain = new NoteRenderer().plainText(draftWith("[~admin] {html}<b>x</b>{html}\nsecond line"));

        assertThat(plain).contains("- [~admin] {html}<b>x</b>{html} second line (description, [~admin] {html}<b>x</b>{html} second line, 12 Mar)");
    }

    @Test
    void everyFactCarriesItsSourceInWords() {
        Quote desc = quote(SourceRef.Kind.DESCRIPTION, 0, DOE, "2024-03-12T09:00:00Z", Visibility.PUBLIC, "Outlook crashes on start.");
        Quote c4 = quote(SourceRef.Kind.COMMENT, 4, DOE, "2024-03-12T15:00:00Z", Visibility.PUBLIC, "Version 2402 build 17328.");
        Quote note = quote(SourceRef.Kind.COMMENT, 5, DOE, "2023-12-01T15:00:00Z", Visibility.INTERNAL, "Repaired Office, no change.");
        Quote envField = quote(SourceRef.Kind.ENVIRONMENT_FIELD, 0, DOE, null, Visibility.PUBLIC, "Windows 11");
        Draft d = Draft.of("SYN-9", Audience.agents(2), 2, NOW, new Summary(List.of(desc), List.of(), c4),
                new EnvironmentBlock(Map.of(Slot.OS, List.of(new Evidence("Windows 11", envField.source(), 0.9)))),
                new ThreadLedger(List.of(), List.of(new TriedStep(note, Outcome.NO_CHANGE, null, Party.AGENT)), List.of()), Map.of());

        String plain = new NoteRenderer().plainText(d);

        assertThat(plain)
                .contains("Outlook crashes on start. (description, J. Doe, 12 Mar)")
                .contains("[Current state] Version 2402 build 17328. (comment 4, J. Doe, 12 Mar)")
                .contains("[no change] Repaired Office, no change. (comment 5 (internal), J. Doe, 1 Dec 2023)")
                .containsPattern("OS +\\| Windows 11 +\\| environment field")
                .containsPattern("Device +\\| not stated in the ticket");
    }

    @Test
    void datesAreShownInTheConfiguredZone() {
        Quote late = quote(SourceRef.Kind.COMMENT, 1, DOE, "2024-03-12T23:30:00Z", Visibility.PUBLIC, "It fails again today.");
        Draft d = Draft.of("SYN-10", Audience.agents(2), 2, NOW, new Summary(List.of(), List.of(), late), null, null, Map.of());

        assertThat(new NoteRenderer().plainText(d)).contains("(comment 1, J. Doe, 12 Mar)");
        assertThat(new NoteRenderer(ZoneId.of("Europe/Berlin"), Locale.ENGLISH, NoteStrings.ENGLISH).plainText(d))
                .contains("(comment 1, J. Doe, 13 Mar)");
    }

    @Test
    void theSectionsComeInTheOrderTier2ReadsThem() {
        String wiki = new NoteRenderer().wiki(draftWith("x"));

        assertThat(wiki).containsSubsequence("h2. Escalation note for SYN\\-8", "h3. Summary", "h3. Impact", "h3. Environment",
                "||Slot||Value||Source||", "h3. Already asked and answered", "h3. Already tried", "h3. Open questions", "h3. Redactions");
    }

    @Test
    void aGermanNoteHasGermanHeadingsAndDates() {
        String plain = NoteRenderer.forLocale(Locale.GERMAN, ZoneOffset.UTC).plainText(draftWith("x"));

        assertThat(plain).contains("Eskalationsnotiz zu SYN-8", "Zusammenfassung", "Bereits versucht", "Offene Fragen",
                "nicht im Ticket angegeben", "[keine Änderung]", "(Kommentar 3, x, 12. März)");
    }

    @Test
    void aNoteForARealThreadListsWhatWasAskedTriedAndIsStillOpen() {
        Ticket t = realThread();
        List<SourceText> sources = ThreadFixture.sources(t);
        ThreadLedger ledger = ThreadLedger.build(t, sources);
        Summary summary = new Summarizer().summarize(t, sources, EnvironmentBlock.empty(), ledger);
        Draft d = Draft.of(t.key(), Audience.agents(2), 2, NOW, summary, EnvironmentBlock.empty(), ledger, Map.of("email", 1));

        String plain = new NoteRenderer().plainText(d);

        assertThat(plain).containsSubsequence(
                "- Q: Are you using latest SDK *7.0.1.GA* to reproduce this issue? (comment 3, Mostafizur Rahman, 31 Jan 2018) "
                        + "(asked again: comment 4, Mostafizur Rahman, 14 Feb 2018)",
                "  A: I have not tested this on 7.0.1.GA, but I know it fails on 7.0.0.GA (comment 5, Joshua A. Ceaser, 18 Feb 2018)",
                "Open questions",
                // a question to colleagues keeps the mentions that say whom it asks
                "- [~amukherjee] [~ewieber], Did you manage to test on iPhone 6+ to reproduce this issue? (comment 2, Mostafizur Rahman, 19 Dec 2017; "
                        + "asked of a colleague, not answered)",
                "Redactions", "- email: 1");
    }

    // AC-5329 (tidev/jira-archive, Apache-2.0), comments 2, 3, 6, 7 and 8 of the original.
    static Ticket realThread() {
        return ThreadFixture.ticket("AC-5329").reporter("jceaser", "Joshua A. Ceaser").created("2017-10-31T03:18:42Z")
                .summary("iPhone 6+ Crash when opening up camera")
                .description("We have observed an issue in SDK 6.0.4, 6.2.2, and 6.3 nightly build where repeated opening of a camera on an iPhone 6+ "
                        + "causes the app to crash. This only happens on iPhone 6+ and iPhone 6s+.")
                .reply("2017-12-08T15:16:00Z", "I have verified this on 6.3.0 GA")
                .comment("mrahman", "Mostafizur Rahman", "2017-12-19T09:49:29Z",
                        "[~amukherjee] [~ewieber], Did you manage to test on iPhone 6+ to reproduce this issue?")
                .comment("mrahman", "Mostafizur Rahman", "2018-01-31T05:32:50Z", "[~jceaser] Are you using latest SDK *7.0.1.GA* to reproduce this issue?")
                .comment("mrahman", "Mostafizur Rahman", "2018-02-14T08:52:22Z",
                        "Hello [~jceaser], Just passing a followup here.Are you able to get that sorted out?  Please let us know if you need more help with this issue.")
                .reply("2018-02-18T01:14:31Z", "I have not tested this on 7.0.1.GA, but I know it fails on 7.0.0.GA")
                .build();
    }
}
