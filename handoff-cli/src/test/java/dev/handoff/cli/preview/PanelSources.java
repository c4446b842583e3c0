package dev.handoff.cli.preview;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The plugin module's panel files, read from the source tree (tests run in handoff-cli/). */
final class PanelSources {

    static final Path PLUGIN_RESOURCES = Path.of("../handoff-jira-plugin/src/main/resources");
    static final Path JS = PLUGIN_RESOURCES.resolve("panel/handoff-panel.js");
    static final Path CSS = PLUGIN_RESOURCES.resolve("panel/handoff-panel.css");
    static final Path VM = PLUGIN_RESOURCES.resolve("templates/panel/handoff-panel.vm");
    static final Path EN = PLUGIN_RESOURCES.resolve("i18n/handoff.properties");
    static final Path DE = PLUGIN_RESOURCES.resolve("i18n/handoff_de.properties");

    private PanelSources() {
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** Properties files are ISO-8859-1 with \\u escapes, as Jira reads them. */
    static Properties properties(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.ISO_8859_1)) {
            props.load(r);
        }
        return props;
    }
}
