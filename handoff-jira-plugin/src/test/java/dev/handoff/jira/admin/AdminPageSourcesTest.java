package dev.handoff.jira.admin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin screen's template, script, descriptor and both bundles held together. */
class AdminPageSourcesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    private static String read(String path) throws IOException {
        return Files.readString(RESOURCES.resolve(path), StandardCharsets.UTF_8);
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve("i18n/" + name))) {
            p.load(in);
        }
        return p;
    }

    @Test
    void every_method_the_template_calls_is_in_the_velocity_allowlist() throws IOException {
        String vm = read("templates/admin/handoff-admin.vm");
        String descriptor = read("atlassian-plugin.xml");
        Matcher calls = Pattern.compile("\\$!?\\{?([A-Za-z]+)\\.([A-Za-z]+)").matcher(vm.replaceAll("(?m)^##.*$", ""));
        List<String> methods = new ArrayList<>();
        while (calls.find()) {
            assertThat(calls.group(1)).as("only $label has methods in the template").isEqualTo("label");
            String name = calls.group(2);
            methods.add("dev.handoff.jira.admin.AdminPageLabel#get" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "()");
        }
        assertThat(methods).containsExactly("dev.handoff.jira.admin.AdminPageLabel#getAttribute()",
                "dev.handoff.jira.admin.AdminPageLabel#getText()");
        for (String m : methods) {
            assertThat(descriptor).contains("<method>" + m + "</method>");
        }
    }

    @Test
    void the_script_defaults_are_exactly_the_label_ids() throws IOException {
        String js = read("admin/handoff-admin.js");
        String defaults = js.substring(js.indexOf("var DEFAULTS = {"), js.indexOf("};", js.indexOf("var DEFAULTS = {")));
        Matcher ids = Pattern.compile("(?m)^\\s*'([^']+)':").matcher(defaults);
        Set<String> found = new LinkedHashSet<>();
        while (ids.find()) {
            found.add(ids.group(1));
        }
        assertThat(found).containsExactlyElementsOf(AdminPageLabel.IDS);
    }

    @Test
    void every_label_and_menu_key_is_translated_in_english_and_german() throws IOException {
        Properties en = bundle("handoff.properties");
        Properties de = bundle("handoff_de.properties");
        List<String> keys = new ArrayList<>(AdminPageLabel.IDS.stream().map(AdminPageLabel::i18nKey).toList());
        keys.addAll(List.of("handoff.admin.menu.section", "handoff.admin.menu.link", "handoff.admin.resources.description"));
        for (String key : keys) {
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
            assertThat(de.getProperty(key)).as("de " + key).isNotBlank();
        }
        assertThat(de.getProperty("handoff.admin.save")).isNotEqualTo(en.getProperty("handoff.admin.save"));
    }

    /**
     * Labels are escaped by the servlet; should the renderer escape again, text without these characters still reads
     * the same. Apostrophes would also be eaten by MessageFormat.
     */
    @Test
    void no_label_contains_a_character_that_escaping_changes() throws IOException {
        for (Properties p : List.of(bundle("handoff.properties"), bundle("handoff_de.properties"))) {
            for (String id : AdminPageLabel.IDS) {
                assertThat(p.getProperty(AdminPageLabel.i18nKey(id))).as(id).doesNotContainPattern("[&<>\"']");
            }
        }
    }
}
