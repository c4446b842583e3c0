package dev.handoff.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.core.ledger.Quote;
import dev.handoff.core.ledger.ThreadFixture;
import dev.handoff.core.ledger.ThreadLedger;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class SummarizerTest {

    private static Summary summarize(Ticket t) {
        List<SourceText> sources = ThreadFixture.sources(t);
        return new Summarizer().summarize(t, sources, EnvironmentBlock.empty(), ThreadLedger.build(t, sources));
    }

    // AC-5955 (tidev/jira-archive, Apache-2.0), shortened.
    private static Ticket ac5955() {
        String rep = "mr.jatinjoshi.mca@gmail.com";
        return ThreadFixture.ticket("AC-5955").reporter(rep, "JATIN JOSHI").created("2018-10-04T15:21:03Z")
                .summary("Changes to the .js file in app>conroller folder not getting reflected")
                .description("h3. Steps to Reproduce\nI am having a Titanium project in which I am making changes in .js file in app>> controller>>lib  folder. "
                        + "After making changes it should reflect the changes, when I run the app, but it is not. \n\n"
                        + "At the same time, other team member is making change to the same code on his machine, it works.")
                .comment("sdarda", "Sharif AbuDarda", "2018-10-08T21:28:37Z",
                        "Hello [~" + rep + "], What happens if you make changes in js file and after saving, try running the project through terminal? Thanks.")
                .reply("2018-10-09T22:44:18Z", "This issue is fixed: \n\nDon't know how but when I deleted the Resources folder and again compiled the project by using:\n\n"
                        + "appc alloy compile --config platform=ios\n\nIt recreated the Resources folder and project started working and my changes were reflected.")
                .build();
    }

    @Test
    void theProblemIsTheSummaryFieldAndTheDescriptionSentenceThatStatesTheFault() {
        Summary s = summarize(ac5955());

        assertThat(s.problem()).extracting(Quote::text).containsExactly(
                "Changes to the .js file in app>conroller folder not getting reflected",
                "After making changes it should reflect the changes, when I run the app, but it is not.");
        assertThat(s.problem()).extracting(q -> q.source().kind()).containsExactly(SourceRef.Kind.SUMMARY, SourceRef.Kind.DESCRIPTION);
    }

    @Test
    void withoutASummaryFieldTheProblemTakesTwoDescriptionSentencesSkippingHeadingsAndKeyValueLines() {
        // AC-6465 (tidev/jira-archive, Apache-2.0): environment dump pasted above the text.
        Ticket t = ThreadFixture.ticket("AC-6465")
                .description("Operating System\nName = Mac OS X\nVersion = 10.15.2\n"
                        + "I'm trying to authorize HealthKit via Hyperloop to query height of the user, so I run the following code:\n"
                        + "It does show \"available\" message, so I assume that heath data is available, but then it throughs an error "
                        + "\"hk.requestAuthorizationToShareTypes is not a function\".\n"
                        + "I've tried \"swift-like\" function \"requestAuthorization\" as well, but same result.")
                .build();

        // The line that ends in a colon only announces code, so it is skipped as well.
        assertThat(summarize(t).problem()).extracting(Quote::text).hasSize(2)
                .allSatisfy(text -> assertThat(text).doesNotContain(" = ").doesNotEndWith(":"))
                .first().asString().startsWith("It does show \"available\" message");
    }

    @Test
    void theCurrentStateIsTheLastCommentThatSaysSomethingNotAReminder() {
        Ticket t = ThreadFixture.ticket("AC-5329").reporter("jceaser", "Joshua A. Ceaser")
                .description("Repeated opening of a camera on an iPhone 6+ causes the app to crash.")
                // AC-5329 (tidev/jira-archive, Apache-2.0), comments 5 and 7.
                .reply("2018-01-16T16:00:20Z", "No we are still able to reproduce this issue.")
                .comment("mrahman", "Mostafizur Rahman", "2018-02-14T08:52:22Z",
                        "Hello [~jceaser], Just passing a followup here.Are you able to get that sorted out?  Please let us know if you need more help with this issue.\n"
                                + "Regards \nAxway Appcelerator Support")
                .build();

        Quote state = summarize(t).currentState();

        assertThat(state.text()).isEqualTo("No we are still able to reproduce this issue.");
        assertThat(state.source().commentNumber()).isEqualTo(1);
    }

    @Test
    void aThankYouForLettingUsKnowSaysNothingOfTheStateButAShortIssueFixedDoes() {
        Ticket t = ThreadFixture.ticket("AC-5409").reporter("praveeav", "Praveen Kumar")
                .description("Windows CLI: Unable to create new project.")
                // AC-5409 (tidev/jira-archive, Apache-2.0), comments 14 and 15.
                .reply("2017-12-10T10:00:00Z", "Thank you sharif,\r\nIssue fixed.\r\n\r\n"
                        + "Delete all files then installed Axway Appcelerator 5 and Titanium SDK 7")
                .comment("sdarda", "Sharif AbuDarda", "2017-12-11T10:00:00Z", "Thanks for letting us know. ")
                .build();

        // A short line that names the state still counts.
        assertThat(summarize(t).currentState().text()).isEqualTo("Issue fixed.");
    }

    @Test
    void aThankYouSaysNothingOfTheStateUnlessItSaysHowThingsStand() {
        Ticket t = ThreadFixture.ticket("AC-2729").reporter("skataria", "Sumit Kataria")
                .description("Textfield loses focus on iOS.")
                .reply("2011-12-02T10:00:00Z", "The workaround from TIMOB-6285 does not help on the iPad 2.")
                // AC-2729 (tidev/jira-archive, Apache-2.0), comment 3.
                .reply("2011-12-05T10:00:00Z", "Thanks Paul for referring this.")
                .build();
        assertThat(summarize(t).currentState().text()).isEqualTo("The workaround from TIMOB-6285 does not help on the iPad 2.");

        Ticket works = ThreadFixture.ticket("T-1").reporter("skataria", "Sumit Kataria")
                .description("Textfield loses focus on iOS.")
                .reply("2011-12-05T10:00:00Z", "Thanks, it works now after the update.")
                .build();
        assertThat(summarize(works).currentState().text()).isEqualTo("Thanks, it works now after the update.");
    }

    @Test
    void aStateSentenceThatEndsInAColonCountsOnlyWhenItSaysHowThingsStand() {
        assertThat(summarize(ac5955()).currentState().text()).isEqualTo("This issue is fixed:");
    }

    @Test
    void impactTakesAtMostTwoSentencesAboutWhoIsAffectedAndWhatIsBlocked() {
        // Synthetic: the AC archive rarely states impact.
        Ticket t = ThreadFixture.ticket("SYN-5").summary("Outlook cannot connect")
                .description("Since the update Outlook shows a disconnected banner. All users in the Berlin office are affected and cannot work. "
                        + "The colour of the banner is red.")
                .reply("2024-03-12T11:00:00Z", "This is blocking our production release on Friday. Also 40 users in Paris see it now.")
                .build();

        Summary s = summarize(t);

        assertThat(s.impact()).hasSize(2).extracting(Quote::text)
                .noneMatch(x -> x.contains("colour"))
                .contains("This is blocking our production release on Friday.");
    }

    @Test
    void withinTheLastCommentTheSentenceThatNamesTheStateComesFirst() {
        // AC-3348 (tidev/jira-archive, Apache-2.0), comment 1: the tester's outcome, not the preamble.
        Ticket t = ThreadFixture.ticket("AC-3348").reporter("rep", "Reporter")
                .description("The ListView search bar hides the first row on iOS.")
                .comment("mrahman", "Mostafizur Rahman", "2016-04-10T10:00:00Z",
                        "Hello, I have tested that issue you reported. I am not able to reproduce this issue. Thanks.")
                .build();

        assertThat(summarize(t).currentState().text()).isEqualTo("I am not able to reproduce this issue.");
    }

    @Test
    void aConditionOrAnInstructionWithAStateWordDoesNotNameTheState() {
        // AC-2981 (tidev/jira-archive, Apache-2.0), last comment, shortened.
        Ticket t = ThreadFixture.ticket("AC-2981").reporter("uehlein", "Bob Uehlein")
                .description("The simulator does not start after the update.")
                .comment("pdowsett", "Paul Dowsett", "2012-02-17T02:23:14Z",
                        "Closing due to inactivity. If this issue still exists, please raise a new ticket, including all the information "
                                + "in the [JIRA Ticket Checklist|https://wiki.appcelerator.org/display/guides/How+to+Submit+a+Bug+Report] "
                                + "to ensure that we can escalate it quickly.")
                .build();

        assertThat(summarize(t).currentState().text()).isEqualTo("Closing due to inactivity.");
    }

    @Test
    void aStateWordInsideALinkOrAStackLineIsNoState() {
        Ticket t = ThreadFixture.ticket("AC-1270").reporter("jsachs", "Joseph Sachs")
                .description("The password reset page answers 400.")
                // AC-1270 (tidev/jira-archive, Apache-2.0), comment 7, shortened.
                .reply("2016-10-05T10:00:00Z", "I've implemented the steps as indicated on the Web site.\n"
                        + "https://community.appcelerator.com/topic/2838/custom-password-reset-page-bad-request-reset_password_token-is-invalid/3")
                .build();
        assertThat(summarize(t).currentState().text()).isEqualTo("I've implemented the steps as indicated on the Web site.");

        Ticket crash = ThreadFixture.ticket("AC-3548").reporter("rep", "Manish Budhiraja")
                .description("The app crashes when a label is tapped.")
                // AC-3548 (tidev/jira-archive, Apache-2.0), comment 4, shortened.
                .comment("jonesdhtx", "David Jones", "2018-03-19T20:06:38Z",
                        "We do not have simple code that reproduces the issue, but we do have a stack trace.\n\n"
                                + "Crashed Thread:\n7   CRASH java.lang.ClassCastException: ti.modules.titanium.ui.widget.TiUILabel$1 cannot be cast\n")
                .build();
        assertThat(summarize(crash).currentState().text())
                .isEqualTo("We do not have simple code that reproduces the issue, but we do have a stack trace.");
    }

    @Test
    void aGreetingToAnEMailAddressAndAnEnvironmentLineAreNoState() {
        // AC-106 (tidev/jira-archive, Apache-2.0), comment 5: the mention is the reporter's e-mail address.
        Ticket t = ThreadFixture.ticket("AC-106").reporter("smajoor@nivium.nl", "Sander Majoor")
                .description("Debugging apps stops working in Studio.")
                .comment("sdarda", "Sharif AbuDarda", "2015-11-09T09:44:13Z",
                        "Hello [~smajoor@nivium.nl], Can you update the studio version to 4.3.3.201510212245 and try debugging Apps? Thanks.")
                .build();
        assertThat(summarize(t).currentState().text())
                .isEqualTo("Can you update the studio version to 4.3.3.201510212245 and try debugging Apps?");

        // AC-2473 (tidev/jira-archive, Apache-2.0), comment 2: versions answered on request, then the state.
        Ticket env = ThreadFixture.ticket("AC-2473").reporter("demetri", "demetri ganoff")
                .description("A webview inside a window loses its content.")
                .reply("2014-02-10T14:05:31Z", "SDK Version: 3.1.3. The window still loses the webview content.")
                .build();
        assertThat(summarize(env).currentState().text()).isEqualTo("The window still loses the webview content.");
    }

    @Test
    void supportExplainingOrPromisingInTheThreadIsNoImpactButAnotherCustomersScopeIs() {
        Ticket t = ThreadFixture.ticket("AC-852").reporter("tleirvik", "Tommy Leirvik")
                .description("Studio hangs when the project is opened.")
                // AC-2528 and AC-1270 (tidev/jira-archive, Apache-2.0): support's voice.
                .comment("shossain", "Shak Hossain", "2013-12-11T10:00:00Z", "We will test it ASAP and post an update for you.")
                .comment("sliang", "Shuo Liang", "2014-05-24T10:00:00Z", "The bug has fixed and deployed to production.")
                // AC-852 (tidev/jira-archive, Apache-2.0), comment 2: a colleague of the reporter.
                .comment("bjohnson", "Bryan Johnson", "2015-01-28T10:00:00Z",
                        "This occurs on all machines (Mac OSX Mavericks and Yosemite) in our office.")
                .build();

        assertThat(summarize(t).impact()).extracting(Quote::text)
                .containsExactly("This occurs on all machines (Mac OSX Mavericks and Yosemite) in our office.");
    }

    @Test
    void theReportersOwnUrgencyCountsEvenWhenItAddressesSupport() {
        // AC-352 (tidev/jira-archive, Apache-2.0), description.
        Ticket t = ThreadFixture.ticket("AC-352").reporter("mkucharcik", "Marian Kucharcik")
                .description("The build fails after the update. Please have a look and fix this ASAP.")
                // AC-3172 (tidev/jira-archive, Apache-2.0), as the reporter's reply: "cannot work around" says nothing of who cannot work.
                .reply("2015-11-09T10:00:00Z", "We cannot work around it in the Titanium.")
                .build();

        assertThat(summarize(t).impact()).extracting(Quote::text).containsExactly("Please have a look and fix this ASAP.");
    }

    @Test
    void aUserWhoIsSomethingIsNoImpactUnlessTheUsersAreHurt() {
        Ticket t = ThreadFixture.ticket("AC-1223").reporter("bogdanim36", "Ionescu Bogdan")
                .description("The project never starts on the Android emulator.")
                // AC-1223 (tidev/jira-archive, Apache-2.0), comment 9: the answer to "Is this a machine where you are the admin?"
                .reply("2014-08-01T10:00:00Z", "My windows user is member of Administrators group.")
                .reply("2014-08-02T10:00:00Z", "Since Monday our users are unable to open the app.")
                .build();

        assertThat(summarize(t).impact()).extracting(Quote::text).containsExactly("Since Monday our users are unable to open the app.");
    }

    @Test
    void aThreadWithoutImpactCuesHasNoImpact() {
        assertThat(summarize(ac5955()).impact()).isEmpty();
    }

    @Test
    void everySentenceTheSummaryUsesIsAnExactSentenceOfItsSource() {
        Ticket t = ac5955();
        List<SourceText> sources = ThreadFixture.sources(t);
        Summary s = new Summarizer().summarize(t, sources, EnvironmentBlock.empty(), ThreadLedger.build(t, sources));

        List<Quote> all = new ArrayList<>(s.problem());
        all.addAll(s.impact());
        all.add(s.currentState());
        assertThat(all).hasSizeGreaterThanOrEqualTo(3).allSatisfy(q -> {
            SourceText st = sources.stream().filter(x -> x.ref().kind() == q.source().kind()
                    && Objects.equals(x.ref().commentId(), q.source().commentId())).findFirst().orElseThrow();
            assertThat(st.text().substring(q.source().start(), q.source().end())).isEqualTo(q.text());
        });
    }
}
