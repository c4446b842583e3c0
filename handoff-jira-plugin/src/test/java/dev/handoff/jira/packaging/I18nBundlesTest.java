package dev.handoff.jira.packaging;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every locale bundle has exactly the English keys, every message is a valid {@link MessageFormat} pattern with the
 * same placeholders as in English, and the files use only escapes {@link Properties} understands, so Jira never shows
 * a raw key, a broken placeholder or mojibake.
 */
class I18nBundlesTest {

    private static final Path DIR = Path.of("src/main/resources/i18n");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|[tnrf\\\\:=#! ]|\\r?\\n|$)", Pattern.MULTILINE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties load(Path file) throws Exception {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
        return p;
    }

    private static List<Path> locales() throws Exception {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.getFileName().toString().matches("handoff_[a-z]{2}(_[A-Z]{2})?\\.properties")).sorted().toList();
        }
    }

    @Test
    void there_is_a_german_bundle_besides_english() throws Exception {
        assertThat(locales()).extracting(p -> p.getFileName().toString()).contains("handoff_de.properties");
    }

    @Test
    void every_locale_has_every_english_key_and_no_other() throws Exception {
        Set<String> english = new TreeSet<>(load(DIR.resolve("handoff.properties")).stringPropertyNames());
        for (Path locale : locales()) {
            assertThat(new TreeSet<>(load(locale).stringPropertyNames())).as(locale.toString()).isEqualTo(english);
        }
    }

    @Test
    void every_message_is_a_valid_pattern_with_the_english_placeholders() throws Exception {
        Properties english = load(DIR.resolve("handoff.properties"));
        List<Path> all = new ArrayList<>(locales());
        all.add(DIR.resolve("handoff.properties"));
        for (Path file : all) {
            Properties bundle = load(file);
            for (String key : bundle.stringPropertyNames()) {
                String message = bundle.getProperty(key);
                assertThat(placeholders(message)).as("%s %s", file.getFileName(), key)
                        .isEqualTo(placeholders(english.getProperty(key, message)));
                if (!placeholders(message).isEmpty()) {
                    new MessageFormat(message); // throws on an unbalanced brace or quote
                    assertThat(message).as("%s %s: a lone apostrophe swallows placeholders; write ''", file.getFileName(), key)
                            .doesNotContainPattern("(?<!')'(?!')");
                }
            }
        }
    }

    @Test
    void the_files_use_only_escapes_that_properties_understands_and_plain_ascii() throws Exception {
        for (Path file : Stream.concat(locales().stream(), Stream.of(DIR.resolve("handoff.properties"))).toList()) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            assertThat(text.chars()).as("%s: non-ASCII characters must be \\uXXXX escapes", file.getFileName())
                    .allMatch(c -> c < 128);
            Matcher backslash = Pattern.compile("\\\\.?", Pattern.DOTALL).matcher(text);
            while (backslash.find()) {
                String found = text.substring(backslash.start(), Math.min(text.length(), backslash.start() + 6));
                assertThat(ESCAPE.matcher(found).lookingAt()).as("%s: escape %s", file.getFileName(), found).isTrue();
                if (found.startsWith("\\\\")) {
                    backslash.region(backslash.start() + 2, text.length());
                }
            }
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
