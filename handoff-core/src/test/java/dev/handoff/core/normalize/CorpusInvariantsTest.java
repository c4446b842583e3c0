package dev.handoff.core.normalize;

import dev.handoff.core.normalize.NormalizedLine.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the normaliser over every description and comment of 500 real AC issues (see
 * src/test/resources/normalize/README.md) and checks what must hold for any input.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CorpusInvariantsTest {

    record Text(String key, String where, String raw) {
        @Override
        public String toString() {
            return key + " " + where;
        }
    }

    private static final Pattern CODE_BLOCK = Pattern.compile("(?s)\\{(code|noformat)(?::[^}\\n]*)?\\}(.*?)\\{\\1\\}");
    private static final Pattern STRUCTURE_TAG = Pattern.compile("\\{(?:code|noformat|quote|panel)[:}]");

    private static List<Text> texts;
    private final MarkupNormalizer normalizer = new MarkupNormalizer();

    @BeforeAll
    static void load() throws IOException {
        texts = new ArrayList<>();
        try (InputStream in = CorpusInvariantsTest.class.getResourceAsStream("/normalize/ac-sample-texts.tsv.gz");
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", 3);
                texts.add(new Text(f[0], f[1], JsonString.unescape(f[2])));
            }
        }
    }

    @Test
    void the_sample_is_the_500_issues_it_claims_to_be() {
        // three of the 500 issues have neither description nor comments
        assertThat(texts.stream().map(Text::key).distinct().count()).isEqualTo(497);
        assertThat(texts).hasSizeGreaterThan(1500);
        assertThat(texts.stream().filter(t -> t.raw().contains("{code")).count()).isGreaterThan(100);
    }

    @Test
    void no_block_tag_survives_outside_code_content() {
        for (Text t : texts) {
            for (NormalizedLine line : normalizer.lines(t.raw())) {
                if (line.kind() != Kind.CODE) {
                    assertThat(STRUCTURE_TAG.matcher(line.text()).find()).as("%s: %s", t, line.text()).isFalse();
                }
            }
        }
    }

    @Test
    void output_is_never_much_longer_than_input() {
        for (Text t : texts) {
            String out = normalizer.normalize(t.raw());
            assertThat(out.length()).as(t.toString()).isLessThanOrEqualTo((int) (t.raw().length() * 1.1) + 1);
        }
    }

    @Test
    void every_line_of_every_code_block_survives_verbatim() {
        int checked = 0;
        for (Text t : texts) {
            String clean = MarkupNormalizer.cleanCharacters(t.raw());
            String out = normalizer.normalize(t.raw());
            Set<String> outLines = new HashSet<>(List.of(out.split("\n")));
            Matcher m = CODE_BLOCK.matcher(clean);
            while (m.find()) {
                String content = m.group(2);
                if (content.indexOf('\n') < 0) {
                    // {code}x{code} inside a sentence stays inside the sentence
                    assertThat(out).as("%s lost inline code", t).contains(content.strip());
                    checked++;
                    continue;
                }
                for (String codeLine : content.split("\n")) {
                    if (!codeLine.isBlank()) {
                        assertThat(outLines).as("%s lost a code line", t).contains(codeLine.stripTrailing());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(5000);
    }

    /** The smallest JSON string reader that the sample needs: core may not depend on a JSON library. */
    static final class JsonString {
        static String unescape(String quoted) {
            if (quoted.length() < 2 || quoted.charAt(0) != '"' || quoted.charAt(quoted.length() - 1) != '"') {
                throw new IllegalArgumentException("not a JSON string: " + quoted);
            }
            StringBuilder sb = new StringBuilder(quoted.length());
            for (int i = 1; i < quoted.length() - 1; i++) {
                char c = quoted.charAt(i);
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = quoted.charAt(++i);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(quoted.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> sb.append(e);   // \" \\ \/
                }
            }
            return sb.toString();
        }
    }
}
