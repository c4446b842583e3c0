package dev.handoff.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.core.model.Ticket;
import org.junit.jupiter.api.Test;

/** Answers paired with questions on real threads (tidev/jira-archive, Apache-2.0), shortened. */
class AnswerPairingTest {

    private static ThreadLedger ledgerOf(Ticket t) {
        return ThreadLedger.build(t, ThreadFixture.sources(t));
    }

    private static AskedQuestion asked(ThreadLedger ledger, String questionStart) {
        return ledger.askedAndAnswered().stream().filter(q -> q.question().text().startsWith(questionStart)).findFirst().orElseThrow();
    }

    private static String answer(ThreadLedger ledger, String questionStart) {
        AskedQuestion q = asked(ledger, questionStart);
        return q.answer() == null ? null : q.answer().text();
    }

    @Test
    void theRequesterAskingBackDoesNotAnswerTheQuestion() {
        // AC-654, comments 1 and 2
        Ticket t = ThreadFixture.ticket("AC-654").reporter("shawnlan", "Shawn Lan")
                .description("Studio fails to update.")
                .comment("sdarda", "Sharif AbuDarda", "2016-02-24T10:00:00Z", "Hello, What version of CLI You have installed? Thanks.")
                .reply("2016-02-24T11:00:00Z", "How do I check CLI version?")
                .build();

        ThreadLedger ledger = ledgerOf(t);

        assertThat(answer(ledger, "What version of CLI")).isNull();
        assertThat(ledger.openQuestions()).extracting(q -> q.question().text()).contains("What version of CLI You have installed?");
    }

    @Test
    void aPromiseToSendItLaterLeavesTheRequestOpen() {
        // AC-4575, comments 1 and 2
        Ticket t = ThreadFixture.ticket("AC-4575").reporter("rsperberg", "Roger Sperberg")
                .description("An internal error occurred during: 'Checking for new Appcelerator Updates...'.")
                .comment("sdarda", "Sharif AbuDarda", "2016-10-24T10:00:00Z",
                        "Hello, Try relaunching the studio and check for updates. If it does not solve the issue try restarting the pc. "
                                + "Also, please provide \"appc info\" log in here. Thanks.")
                .reply("2016-10-24T12:00:00Z", "I will try these suggestions and also provide the \"appc info\" log.\n\n"
                        + "However, I won't be home again until mid-November so it will be 3 weeks or more before I can do so.")
                .build();

        ThreadLedger ledger = ledgerOf(t);

        assertThat(answer(ledger, "Also, please provide")).isNull();
        assertThat(ledger.openQuestions()).extracting(q -> q.question().text()).contains("Also, please provide \"appc info\" log in here.");
    }

    @Test
    void aRequestTheRequesterPastedFromAnotherTicketIsNoAnswer() {
        // AC-6019, comments 1 and 2: the reporter quotes an engineer's request from the other ticket
        Ticket t = ThreadFixture.ticket("AC-6019").reporter("venkateshkumarg", "Venkateshkumar")
                .description("Crash in TableView on iPad and iOS12.")
                .comment("topener", "Rene Pot", "2018-11-15T10:00:00Z", "Duplicate of TIMOB-26391. Please add relevant details there which include "
                        + "an app project that actually active crashes or proper crash logs as described by Jan in that ticket.")
                .reply("2018-11-15T11:00:00Z", "This is not duplicate ticket.\n\nBecause of  Jan Vennemann comments. Created new ticket. "
                        + "Please reopen this issue.\n\n*Jan Vennemann comments*\nThank's for the symbolicated crash log. However, there are no "
                        + "indicators that this is related to JavaScriptCore or Timers. Please open a separate ticket and attach the crash log "
                        + "and, if possible, provide a reproducible test case, thanks.")
                .build();

        assertThat(answer(ledgerOf(t), "Please add relevant details")).doesNotStartWith("Please");
    }

