package dev.handoff.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThreadLedgerTest {

    // AC-5592 (tidev/jira-archive, Apache-2.0), shortened: an agent asks for a newer Android, two
    // colleagues chase, the reporter answers weeks later.
    static Ticket ac5592() {
        return ThreadFixture.ticket("AC-5592").reporter("shumne", "shumne").created("2018-02-12T09:00:23Z")
                .summary("Android: Videoplayer restart the video if the app is put to background.")
                .description("Android:\nWith the given example in the Documentation.\nIf we start the Video in the Video player and put the app in the background.\n"
                        + "and then again open the app the Video is starting from the initial time.\nThis is unexpected.")
                .environment("Ti SDK  6.3.0GA.\nAppc Studio 4.10\nAndroid Marshmello.")
                .comment("sdarda", "Sharif AbuDarda", "2018-02-12T22:08:16Z",
                        "Hello [~shumne], Thanks for sharing with us. Can you please update your environment and test again. "
                                + "It would be better if you can attach reproducible test code. Also, provide detail affected environment. Thanks.")
                .reply("2018-02-13T17:02:41Z", "Hi Please find the test code below.\n\nvar win = Titanium.UI.createWindow({\n    title : 'Test'\n});\nwin.open();")
                .reply("2018-02-13T17:09:32Z", "It was expected to me that the video should start where I left it and not from the initial playback time.")
                .comment("sdarda", "Sharif AbuDarda", "2018-02-13T21:41:46Z",
                        "Hello, Is this only happening for Android Marshmello 6.0? I tested the issue with Android 8.0 with SDK 7.0.1.GA, and I see the video resumes "
                                + "from last play time. But I see that it's takes 4-5 seconds to playback. Can you test on some higher Android version? Thanks.")
                .comment("mrahman", "Mostafizur Rahman", "2018-02-20T06:01:10Z",
                        "[~shumne],\nI just wanted to follow up with you about this issue.Did you manage to test some higher Android version? "
                                + "Please let us know if you need more help with this issue.")
                .comment("mrahman", "Mostafizur Rahman", "2018-02-26T06:23:57Z",
                        "Hello [~shumne], Just passing a followup here.Are you able to get that sorted out?  Please let us know if you need more help with this issue.\nRegards \nAxway Appcelerator Support")
                .reply("2018-03-13T08:48:25Z", "Hi,\nYes, it is working on Android 7 and 8 not sure why it is taking a lot of time on Marshmello!")
                .build();
    }

    // AC-5955 (tidev/jira-archive, Apache-2.0), shortened.
    static Ticket ac5955() {
        String rep = "mr.jatinjoshi.mca@gmail.com";
        return ThreadFixture.ticket("AC-5955").reporter(rep, "JATIN JOSHI").created("2018-10-04T15:21:03Z")
                .summary("Changes to the .js file in app>conroller folder not getting reflected")
                .description("I am having a Titanium project in which I am making changes in .js file in app>> controller>>lib  folder. "
                        + "After making changes it should reflect the changes, when I run the app, but it is not.\n\n"
                        + "At the same time, other team member is making change to the same code on his machine, it works.\n\n"
                        + "I even did the project clean, but issue remains")
                .comment("eharris", "Ewan Harris", "2018-10-04T19:34:32Z",
                        "Have you tried the second require {{require('/database')}} in that log? The one you're using will try to require the file relative the file you're using.")
                .comment("eharris", "Ewan Harris", "2018-10-05T12:31:19Z", "[~" + rep + "] did the {{require('/database')}} work?")
                .reply("2018-10-08T20:00:44Z", "No. I have been trying to rebuild the app, but no changes, that I can see it on front end. \n\n"
                        + "I asked for the Resources folder from that developer and placed in the root folder, but still no changes are reflected.")
                .comment("sdarda", "Sharif AbuDarda", "2018-10-08T21:28:37Z",
                        "Hello [~" + rep + "], What happens if you make changes in js file and after saving, try running the project through terminal? Thanks.")
                .reply("2018-10-09T22:44:18Z", "This issue is fixed: \n\nDon't know how but when I deleted the Resources folder and again compiled the project by using:\n\n"
                        + "appc alloy compile --config platform=ios\n\nIt recreated the Resources folder and project started working and my changes were reflected.")
                .build();
    }

    private static ThreadLedger ledgerOf(Ticket t) {
        return ThreadLedger.build(t, ThreadFixture.sources(t));
    }

    @Test
    void anAgentQuestionIsPairedWithTheReportersNextReplyThatSharesItsWords() {
        ThreadLedger ledger = ledgerOf(ac5592());

        AskedQuestion attach = ledger.askedAndAnswered().stream()
                .filter(q -> q.question().text().contains("attach reproducible test code")).findFirst().orElseThrow();
        assertThat(attach.answer()).isNotNull();
        assertThat(attach.answer().text()).isEqualTo("Hi Please find the test code below.");
        assertThat(attach.answer().source().commentNumber()).isEqualTo(2);
        assertThat(attach.question().source().commentNumber()).isEqualTo(1);
    }

    @Test
    void aQuestionAskedAgainByAColleagueBecomesAFollowUpAndTheLateReplyAnswersIt() {
        ThreadLedger ledger = ledgerOf(ac5592());

        AskedQuestion higher = ledger.askedAndAnswered().stream()
                .filter(q -> q.question().text().equals("Can you test on some higher Android version?")).findFirst().orElseThrow();
        assertThat(higher.followUps()).extracting(SourceRef::commentNumber).contains(5);
        assertThat(higher.answer()).isNotNull();
        assertThat(higher.answer().text()).startsWith("Yes, it is working on Android 7 and 8");
        assertThat(higher.answer().source().commentNumber()).isEqualTo(7);
        // The re-ask is not a new question of its own.
        assertThat(ledger.askedAndAnswered()).extracting(q -> q.question().text())
                .noneMatch(t -> t.contains("Did you manage to test some higher Android version"));
    }

    @Test
    void greetingsAndMentionsAreCutFromTheQuotedQuestionButTheQuoteStaysExact() {
        Ticket t = ac5592();
        List<SourceText> sources = ThreadFixture.sources(t);
        ThreadLedger ledger = ThreadLedger.build(t, sources);

        assertThat(ledger.askedAndAnswered()).extracting(q -> q.question().text())
                .contains("Is this only happening for Android Marshmello 6.0?", "Can you please update your environment and test again.");
        for (AskedQuestion q : ledger.askedAndAnswered()) {
            assertExact(q.question(), sources);
            if (q.answer() != null) {
                assertExact(q.answer(), sources);
            }
        }
    }

    @Test
    void aGreetingToAnEmailAddressMentionIsCutFromTheQuestionSoItsWordsDoNotMatchTheAddressLater() {
        // AC-5409 (bundled demo ticket), comment 7
        String q = "Hello @praveeav@gmail.com, Can you get back to us on my previous guide after you tried that?";

        assertThat(q.substring(TextCues.addressLength(q))).startsWith("Can you get back");
    }

    @Test
    void aQuestionFurtherDownANumberedItemIsAnsweredByTheReplysItemOfThatNumber() {
        // AC-1640 (tidev/jira-archive, Apache-2.0), comments 7 and 8
        Ticket t = ThreadFixture.ticket("AC-1640").reporter("fixplease", "Fix Please")
                .description("TS can't detect that emulator(s) is(are) running already.")
                .comment("mpmiranda", "Mauro Parra-Miranda", "2015-02-18T10:00:00Z",
                        "Hello!\r\n\r\nSome questions:\r\n\r\n1. Did you launch those emulators within Ti Studio?\r\n"
                                + "2. If you open the terminal, and run:\r\n\r\nadb devices\r\n\r\nare adb able to see them?\r\n"
                                + "3. Open the terminal and run:\r\n\r\nti info\r\n\r\nplease attach the output here in a file. \r\n")
                .reply("2015-02-27T10:00:00Z", "Mauro,\r\nI've been waiting for your answer for 3 (!) months. But you did not wait "
                        + "even 5 days.\r\n\r\n1. Have you read the description???\r\n\r\n2. It was more than 3 (!) months ago. "
                        + "But anyway I'm *completely 100% sure adb do able to see them*\r\n\r\n3. I can do that.")
                .build();

        assertThat(ledgerOf(t).askedAndAnswered()).extracting(q -> q.question().text(), q -> q.answer().text()).containsExactly(
                tuple("Did you launch those emulators within Ti Studio?", "Have you read the description???"),
                tuple("are adb able to see them?", "It was more than 3 (!) months ago."),
                tuple("please attach the output here in a file.", "I can do that."));
    }

    @Test
    void pingsAndClosingPhrasesAreNotQuestions() {
        ThreadLedger ledger = ledgerOf(ac5592());

        assertThat(ledger.askedAndAnswered()).extracting(q -> q.question().text())
                .noneMatch(t -> t.contains("sorted out"))
                .noneMatch(t -> t.contains("let us know if you need more help"));
    }

    @Test
    void aNoFollowedByItsReasonAnswersTheQuestionThatWasChasedOnce() {
        ThreadLedger ledger = ledgerOf(ac5955());

        AskedQuestion tried = ledger.askedAndAnswered().stream()
                .filter(q -> q.question().text().startsWith("Have you tried the second require")).findFirst().orElseThrow();
        // "did the require('/database') work?" repeats it: a follow-up, not a second question.
        assertThat(tried.followUps()).extracting(SourceRef::commentNumber).containsExactly(2);
        assertThat(tried.answer().text())
                .isEqualTo("No. I have been trying to rebuild the app, but no changes, that I can see it on front end.");
        assertThat(ledger.askedAndAnswered()).extracting(q -> q.question().text()).noneMatch(t -> t.contains("work?"));
    }

    @Test
    void aRequesterStatementOfWhatTheyTriedIsATriedStepWithItsOutcome() {
        ThreadLedger ledger = ledgerOf(ac5955());

        assertThat(ledger.tried()).anySatisfy(step -> {
            assertThat(step.step().text()).isEqualTo("I even did the project clean, but issue remains");
            assertThat(step.outcome()).isEqualTo(Outcome.NO_CHANGE);
            assertThat(step.by()).isEqualTo(Party.REQUESTER);
            assertThat(step.step().source().kind()).isEqualTo(SourceRef.Kind.DESCRIPTION);
        });
        assertThat(ledger.tried()).anySatisfy(step -> {
            assertThat(step.step().text()).startsWith("Don't know how but when I deleted the Resources folder");
            assertThat(step.outcome()).isEqualTo(Outcome.SOLVED);
        });
    }

    @Test
    void anAgentQuestionAboutWhatTheRequesterTriedIsNotATriedStep() {
        ThreadLedger ledger = ledgerOf(ac5955());

        assertThat(ledger.tried()).extracting(s -> s.step().text()).noneMatch(t -> t.startsWith("Have you tried"));
    }

    @Test
    void aLastQuestionWithoutAReplyStaysOpen() {
        Ticket t = ThreadFixture.ticket("SYN-1").description("Outlook crashes when I open a shared calendar.")
                .comment("agent", "Agent A", "2024-03-12T10:00:00Z", "Which Outlook build are you on?")
                .build();

        ThreadLedger ledger = ledgerOf(t);

        assertThat(ledger.askedAndAnswered()).singleElement().satisfies(q -> assertThat(q.answered()).isFalse());
        assertThat(ledger.openQuestions()).singleElement().satisfies(q -> {
            assertThat(q.question().text()).isEqualTo("Which Outlook build are you on?");
            assertThat(q.askedBy()).isEqualTo(Party.AGENT);
            assertThat(q.askedOf()).isEqualTo(Party.REQUESTER);
        });
    }

    @Test
    void aRequesterQuestionNobodyAnsweredIsOpen() {
        // AC-6465 (tidev/jira-archive, Apache-2.0): the description's p.s. question; the agent replies about
        // method names only. Shortened, and the unrelated reply changed so that it shares no words.
        Ticket t = ThreadFixture.ticket("AC-6465").reporter("pmalakhaltsev", "Petr Malakhaltsev")
                .description("It does show \"available\" message, so I assume that heath data is available.\n\n"
                        + "p.s. Is there any way to get available functions from Hyperloop?")
                .comment("other", "Someone Else", "2020-01-02T10:00:00Z", "Thanks, I will look at it.")
                .reply("2020-01-03T10:00:00Z", "Do we have any updates?")
                .build();

        ThreadLedger ledger = ledgerOf(t);

        assertThat(ledger.openQuestions()).extracting(q -> q.question().text())
                .containsExactly("p.s. Is there any way to get available functions from Hyperloop?");
        assertThat(ledger.openQuestions().get(0).askedBy()).isEqualTo(Party.REQUESTER);
    }

    @Test
    void aRequesterQuestionTheNextAgentReplyAddressesIsNotOpen() {
        Ticket t = ThreadFixture.ticket("AC-6465").reporter("pmalakhaltsev", "Petr Malakhaltsev")
                .description("p.s. Is there any way to get available functions from Hyperloop?")
                .comment("jvennemann", "Jan Vennemann", "2020-01-06T12:18:29Z",
                        "According to the conventions for method names in the Hyperloop guide, this is the Hyperloop equivalent.")
                .build();

        assertThat(ledgerOf(t).openQuestions()).isEmpty();
    }

    @Test
    void aNumberedListOfQuestionsIsAnsweredItemByItem() {
        Ticket t = ThreadFixture.ticket("SYN-2").description("Teams does not start.")
                .comment("agent", "Agent A", "2024-03-12T10:00:00Z",
                        "Please help us with a few details:\n1. Which Windows version do you use?\n2. Does it happen for other users?\n3. When did it start?")
                .reply("2024-03-12T11:00:00Z", "1. Windows 11 23H2\n2. Only me, my colleagues are fine\n3. Since Monday after the update")
                .build();

        ThreadLedger ledger = ledgerOf(t);

        assertThat(ledger.askedAndAnswered()).extracting(q -> q.answer().text())
                .containsExactly("Windows 11 23H2", "Only me, my colleagues are fine", "Since Monday after the update");
        assertThat(ledger.openQuestions()).isEmpty();
    }

    @Test
    void requestsInGermanFrenchAndSpanishAreQuestionsToo() {
        assertThat(LedgerBuilder.isQuestion("Bitte senden Sie uns die Logdatei.")).isTrue();
        assertThat(LedgerBuilder.isQuestion("Pouvez-vous envoyer une capture d'écran.")).isTrue();
        assertThat(LedgerBuilder.isQuestion("Merci de confirmer la version d'Outlook.")).isTrue();
        assertThat(LedgerBuilder.isQuestion("¿Puede enviar el registro de errores.")).isTrue();
        assertThat(LedgerBuilder.isQuestion("Por favor, envíe el archivo de registro.")).isTrue();
        assertThat(LedgerBuilder.isQuestion("Could you attach the crash log.")).isTrue();
        assertThat(LedgerBuilder.isQuestion("Please provide the build number.")).isTrue();
        assertThat(LedgerBuilder.isQuestion("We rebooted the laptop.")).isFalse();
        assertThat(LedgerBuilder.isQuestion("Please let us know if you need more help with this issue.")).isFalse();
        assertThat(LedgerBuilder.isQuestion("var x = a ? b : c;")).isFalse();
    }

    @Test
    void internalNotesReportTriedStepsWithTheirOutcomes() {
        // Synthetic: the AC archive has no internal notes.
        Ticket t = ThreadFixture.ticket("SYN-3").description("Outlook keeps asking for the password.")
                .internal("agent", "Agent A", "2024-03-12T10:00:00Z",
                        "Rebooted, no change.\nCleared the cache - still fails.\nReinstalled Outlook, works now for a day.\nTried with another user: works.")
                .reply("2024-03-12T11:00:00Z", "Ich habe bereits den Cache geleert und Outlook neu gestartet, ohne Erfolg. J'ai déjà essayé un autre profil. Ya intenté reinstalar, funciona.")
                .build();

        ThreadLedger ledger = ledgerOf(t);

        assertThat(ledger.tried()).extracting(s -> s.step().text(), TriedStep::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Rebooted, no change.", Outcome.NO_CHANGE),
                org.assertj.core.groups.Tuple.tuple("Cleared the cache - still fails.", Outcome.NO_CHANGE),
                org.assertj.core.groups.Tuple.tuple("Reinstalled Outlook, works now for a day.", Outcome.PARTIAL),
                org.assertj.core.groups.Tuple.tuple("Tried with another user: works.", Outcome.SOLVED),
                org.assertj.core.groups.Tuple.tuple("Ich habe bereits den Cache geleert und Outlook neu gestartet, ohne Erfolg.", Outcome.NO_CHANGE),
                org.assertj.core.groups.Tuple.tuple("J'ai déjà essayé un autre profil.", Outcome.UNKNOWN),
                org.assertj.core.groups.Tuple.tuple("Ya intenté reinstalar, funciona.", Outcome.SOLVED));
        assertThat(ledger.tried().get(0).step().source().visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(ledger.tried().get(0).by()).isEqualTo(Party.AGENT);
        assertThat(ledger.tried().get(4).by()).isEqualTo(Party.REQUESTER);
    }

    @Test
    void anOutcomeInTheNextSentenceIsCitedAsEvidence() {
        // AC-6465 (tidev/jira-archive, Apache-2.0), comment 4.
        Ticket t = ThreadFixture.ticket("AC-6465").reporter("pmalakhaltsev", "Petr Malakhaltsev")
                .reply("2020-01-07T17:58:39Z", "Besides this I've tried to clean the project and rebuild it. Doesn't help.")
                .build();

        TriedStep step = ledgerOf(t).tried().get(0);

        assertThat(step.outcome()).isEqualTo(Outcome.NO_CHANGE);
        assertThat(step.outcomeEvidence().text()).isEqualTo("Doesn't help.");
    }

    @Test
    void aPublicQuestionThatMentionsOnlyColleaguesIsNotPutToTheRequester() {
        // AC-5329 (tidev/jira-archive, Apache-2.0), comment 3.
        Ticket t = ThreadFixture.ticket("AC-5329").reporter("jceaser", "Joshua A. Ceaser")
                .description("Repeated opening of a camera on an iPhone 6+ causes the app to crash.")
                .comment("mrahman", "Mostafizur Rahman", "2017-12-19T09:49:29Z",
                        "[~amukherjee] [~ewieber], Did you manage to test on iPhone 6+ to reproduce this issue?")
                .reply("2018-01-16T16:00:20Z", "No we are still able to reproduce this issue.")
                .build();

        ThreadLedger ledger = ledgerOf(t);

        assertThat(ledger.askedAndAnswered()).isEmpty();
        assertThat(ledger.openQuestions()).singleElement().satisfies(q -> {
            assertThat(q.askedBy()).isEqualTo(Party.AGENT);
            assertThat(q.askedOf()).isEqualTo(Party.AGENT);
        });
    }

    @Test
    void aQuestionGoesToThePersonMentionedLastBeforeItNotToEveryoneTheCommentMentions() {
        // ALOY-1617 (tidev/jira-archive, Apache-2.0), comment 6
        Ticket t = ThreadFixture.ticket("ALOY-1617").reporter("jkniesek", "Joe Kniesek")
                .description("When using databinding with collectionmodel then i get sql.js error on ANDROID.")
                .comment("hknoechel", "Hans Kn\u00f6chel", "2018-05-09T10:00:00Z", "[~jkniesek] Can you please validate that using alloy@master "
                        + "resolves the issue? [~fmiao] Is there a way to install alloy@master from npm instead of manually patching the local files? "
                        + "And can you do the version bump? Thanks everyone!")
                .build();

        ThreadLedger ledger = ledgerOf(t);

        assertThat(ledger.askedAndAnswered()).extracting(q -> q.question().text())
                .containsExactly("Can you please validate that using alloy@master resolves the issue?");
        assertThat(ledger.openQuestions()).filteredOn(q -> q.askedOf() == Party.AGENT).extracting(q -> q.question().text())
                .containsExactly("[~fmiao] Is there a way to install alloy@master from npm instead of manually patching the local files?",
                        "And can you do the version bump?");
    }

    @Test
    void aQuestionAfterAGreetingToTheRequesterIsTheirsThoughAColleagueIsMentionedAfterIt() {
        // AC-4748 (tidev/jira-archive, Apache-2.0), comments 1 and 2
        Ticket t = ThreadFixture.ticket("AC-4748").reporter("ricardo_jcp", "Ricardo Pereira")
                .description("Ti.Database execute does not throw when the query is wrong.")
                .comment("hknoechel", "Hans Kn\u00f6chel", "2018-01-20T10:00:00Z", "Hey Ricardo, so logs outside the loop work? [~cbarber] might have a guess here!")
                .reply("2018-01-21T10:00:00Z", "[~hansknoechel], yes, all logs work, the ones that doesn't work are placed inside the catch.")
                .build();

        ThreadLedger ledger = ledgerOf(t);

        assertThat(ledger.askedAndAnswered()).singleElement().satisfies(q -> {
            assertThat(q.question().text()).isEqualTo("so logs outside the loop work?");
            assertThat(q.answer().text()).startsWith("yes, all logs work");
        });
        assertThat(ledger.openQuestions()).isEmpty();
    }

    @Test
    void configuredAgentsMakeOtherCustomerSideAuthorsAnswerers() {
        Ticket t = ThreadFixture.ticket("SYN-4").reporter("boss", "Boss")
                .description("Our team cannot print.")
                .comment("agent", "Agent A", "2024-03-12T10:00:00Z", "Which printer model is it?")
                .comment("colleague", "Colleague", "2024-03-12T11:00:00Z", "It is the HP LaserJet 4050 on floor 2.")
                .build();

        ThreadLedger byDefault = ThreadLedger.build(t, ThreadFixture.sources(t));
        ThreadLedger configured = new LedgerBuilder(new LedgerConfig(Set.of("agent"))).build(t, ThreadFixture.sources(t));

        assertThat(byDefault.answered()).isEmpty();
        assertThat(configured.answered()).singleElement()
                .satisfies(q -> assertThat(q.answer().text()).isEqualTo("It is the HP LaserJet 4050 on floor 2."));
    }

    static void assertExact(Quote q, List<SourceText> sources) {
        SourceText st = sources.stream().filter(s -> s.ref().kind() == q.source().kind()
                && java.util.Objects.equals(s.ref().commentId(), q.source().commentId())).findFirst().orElseThrow();
        assertThat(st.text().substring(q.source().start(), q.source().end())).isEqualTo(q.text());
    }

    @Test
    void anIssueTemplatesHeadingsAndTrackerCheckboxesAreNeitherQuestionsNorStepsTriedButATickedStepIs() {
        // github.com/fast4x/RiMusic/issues/5214 and D4vidDf/HyperBridge/issues/177 (issue forms), shortened
        Ticket t = ThreadFixture.ticket("ES-4").reporter("pand", "Pand3rby08").created("2025-01-11T10:00:00Z")
                .summary("No puedo abrir la app")
                .description("### Tell us how you trigger this bug\n\nSolo intento abrir la app y no funciona\n\n"
                        + "### What was your expectation?\n\nDebería abrirse\n\n### Checklist\n\n"
                        + "- [x] I have checked that this issue has not already been reported.\n"
                        + "- [X] Uninstall old build before installing a new one\n"
                        + "- [x] I restarted the phone, it didn't help.\n\n¿Alguien sabe por qué pasa esto?")
                .build();
        ThreadLedger ledger = ledgerOf(t);

        assertThat(ledger.openQuestions()).extracting(q -> q.question().text())
                .containsExactly("¿Alguien sabe por qué pasa esto?");
        assertThat(ledger.tried()).extracting(s -> s.step().text())
                .noneMatch(s -> s.contains("already been reported"))
                .anyMatch(s -> s.contains("I restarted the phone"))
                .anyMatch(s -> s.contains("Uninstall old build before installing a new one"));
    }

    @Test
    void anInternalNoteReportsWhatTierOneTriedAndTheNextSentenceGivesItsOutcome() {
        Ticket t = ThreadFixture.ticket("ITSD-4711").reporter("abecker", "Anna Becker").created("2026-11-02T08:12:00Z")
                .summary("Outlook keeps prompting for password after password change")
                .description("Since my password change on Monday Outlook keeps asking for my credentials.")
                .internal("tkoch", "Tim Koch", "2026-11-02T10:00:00Z",
                        "Cleared the cached credentials in Credential Manager and recreated the Outlook profile. Still prompting.")
                .build();
        ThreadLedger ledger = ledgerOf(t);

        assertThat(ledger.tried()).singleElement().satisfies(step -> {
            assertThat(step.step().text()).startsWith("Cleared the cached credentials");
            assertThat(step.outcome()).isEqualTo(Outcome.NO_CHANGE);
            assertThat(step.outcomeEvidence().text()).isEqualTo("Still prompting.");
        });
    }
}
