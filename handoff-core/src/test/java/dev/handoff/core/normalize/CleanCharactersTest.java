package dev.handoff.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.core.ledger.RealSentences;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Copying runs of ordinary characters at once gives the text that copying them one by one gave. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CleanCharactersTest {

    @Test
    void every_real_text_and_every_special_character_comes_out_as_before() {
        List<String> texts = new ArrayList<>(RealSentences.texts());
        texts.addAll(List.of("", "a", "\n", "\r\n\r\n\r\n", "a\r\n\r\n\r\nb", " \t \n \n\nx", "a\u2028b\u2029c\u0085d",
                "zero\u200Bwidth\u200C\u200D\u2060\uFEFF\u00ADsoft", "nb\u00A0sp\u2007\u202F\u2002\u2003\u2009\u3000x",
                "\u00A0\n\u00A0\n\u00A0\nx", "\u001F\n\u001F\n\nx", "\u0084\u0085\u0086", "end\r", "\r", "x\n\n"));
        for (String t : texts) {
            assertThat(MarkupNormalizer.cleanCharacters(t)).as(t).isEqualTo(oneByOne(t));
        }
    }

    /** The character-by-character version this replaced. */
    private static String oneByOne(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        int lineStart = 0;
        boolean lineBlank = true;
        int blankLines = 0;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            switch (ch) {
                case '\r', '\n', '\u2028', '\u2029', '\u0085' -> {
                    if (ch == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (lineBlank && ++blankLines > 1) {
                        sb.setLength(lineStart);
                        continue;
                    }
                    if (!lineBlank) {
                        blankLines = 0;
                    }
                    sb.append('\n');
                    lineStart = sb.length();
                    lineBlank = true;
                }
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                }
                case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009', '\u3000' -> sb.append(' ');
                default -> {
                    sb.append(ch);
                    lineBlank &= Character.isWhitespace(ch);
                }
            }
        }
        return sb.toString();
    }
}