    @Test
    void thePointerToAnAttachedImageAnswersTheRequestForAScreenshot() {
        // AC-4433, comments 1 and 2
        Ticket t = ThreadFixture.ticket("AC-4433").reporter("alok.gupta", "Alok Gupta")
                .description("Cannot publish the app to the Play Store.")
                .comment("sdarda", "Sharif AbuDarda", "2017-09-07T10:00:00Z", "Hello, Can you share the screenshot of the error that you see "
                        + "when trying to publish your app to the playstore? We will look into it. Thanks. ")
                .reply("2017-09-07T11:00:00Z", "Please check the image. I have uploaded\r\n")
                .build();

        assertThat(answer(ledgerOf(t), "Can you share the screenshot")).isEqualTo("Please check the image.");
    }

    @Test
    void aSecondCommentInARowAnswersTheVersionsAskedForAndTheLogPastedAnswersTheRequestForTheLog() {
        // ALOY-1617, comments 1 to 3: the reporter answers the first question, then the versions and the log in a second comment
        Ticket t = ThreadFixture.ticket("ALOY-1617").reporter("jkniesek", "Joe Kniesek")
                .description("When using databinding with collectionmodel then i get sql.js error on ANDROID when columns are not declared.")
                .comment("hknoechel", "Hans Kn\u00f6chel", "2018-05-04T10:00:00Z", "Hey there, thanks for reporting this! Before checking the issue: \n"
                        + "- Is there are reason a developer would create a table without any columns? I don't see any real world use cases for this right now.\n"
                        + "- Which Titanium SDK version, Alloy version and Android version do you use?\n"
                        + "- What is the actual error log?")
                .reply("2018-05-04T11:00:00Z", "Hey reason for creating a table without columns - when filling collection with data from XML-feed. "
                        + "Only thing necessary was the idattribute.\nDid follow guide her: https://medium.com/all-titanium/enhancing-titanium "
                        + "Works like a charm on ios - but took some time to find the right brick (adding of a columns) to make it work right on android.\n"
                        + "And the column i added has nothing to do with my data, so you can write anything you want. - as long as it its there :)\nRegards Joe")
                .reply("2018-05-04T11:10:00Z", "*SDK:* 7.1.0. GA\n*ALLOY* .. hmm console: alloy --version doesnt work atm :)\n"
                        + "*ANDROID:* 8.0.0 (Device) 7.0 (GenyMotion)\n*Showstopper:*\n\n"
                        + "[ERROR]  SQLiteLog: (1) near \")\": syntax error\n"
                        + "[ERROR]  TiDB: (main) [363,363] Error executing sql: near \")\": syntax error (code 1)")
                .build();

        ThreadLedger ledger = ledgerOf(t);

        assertThat(answer(ledger, "Is there are reason")).startsWith("Hey reason for creating a table without columns");
        assertThat(asked(ledger, "Which Titanium SDK version").answer().source().commentNumber()).isEqualTo(3);
        assertThat(answer(ledger, "Which Titanium SDK version")).startsWith("*SDK:* 7.1.0").contains("*ANDROID:* 8.0.0");
        assertThat(answer(ledger, "What is the actual error log?")).isEqualTo("[ERROR]  SQLiteLog: (1) near \")\": syntax error");
        assertThat(ledger.openQuestions()).isEmpty();
    }

    @Test
    void aSentenceSayingTheIssueIsResolvedAnswersTheQuestionWhetherItStillHappens() {
        // AC-1997, comments 4 and 5
        Ticket t = ThreadFixture.ticket("AC-1997").reporter("gogocat", "Pete Rowley")
                .description("Updates for software just installed show as required.")
                .comment("ewieber", "Eric Wieber", "2013-12-12T10:00:00Z", "Hi Pete,\n\nThrough some more testing, I was not able to reproduce your issue.\n"
                        + "Could you please verify if you are still seeing this issue? There have been some updates since September.\n"
                        + "Also, have you entered any URLs or websites into the \"Available Software Sites\" section of your Install/Update preferences?")
                .reply("2013-12-12T11:00:00Z", "IIRC I resolved this by changing one of the version settings after install - alloy? Not sure.")
                .build();

        ThreadLedger ledger = ledgerOf(t);

        assertThat(answer(ledger, "Could you please verify")).startsWith("IIRC I resolved this");
        assertThat(answer(ledger, "Also, have you entered any URLs")).isNull();
    }

