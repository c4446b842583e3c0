package dev.handoff.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The first-character gates in front of the greeting and code patterns change no answer. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextCuesGatesTest {

    private static final List<String> SNIPPETS = List.of("Hi John, it fails.", "HELLO [~jdoe], [~ann], see below.",
            "@ann: done", "Dear team: x", "Guten Tag, hier", "Bonjour, merci", "Buenos d\u00edas, gracias", "Greetings! x",
            "hey", "Hi", "[~a], [~b]: help", "var x = 1", "let y", "const z", "function f()", "import a.b;", "export x",
            "return 1", "if (x)", "for(;;)", "while (true)", "public void x", "private int y", "class A", "<div>", "}", "{",
            "// note", "/* c */", "* item", "[ERROR] boom", "at com.x.Y(Y.java:1)", "Varnish is fine", "iffy", "at home");

    @Test
    void address_length_is_what_the_greeting_pattern_alone_gives_on_every_real_sentence() {
        for (String s : texts()) {
            assertThat(TextCues.addressLength(s)).as(s).isEqualTo(slowAddressLength(s));
        }
    }

    @Test
    void code_is_recognised_as_the_pattern_and_symbol_count_alone_recognise_it_on_every_real_sentence() {
        for (String s : texts()) {
            assertThat(TextCues.looksLikeCode(s)).as(s).isEqualTo(slowLooksLikeCode(s));
        }
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(RealSentences.all());
        texts.addAll(SNIPPETS);
        return texts;
    }

    private static int slowAddressLength(String sentence) {
        int total = 0;
        for (int k = 0; k < 3; k++) {
            Matcher m = TextCues.GREETING.matcher(sentence).region(total, sentence.length());
            if (!m.lookingAt() || m.end() == total) {
                break;
            }
            total = m.end();
        }
        return total;
    }

    private static boolean slowLooksLikeCode(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty()) {
            return true;
        }
        if (TextCues.CODE_START.matcher(s).lookingAt()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        if (last == ';' || last == '{' || last == '}' || last == ',' && s.indexOf('(') >= 0 && s.indexOf(' ') < 0) {
            return true;
        }
        if (s.matches("(?s)[\"'][{\\[].*") || s.matches("(?s)\".*\":.*")) {
            return true;
        }
        if (TextCues.LOG_TIME.matcher(s).lookingAt() || TextCues.commandFlags(s) >= 3 || TextCues.propertyLines(s) >= 2) {
            return true;
        }
        int symbols = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if ("{}[]()<>=;:$&|\\/\"'`*+#".indexOf(c) >= 0) {
                symbols++;
            }
        }
        return letters == 0 || symbols * 2 > letters;
    }
}
