package dev.handoff.core.normalize;

import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Comment;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ThreadNormalizerTest {

    static final Person REPORTER = new Person("jdoe", "Jane Doe");
    static final Person AGENT = new Person("agent1", "Sam Agent");
    static final Instant CREATED = Instant.parse("2024-03-01T10:00:00Z");

    private final ThreadNormalizer thread = new ThreadNormalizer();

    static Ticket ticket(String summary, String description, String environment, List<Comment> comments) {
        return new Ticket("AC-1", summary, description, environment, "Bug", "Open", null, null, REPORTER, AGENT,
                CREATED, null, List.of(), List.of(), List.of(), comments, List.of(), List.of(), List.of());
    }

    static Comment comment(int number, String body) {
        return comment(number, body, Visibility.PUBLIC);
    }

    static Comment comment(int number, String body, Visibility visibility) {
        return new Comment("c" + number, number, number % 2 == 0 ? AGENT : REPORTER,
                CREATED.plusSeconds(3600L * number), body, visibility);
    }

    private static String text(List<SourceText> texts, SourceRef.Kind kind, int commentNumber) {
        return texts.stream()
                .filter(t -> t.ref().kind() == kind && t.ref().commentNumber() == commentNumber)
                .map(SourceText::text).findFirst().orElse(null);
    }

    @Test
    void fields_and_comments_come_in_thread_order_with_full_span_references() {
        Comment c1 = comment(1, "Which *SDK* do you use?");
        Comment c2 = comment(2, "SDK 5.2.0.GA");
        List<SourceText> out = thread.normalize(ticket("App crashes", "It crashes on _start_.", "iOS 9.3", List.of(c1, c2)),
                Audience.agents(2));

        assertThat(out).extracting(t -> t.ref().kind()).containsExactly(SourceRef.Kind.SUMMARY,
                SourceRef.Kind.DESCRIPTION, SourceRef.Kind.ENVIRONMENT_FIELD, SourceRef.Kind.COMMENT, SourceRef.Kind.COMMENT);
        assertThat(out).extracting(SourceText::text).containsExactly("App crashes", "It crashes on start.", "iOS 9.3",
                "Which SDK do you use?", "SDK 5.2.0.GA");
        SourceText description = out.get(1);
        assertThat(description.ref().author()).isEqualTo(REPORTER);
        assertThat(description.ref().when()).isEqualTo(CREATED);
        assertThat(description.ref().visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(description.ref().start()).isZero();
        assertThat(description.ref().end()).isEqualTo(description.text().length());
        SourceRef second = out.get(4).ref();
        assertThat(second.commentId()).isEqualTo("c2");
        assertThat(second.commentNumber()).isEqualTo(2);
        assertThat(second.author()).isEqualTo(AGENT);
        assertThat(second.when()).isEqualTo(c2.created());
        assertThat(second.end()).isEqualTo("SDK 5.2.0.GA".length());
    }

    @Test
    void blank_environment_and_empty_sources_are_left_out() {
        List<SourceText> out = thread.normalize(ticket("Crash", "Crash log below", "  ",
                List.of(comment(1, "{code}\n\n{code}"), comment(2, "ok"))), Audience.agents(2));
        assertThat(out).extracting(t -> t.ref().kind()).containsExactly(SourceRef.Kind.SUMMARY,
                SourceRef.Kind.DESCRIPTION, SourceRef.Kind.COMMENT);
        assertThat(out.get(2).ref().commentNumber()).isEqualTo(2);
    }

    @Test
    void comments_the_audience_may_not_see_are_left_out_entirely() {
        Comment secret = comment(1, "Internal: customer is on the legacy cluster eu-3", Visibility.group("tier3"));
        Comment internal = comment(2, "JSM internal note", Visibility.INTERNAL);
        Comment visible = comment(3, "Public answer");
        Ticket t = ticket("S", "D", "", List.of(secret, internal, visible));

        assertThat(thread.normalize(t, Audience.agents(2))).extracting(SourceText::text)
                .containsExactly("S", "D", "JSM internal note", "Public answer");
        assertThat(thread.normalize(t, new Audience(3, Set.of("tier3"), Set.of(), false))).extracting(SourceText::text)
                .containsExactly("S", "D", "Internal: customer is on the legacy cluster eu-3", "JSM internal note", "Public answer");
        assertThat(thread.normalize(t, new Audience(1, Set.of(), Set.of(), true))).extracting(SourceText::text)
                .containsExactly("S", "D", "Public answer");
    }

    @Test
    void a_quote_of_an_earlier_comment_is_removed_from_the_later_one() {
        // AC-200 comment 2 quotes the Alloy guide; here the quoted text is an earlier comment.
        String earlier = "Create a folder called {{lib}} in the {{app}} directory of your Alloy project.\n"
                + "Add your CommonJS modules into the lib folder.";
        String later = "{quote}\nCreate a folder called {{lib}} in the {{app}} directory of your Alloy project.\n"
                + "Add your CommonJS modules into the lib folder.\n{quote}\n\nso I put my {{moment.js}} into {{app/lib}}, but still got exception";
        List<SourceText> out = thread.normalize(ticket("S", "D", "", List.of(comment(1, earlier), comment(2, later))),
                Audience.agents(2));
        assertThat(text(out, SourceRef.Kind.COMMENT, 2)).isEqualTo("so I put my moment.js into app/lib, but still got exception");
    }

    @Test
    void a_quote_of_text_not_in_the_thread_is_kept() {
        String later = "In the document it says:\n{quote}\nSome JavaScript code might not be suitable as controller code.\n{quote}\nWhy?";
        List<SourceText> out = thread.normalize(ticket("S", "D", "", List.of(comment(1, "hello"), comment(2, later))),
                Audience.agents(2));
        assertThat(text(out, SourceRef.Kind.COMMENT, 2))
                .isEqualTo("In the document it says:\nSome JavaScript code might not be suitable as controller code.\nWhy?");
    }

    @Test
    void a_quote_of_part_of_an_earlier_line_is_removed() {
        String earlier = "The app crashes when the window opens twice in a row on iOS 9, see the log.";
        String later = "bq. crashes when the window opens twice in a row\nDoes it happen on iOS 10 too?";
        List<SourceText> out = thread.normalize(ticket("S", earlier, "", List.of(comment(1, later))), Audience.agents(2));
        assertThat(text(out, SourceRef.Kind.COMMENT, 1)).isEqualTo("Does it happen on iOS 10 too?");
    }

    @Test
    void an_e_mail_style_quote_of_the_previous_comment_is_removed() {
        String agent = "Could you send us the output of ti info?\nWe also need the SDK version.";
        String reply = "Here it is: SDK 5.2.0.GA, CLI 5.0.6.\n\n> Could you send us the output of ti info?\n> We also need the SDK version.";
        List<SourceText> out = thread.normalize(ticket("S", "D", "", List.of(comment(1, agent), comment(2, reply))),
                Audience.agents(2));
        assertThat(text(out, SourceRef.Kind.COMMENT, 2)).isEqualTo("Here it is: SDK 5.2.0.GA, CLI 5.0.6.");
    }

    @Test
    void a_log_pasted_again_is_replaced_by_a_note_naming_where_it_first_appeared() {
        String log = "[ERROR] :  TiApplication: (main) [10813,10813] Sending event: exception on thread: main\n"
                + "[ERROR] :  TiApplication: \tat android.app.ActivityThread.main(ActivityThread.java:5001)\n"
                + "[ERROR] :  TiApplication: \tat dalvik.system.NativeStart.main(Native Method)\n";
        Comment first = comment(1, "Crash on start:\n{code}\n" + log + "{code}");
        Comment again = comment(2, "Still happens with 5.2.1:\n{code}\n" + log + "{code}\nAny news?");
        List<SourceText> out = thread.normalize(ticket("S", "D", "", List.of(first, again)), Audience.agents(2));

        assertThat(text(out, SourceRef.Kind.COMMENT, 1)).contains("NativeStart.main");
        assertThat(text(out, SourceRef.Kind.COMMENT, 2))
                .isEqualTo("Still happens with 5.2.1:\n[log repeated from comment 1]\nAny news?");
    }

    @Test
    void a_log_from_the_description_pasted_in_a_comment_names_the_description() {
        String log = "line one of the build output with enough characters\nline two of the build output\nline three of the output\n";
        List<SourceText> out = thread.normalize(ticket("S", "Build fails:\n" + log, "",
                List.of(comment(1, "Same here:\n" + log))), Audience.agents(2));
        assertThat(text(out, SourceRef.Kind.COMMENT, 1)).isEqualTo("Same here:\n[repeated from description]");
    }

    @Test
    void a_long_line_repeated_alone_is_replaced_but_short_repeated_lines_stay() {
        String longLine = "java.lang.RuntimeException: Unable to start activity ComponentInfo{com.x/com.x.Main}: boom";
        List<SourceText> out = thread.normalize(ticket("S", "Error: " + longLine.substring(0, 10) + "\n" + longLine + "\nThanks",
                "", List.of(comment(1, "Thanks\n" + longLine))), Audience.agents(2));
        assertThat(text(out, SourceRef.Kind.COMMENT, 1)).isEqualTo("Thanks\n[repeated from description]");
    }

    @Test
    void a_comment_that_only_repeats_earlier_text_is_dropped_when_nothing_is_left() {
        String earlier = "Could you send us the output of ti info please?";
        List<SourceText> out = thread.normalize(ticket("S", "D", "", List.of(comment(1, earlier),
                comment(2, "{quote}Could you send us the output of ti info please?{quote}"))), Audience.agents(2));
        assertThat(out).extracting(t -> t.ref().commentNumber()).containsExactly(0, 0, 1);
    }

    @Test
    void three_short_lines_repeated_are_not_taken_for_a_log() {
        String shortLines = "Hi,\nok\nThanks";
        List<SourceText> out = thread.normalize(ticket("S", shortLines, "", List.of(comment(1, shortLines))),
                Audience.agents(2));
        assertThat(text(out, SourceRef.Kind.COMMENT, 1)).isEqualTo(shortLines);
    }

    @Test
    void repeated_text_in_a_hidden_comment_does_not_name_it_in_a_visible_one() {
        String log = "first line of a long stack trace that repeats\nsecond line of the stack trace\nthird line of the trace\n";
        Ticket t = ticket("S", "D", "", List.of(comment(1, log, Visibility.group("tier3")), comment(2, "Seen:\n" + log)));
        List<SourceText> out = thread.normalize(t, Audience.agents(2));
        assertThat(text(out, SourceRef.Kind.COMMENT, 2)).isEqualTo("Seen:\n" + log.strip());
    }

    @Test
    void a_thread_of_200_comments_normalises_fast() {
        List<Comment> comments = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            log.append("[ERROR] TiExceptionHandler: (main) at ti.modules.titanium.ui.WindowProxy.open(WindowProxy.java:")
                    .append(100 + i).append(")\n");
        }
        for (int i = 1; i <= 200; i++) {
            String body = "Comment " + i + ": I tried *SDK 5." + i + ".0.GA* on [~jdoe]'s device, see [log|http://x.io/" + i
                    + "].\n{code}\n" + log + "{code}\n> quoted line from comment " + (i - 1) + "\nRegards,\nJane Doe";
            comments.add(comment(i, body));
        }
        Ticket t = ticket("Crash", "Description with a {{monospace}} word", "", comments);
        long totalChars = comments.stream().mapToLong(c -> c.body().length()).sum();
        assertThat(totalChars).isGreaterThan(150_000);
        for (int i = 0; i < 100; i++) {
            thread.normalize(t, Audience.agents(2));   // warm up the JIT
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            thread.normalize(t, Audience.agents(2));
            best = Math.min(best, System.nanoTime() - start);
        }
        // The budget is 10 ms; the margin absorbs a busy shared machine.
        assertThat(best / 1_000_000.0).isLessThan(30.0);
        assertThat(text(thread.normalize(t, Audience.agents(2)), SourceRef.Kind.COMMENT, 7))
                .contains("[log repeated from comment 1]");
    }
}