    @Test
    void theShortAnswerNamingOneOfTwoChoicesAnswersTheChoiceAndTheStepsAfterItTheRequestForATestCase() {
        // AC-506, comments 1 and 2
        Ticket t = ThreadFixture.ticket("AC-506").reporter("c3k", "carlo")
                .description("INSTALL_PARSE_FAILED_NO_CERTIFICATES on Android 4.2 older devices.")
                .comment("rmitro", "Rakhi Mitro", "2015-12-03T10:00:00Z", "Hello,\n\nThanks for your query. Did to try to Package the app to the "
                        + "Android App Store from Studio or using  CLI command? Please provide the complete test case to reproduce this error.\n\n\nThanks")
                .reply("2015-12-03T11:00:00Z", "From Studio. Just make a keystore, use it to build an app in Appcelerator Studio and try to install on a 4.2 device.")
                .build();

        ThreadLedger ledger = ledgerOf(t);

        assertThat(answer(ledger, "Did to try to Package")).startsWith("From Studio.");
        assertThat(answer(ledger, "Please provide the complete test case")).startsWith("Just make a keystore");
    }

    @Test
    void aReplyThatNamesNeitherChoiceDoesNotAnswerTheChoiceButOneThatNamesAThirdDoes() {
        // AC-4748, comments 3 and 5: the reporter's reply is about another machine
        Ticket ac4748 = ThreadFixture.ticket("AC-4748").reporter("ricardo_jcp", "Ricardo Pereira")
                .description("Ti.Database execute does not throw.")
                .comment("hknoechel", "Hans Kn\u00f6chel", "2018-01-20T10:00:00Z", "Gotcha. It should throw, at least the iOS source indicates that. "
                        + "Do you having his on iOS or Android?")
                .reply("2018-01-27T10:00:00Z", "This is still happening here. \n\nI've formatted another *MacBook Pro (Retina, 13-inch, Early 2015)* with *macOS Sierra*.")
                .build();
        // ES-1 (multilingual test ticket), comments 4 and 6
        Ticket es1 = ThreadFixture.ticket("ES-1").reporter("FranAFV", "FranAFV")
                .description("La app no avisa.")
                .comment("avecina", "avecina", "2020-09-16T10:00:00Z", "\u00bfTienes un Xiaomi con MIUI o un Huawei?")
                .reply("2020-09-17T10:00:00Z", "El error se dio en un Motorola, con Android 8 y bastante limpio por parte de la marca.")
                .build();

        assertThat(answer(ledgerOf(ac4748), "Do you having his")).isNull();
        assertThat(answer(ledgerOf(es1), "\u00bfTienes un Xiaomi")).startsWith("El error se dio en un Motorola");
    }

    @Test
    void aPastedSettingIsNoAnswerByPosition() {
        // AC-1330, comments 2 and 3
        Ticket t = ThreadFixture.ticket("AC-1330").reporter("fixplease", "Fix Please")
                .description("Alloy projects can't be compiled anymore after the latest update.")
                .comment("rtlechuga", "Radamantis Torres-Lechuga", "2015-06-11T10:00:00Z", "[~fixplease] did you try this?\n"
                        + "* Run \"ti config\" : Make a note of liveview path from the value of \"paths.hooks\" config key.\n"
                        + "* ti config -r paths.hooks \"/path/to/liveview/hook\" \nIs this reproducible in latest SDK?\n\nThanks")
                .reply("2015-06-12T10:00:00Z", "The \"paths.hooks\" is empty in the config's output:\n$ ti config\n"
                        + "android.sdkPath        = \"E:\\\\asdk\" \napp.workspace          = \"\" \ncli.colors             = true ")
                .build();

        ThreadLedger ledger = ledgerOf(t);

        assertThat(answer(ledger, "Is this reproducible in latest SDK?")).isNull();
        assertThat(ledger.openQuestions()).extracting(q -> q.question().text()).contains("Is this reproducible in latest SDK?");
    }

