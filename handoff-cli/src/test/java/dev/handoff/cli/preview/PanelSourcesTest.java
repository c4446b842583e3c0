package dev.handoff.cli.preview;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Script, template, property files and the Java shell agree; the script has no markup sinks. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PanelSourcesTest {

    static List<String> scriptLabelIds() throws Exception {
        String js = PanelSources.read(PanelSources.JS);
        int start = js.indexOf("var DEFAULTS = {");
        String block = js.substring(start, js.indexOf("};", start));
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']+)':\\s*'").matcher(block);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void the_script_never_uses_a_markup_sink() throws Exception {
        String js = PanelSources.read(PanelSources.JS);
        assertThat(js).doesNotContainIgnoringCase("innerHTML")
                .doesNotContainIgnoringCase("outerHTML")
                .doesNotContainIgnoringCase("insertAdjacentHTML")
                .doesNotContain("document.write")
                .doesNotContain("eval(")
                .doesNotContain("new Function")
                .doesNotContain("createContextualFragment")
                .doesNotContain("DOMParser")
                .doesNotContain(".html(")
                .doesNotContain("setAttribute('href'")
                .doesNotContainIgnoringCase("X-Atlassian-Token")
                .contains("credentials: 'same-origin'")
                .contains("['Content-Type'] = 'application/json'")
                .doesNotContain("AJS.")
                .doesNotContain("jQuery(").doesNotContain("$(");
    }

    @Test
    void the_one_place_that_sets_a_link_accepts_only_http_urls_and_paths_of_this_site() throws Exception {
        String js = PanelSources.read(PanelSources.JS);
        assertThat(js.split("\\.href", -1)).as("a.href is set once").hasSize(2);
        int at = js.indexOf(".href");
        String helper = js.substring(js.lastIndexOf("function link(", at), at);
        assertThat(helper).contains("if (!/^(https?:\\/\\/|\\/(?!\\/))/i.test(url))").contains("return el('span'");
    }

    @Test
    void the_java_shell_lists_exactly_the_script_labels_in_order() throws Exception {
        assertThat(PanelShell.LABEL_IDS).containsExactlyElementsOf(scriptLabelIds());
    }

    @Test
    void every_label_has_an_english_and_a_german_text() throws Exception {
        for (var path : List.of(PanelSources.EN, PanelSources.DE)) {
            Properties p = PanelSources.properties(path);
            for (String id : PanelShell.LABEL_IDS) {
                assertThat(p.getProperty(PanelShell.i18nKey(id))).as(path + " " + id).isNotBlank();
            }
        }
    }

    @Test
    void the_velocity_shell_escapes_every_value_and_writes_every_label() throws Exception {
        String vm = PanelSources.read(PanelSources.VM);
        String markup = vm.lines().filter(l -> !l.startsWith("##")).reduce("", (a, b) -> a + b + "\n");
        Set<String> attributes = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(data-[a-z0-9-]+)=\"([^\"]*(?:\"[^\"]*\"[^\"]*)*?)\"(?=\\s|>)").matcher(markup);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            attributes.add(m.group(1));
            values.add(m.group(2));
        }
        List<String> expected = new ArrayList<>(List.of("data-issue-key", "data-rest-base"));
        PanelShell.LABEL_IDS.forEach(id -> expected.add(PanelShell.attributeName(id)));
        assertThat(attributes).containsExactlyElementsOf(expected);
        assertThat(values).allSatisfy(v -> assertThat(v).startsWith("$textutils.htmlEncode(").endsWith(")"));
        for (String id : PanelShell.LABEL_IDS) {
            assertThat(markup).contains("data-i18n-" + id.replace('.', '-') + "=\"$textutils.htmlEncode($i18n.getText(\""
                    + PanelShell.i18nKey(id) + "\"))\"");
        }
        // a data-free shell: one element, no text, no script
        assertThat(markup.strip()).startsWith("<div class=\"handoff-panel\"").endsWith("></div>");
        assertThat(markup).doesNotContain("<script").doesNotContain("$draft").doesNotContain("$!");
    }

    @Test
    void the_java_shell_escapes_hostile_values() {
        String shell = PanelShell.render("SD-1\"><img src=x onerror=alert(1)>", "/rest'x", Map.of("action.approve", "<b>A&B</b>"));
        assertThat(shell).doesNotContain("<img").doesNotContain("<b>")
                .contains("data-issue-key=\"SD-1&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"")
                .contains("data-rest-base=\"/rest&#39;x\"")
                .contains("data-i18n-action-approve=\"&lt;b&gt;A&amp;B&lt;/b&gt;\"");
    }

    @Test
    void the_cli_pom_copies_the_plugin_panel_directory() throws Exception {
        String pom = Files.readString(java.nio.file.Path.of("pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom).contains("<directory>../handoff-jira-plugin/src/main/resources/panel</directory><targetPath>panel</targetPath>");
        assertThat(PanelSourcesTest.class.getResource("/panel/handoff-panel.js")).isNotNull();
        assertThat(PanelSourcesTest.class.getResource("/panel/handoff-panel.css")).isNotNull();
    }
}
