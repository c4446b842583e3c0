package dev.handoff.jira.packaging;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds the plugin's Spring context the way the scanner runtime does in Jira: from the index files
 * in the built jar, host services mocked. A missing {@code @Named} or import shows up here instead of
 * as "0 of N modules enabled" on a customer's Jira.
 */
class SpringWiringIT {

    static final Path JAR = Path.of(System.getProperty("handoff.jira10.jar", "target/handoff-jira10.jar"));

    @Test
    void everyIndexedComponentAndEveryDescriptorClassIsCreatedWithHostServicesMocked() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile()); GenericApplicationContext context = contextFromIndex(jar)) {
            List<String> components = index(jar, "component");
            assertThat(components).as("components in the scanner index").isNotEmpty();
            for (String line : components) {
                assertThat(context.getBean(beanName(line))).as(line).isNotNull();
            }
            PluginDescriptor descriptor;
            try (InputStream xml = jar.getInputStream(jar.getEntry("atlassian-plugin.xml"))) {
                descriptor = new PluginDescriptor(xml);
            }
            for (String className : descriptor.instantiatedClasses()) {
                if (className.startsWith("dev.handoff.")) {
                    Object module = context.getAutowireCapableBeanFactory().createBean(Class.forName(className));
                    assertThat(module).as(className).isNotNull();
                }
            }
        }
    }

    static GenericApplicationContext contextFromIndex(JarFile jar) throws Exception {
        GenericApplicationContext context = new GenericApplicationContext();
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        for (String line : index(jar, "imports")) {
            Class<?> type = Class.forName(line.split("#")[0]);
            registerMock(context, beanName(line), type);
        }
        for (String line : index(jar, "component")) {
            context.registerBean(beanName(line), Class.forName(line.split("#")[0]));
        }
        context.refresh();
        return context;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void registerMock(GenericApplicationContext context, String name, Class type) {
        context.registerBean(name, type, () -> Mockito.mock(type));
    }

    static String beanName(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(hash + 1);
    }

    static List<String> index(JarFile jar, String file) throws Exception {
        ZipEntry entry = jar.getEntry("META-INF/plugin-components/" + file);
        List<String> out = new ArrayList<>();
        if (entry == null) {
            return out;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line.trim());
                }
            }
        }
        return out;
    }
}