    @Test
    void aThankYouDoesNotAnswerARequestToValidateTheFix() {
        // ALOY-1617, comments 6 and 9: the reporter thanks the engineers; nobody validated alloy@master
        Ticket t = ThreadFixture.ticket("ALOY-1617").reporter("jkniesek", "Joe Kniesek")
                .description("When using databinding with collectionmodel then i get sql.js error on ANDROID.")
                .comment("hknoechel", "Hans Kn\u00f6chel", "2018-05-09T10:00:00Z",
                        "[~jkniesek] Can you please validate that using alloy@master resolves the issue?")
                .comment("hknoechel", "Hans Kn\u00f6chel", "2018-05-10T10:00:00Z",
                        "Although the PR is merged, it still crashes - and that for a good reason. It is technically invalid to create an SQL table without columns.")
                .reply("2018-05-10T12:00:00Z", "Good idea. Thanks for all those great answers :) Code Strong !")
                .build();

        assertThat(answer(ledgerOf(t), "Can you please validate")).isNull();
    }

    @Test
    void aRequestToRunCommandsIsAnsweredByWhatCameOfThemNotByALineOfTheToolsOutput() {
        // AC-5409 (bundled demo ticket), comments 9 and 10
        Ticket t = ThreadFixture.ticket("AC-5409").reporter("praveeav@gmail.com", "Praveen Kumar")
                .description("appc new fails.")
                .comment("sdarda", "Sharif AbuDarda", "2017-12-01T10:00:00Z", "Hello, Please run the following command from the command prompt :\r\n\r\n"
                        + "rm -rf ~/.appcelerator\r\nrm -rf ~/.titanium\r\nnpm uninstall -g titanium\r\nappc setup\r\n\r\nSend the log. Thanks.")
                .reply("2017-12-02T10:00:00Z", "Hello Sherif,\r\n\r\nExcept rm -rf ~/.appcelerator  remaining command worked fine, but  rm -rf "
                        + "~/.appcelerator shows some warning like cannot remove folder.\r\n\r\nError still exists\r\n$ appc new\r\n"
                        + "Appcelerator Command-Line Interface, version 6.3.0\r\n\"create\" is an unrecognized command.\r\n\r\n"
                        + "Run 'titanium help' for available commands.\r\n")
                .build();

        assertThat(answer(ledgerOf(t), "Please run the following command")).startsWith("Except rm -rf ~/.appcelerator  remaining command worked fine");
    }

    @Test
    void theYesTheReplyOpensWithAnswersNotALinkWhoseWordsSayItWorksNorALaterOtherProblem() {
        // AC-1223 (bundled demo ticket), comments 11 and 12
        Ticket t = ThreadFixture.ticket("AC-1223").reporter("bogdanim36", "Ionescu Bogdan")
                .description("ti info runs forever.")
                .comment("ingo", "Ingo Muschenetz", "2014-08-15T10:00:00Z",
                        "[~bogdanim36] Can you please try the workaround noted in TIMOB-17411 and see if that works for you?")
                .reply("2014-08-15T12:00:00Z", "Yes, finally :-).\r\nI fallow all the steps described in :\r\n"
                        + "http://developer.appcelerator.com/question/176303/titanium-studio-doesnt-works-anymore-after-330-release#answer-281192\r\n\r\n"
                        + "I still have a small problem: sometime: titanium open a new session of android emulator 5556 (existing one already "
                        + "opened with id 5554), but application is installed correctly in session 5554.")
                .build();

        assertThat(answer(ledgerOf(t), "Can you please try the workaround")).startsWith("Yes, finally");
    }

    @Test
    void theNameAReplyIsAddressedToIsNoAnswerNorIsTheQuestionBackAfterIt() {
        // AC-1948, comments 2 and 3
        Ticket t = ThreadFixture.ticket("AC-1948").reporter("achirikba", "Andrey Chirikba")
                .description("Module build fails.")
                .comment("dcassenti", "Davide Cassenti", "2015-04-13T10:00:00Z", "If you can provide a full example, that would be great.")
                .reply("2015-04-14T10:00:00Z", "Hi, Davide,\n\nIn what form would you like to have an example? I can provide a packaged app "
                        + "and relevant code snippets, if needed, but I don't think I'd be able to provide full app source code.")
                .build();

        ThreadLedger ledger = ledgerOf(t);

        assertThat(answer(ledger, "If you can provide a full example")).isNull();
        assertThat(ledger.openQuestions()).extracting(q -> q.question().text())
                .contains("If you can provide a full example, that would be great.", "In what form would you like to have an example?");
    }
}
