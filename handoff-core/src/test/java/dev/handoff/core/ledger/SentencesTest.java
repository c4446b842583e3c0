package dev.handoff.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.core.ledger.Sentences.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> texts(String text) {
        return Sentences.split(text).stream().map(s -> s.in(text)).toList();
    }

    @Test
    void sentencesEndAtTerminalPunctuationButNotAfterAbbreviationsInitialsOrVersions() {
        assertThat(texts("Tested on e.g. Android 8.0.1 with J. Doe. It fails! Why? ok then."))
                .containsExactly("Tested on e.g. Android 8.0.1 with J. Doe.", "It fails!", "Why?", "ok then.");
    }

    @Test
    void aLineBreakEndsASentenceUnlessTheLineWrapsMidSentence() {
        // AC-6181 (tidev/jira-archive, Apache-2.0): a question wrapped by the mail client.
        assertThat(texts("Can you test the issue on SDK 8.0.0.GA and share a\nsimple test case to demonstrate what you are trying?\nThanks\n[ERROR] : boom"))
                .containsExactly("Can you test the issue on SDK 8.0.0.GA and share a\nsimple test case to demonstrate what you are trying?",
                        "Thanks", "[ERROR] : boom");
    }

    @Test
    void aBracketedExclamationOrQuestionMarkIsAnAsideNotASentenceEnd() {
        // AC-1640 (tidev/jira-archive, Apache-2.0)
        assertThat(texts("I've been waiting for your answer for 3 (!) months. But you did not wait even 5 days."))
                .containsExactly("I've been waiting for your answer for 3 (!) months.", "But you did not wait even 5 days.");
    }

    @Test
    void aCommandLinePromptWithItsTypedAnswerIsTerminalOutputNotASentence() {
        // AC-5409: "appc new" pasted from a terminal
        assertThat(texts("Error still exists\n$ appc new\n? What's the project name? myFirstApp\n"
                + "? Appcelerator ID: jdoe\n? Is this a bug or did I do something wrong?\n"))
                .containsExactly("Error still exists", "$ appc new", "?", "Is this a bug or did I do something wrong?");
    }

    @Test
    void numberedAndHashListItemsCarryTheirNumberAndLoseTheirMarker() {
        String text = "1. Which Windows?\n2) Other users?\n# first\n# second\n- bullet";
        List<Sentence> ss = Sentences.split(text);

        assertThat(ss).extracting(s -> s.in(text)).containsExactly("Which Windows?", "Other users?", "first", "second", "bullet");
        assertThat(ss).extracting(Sentence::listNumber).containsExactly(1, 2, 1, 2, 0);
    }

    @Test
    void onlyTheFirstThirtyTwoKilobytesOfASourceAreRead() {
        String text = "Short one. ".repeat(10_000);

        List<Sentence> ss = Sentences.split(text);

        assertThat(ss.get(ss.size() - 1).end()).isLessThanOrEqualTo(Sentences.SCAN_LIMIT);
        assertThat(ss).hasSizeLessThan(3_000);
    }
}
