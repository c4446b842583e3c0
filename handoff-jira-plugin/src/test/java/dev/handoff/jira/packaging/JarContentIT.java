package dev.handoff.jira.packaging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What is inside the installable jars, and the reviewed Import-Package of each. */
class JarContentIT {

    private static final Pattern I18N_CALL = Pattern.compile("getText\\(\\s*\"([a-zA-Z0-9_.\\-]+)\"");

    private static Path jar(String which) {
        return Path.of(System.getProperty("handoff." + which + ".jar"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jira10", "jira11"})
    void noAtlassianClassIsPackagedNotEvenInsideAnEmbeddedJar(String which) throws Exception {
        List<String> offenders = new ArrayList<>();
        try (JarFile jf = new JarFile(jar(which).toFile())) {
            for (JarEntry e : Collections.list(jf.entries())) {
                if (e.getName().startsWith("com/atlassian/") || e.getName().startsWith("net/java/ao/")
                        || e.getName().startsWith("com/opensymphony/")) {
                    offenders.add(e.getName());
                }
                if (e.getName().endsWith(".jar")) {
                    try (JarInputStream nested = new JarInputStream(jf.getInputStream(e))) {
                        for (JarEntry n = nested.getNextJarEntry(); n != null; n = nested.getNextJarEntry()) {
                            if (n.getName().startsWith("com/atlassian/") || n.getName().startsWith("org/slf4j/")) {
                                offenders.add(e.getName() + "!" + n.getName());
                            }
                        }
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jira10", "jira11"})
    void importPackageMatchesTheReviewedGoldenFile(String which) throws Exception {
        String header;
        try (JarFile jf = new JarFile(jar(which).toFile())) {
            header = jf.getManifest().getMainAttributes().getValue("Import-Package");
            assertThat(jf.getManifest().getMainAttributes().getValue("Export-Package")).isNull();
            assertThat(jf.getManifest().getMainAttributes().getValue("Atlassian-Plugin-Key")).isEqualTo("dev.handoff.jira");
            assertThat(jf.getManifest().getMainAttributes().getValue("Spring-Context")).isEqualTo("*");
            assertThat(jf.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"))
                    .as("both jars keep one bundle identity, so the Jira 11 jar upgrades the Jira 10 one").isEqualTo("dev.handoff.jira");
        }
        List<String> actual = ManifestClauses.split(header);
        assertThat(actual).as("no bare wildcard import").noneMatch(c -> c.startsWith("*"));
        Path golden = Path.of("src/test/resources/golden/" + which + "-import-package.txt");
        List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(actual)
                .as("Import-Package changed: review it, then run handoff-jira-plugin/update-golden-imports.sh and review %s", golden)
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jira10"})
    void everyDescriptorClassExistsAndEveryI18nKeyIsInEveryLocale(String which) throws Exception {
        try (JarFile jf = new JarFile(jar(which).toFile())) {
            PluginDescriptor d;
            try (InputStream in = jf.getInputStream(jf.getEntry("atlassian-plugin.xml"))) {
                d = new PluginDescriptor(in);
            }
            for (String className : d.classNames()) {
                boolean inJar = jf.getEntry(className.replace('.', '/') + ".class") != null;
                boolean inHost = !inJar && loadable(className);
                assertThat(inJar || inHost).as("class %s exists in the jar or the host surface", className).isTrue();
            }
            Set<String> used = new TreeSet<>(d.i18nKeys());
            for (JarEntry e : Collections.list(jf.entries())) {
                if (e.getName().endsWith(".vm")) {
                    Matcher m = I18N_CALL.matcher(new String(jf.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
            assertThat(used).isNotEmpty();
            List<String> bundles = Collections.list(jf.entries()).stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith("i18n/") && n.endsWith(".properties")).toList();
            assertThat(bundles).contains("i18n/handoff.properties", "i18n/handoff_de.properties");
            for (String bundle : bundles) {
                Properties p = new Properties();
                try (InputStream in = jf.getInputStream(jf.getEntry(bundle))) {
                    p.load(in);
                }
                assertThat(p.stringPropertyNames()).as(bundle).containsAll(used);
            }
        }
    }

    private static boolean loadable(String className) {
        try {
            Class.forName(className, false, JarContentIT.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
