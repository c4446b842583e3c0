package dev.handoff.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.core.ledger.RealSentences;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The comparison key built in a char array is the key the string builder built. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LineKeyTest {

    @Test
    void every_real_line_and_odd_whitespace_gets_the_same_key_as_before() {
        List<String> lines = new ArrayList<>(List.of("", " ", "  A  b\tC ", "\u001Fx\u001Cy", "\u00A0x\u2003y\u3000",
                "\u0130stanbul \u03A3\u039F\u03A3", "MiXeD\u000BCase\fend\r", "\u00C9T\u00C9"));
        for (String text : RealSentences.texts()) {
            lines.addAll(List.of(text.split("\n", -1)));
        }
        for (String line : lines) {
            assertThat(ThreadNormalizer.key(line)).as(line).isEqualTo(builderKey(line));
        }
    }

    private static String builderKey(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (Character.isWhitespace(ch)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(Character.toLowerCase(ch));
        }
        return sb.toString();
    }
}
