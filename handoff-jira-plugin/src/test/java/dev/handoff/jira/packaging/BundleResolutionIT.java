package dev.handoff.jira.packaging;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;

import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installable jars in a real OSGi framework: they resolve against a host exporting only what
 * Jira exports, every Handoff class links through the bundle class loader, and the embedded
 * langchain4j Ollama client and Lucene index work inside the bundle.
 */
class BundleResolutionIT {

    private static HttpServer fakeOllama;

    @BeforeAll
    static void startFakeOllama() throws Exception {
        fakeOllama = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fakeOllama.createContext("/api/chat", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] reply = ("{\"model\":\"m\",\"created_at\":\"2026-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\","
                    + "\"content\":\"ok from bundle\"},\"done\":true,\"done_reason\":\"stop\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        fakeOllama.start();
    }

    @AfterAll
    static void stopFakeOllama() {
        fakeOllama.stop(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "jira10, handoff.jira10.jar, jira10-exports.txt",
            "jira11, handoff.jira11.jar, jira11-exports.txt"})
    void thePluginResolvesLinksAndRunsItsEmbeddedLibrariesInsideTheBundle(String host, String jarProperty, String exports) throws Exception {
        Path jar = Path.of(System.getProperty(jarProperty));
        Path hostDir = Path.of(System.getProperty("handoff.host.dir")).resolve(host);
        try (FelixHost felix = new FelixHost(Path.of("target", "felix-" + host), hostDir, exports)) {
            Bundle plugin = felix.install(jar);
            plugin.start();
            assertThat(plugin.getState()).isEqualTo(Bundle.ACTIVE);

            List<String> failures = new ArrayList<>();
            int loaded = 0;
            for (String className : handoffClasses(jar)) {
                try {
                    Class<?> c = plugin.loadClass(className);
                    // Resolving every signature type proves the class links, not just that its bytes exist.
                    c.getDeclaredMethods();
                    c.getDeclaredFields();
                    c.getDeclaredConstructors();
                    assertThat(c.getClassLoader()).as(className).isNotSameAs(getClass().getClassLoader());
                    loaded++;
                } catch (Throwable t) {
                    failures.add(className + ": " + t);
                }
            }
            assertThat(failures).as("classes that do not link inside the bundle").isEmpty();
            assertThat(loaded).isGreaterThan(20);

            assertThat(chatThroughBundle(plugin)).isEqualTo("ok from bundle");
            assertThat(searchThroughBundle(plugin)).isEqualTo("kb/outlook.md");
        }
    }

    /** Handoff's own classes, wherever bnd put them. */
    private static List<String> handoffClasses(Path jar) throws Exception {
        List<String> out = new ArrayList<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (JarEntry e : Collections.list(jf.entries())) {
                String n = e.getName();
                if (n.startsWith("dev/handoff/") && n.endsWith(".class") && !n.endsWith("package-info.class")) {
                    out.add(n.substring(0, n.length() - 6).replace('/', '.'));
                }
            }
        }
        return out;
    }

    /** Builds the Ollama chat model inside the bundle and calls the loopback server, with a foreign context class loader. */
    private static String chatThroughBundle(Bundle plugin) throws Exception {
        Class<?> settings = plugin.loadClass("dev.handoff.llm.OllamaSettings");
        Object s = settings.getConstructors()[0].newInstance(
                URI.create("http://127.0.0.1:" + fakeOllama.getAddress().getPort()), "m",
                Duration.ofSeconds(2), Duration.ofSeconds(5), 2048);
        Class<?> models = plugin.loadClass("dev.handoff.llm.OllamaModels");
        Object model = models.getMethod("chatModel", settings).invoke(null, s);
        Class<?> chatModel = plugin.loadClass("dev.langchain4j.model.chat.ChatModel");
        Method chat = chatModel.getMethod("chat", String.class);
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        try {
            // Jira leaves its own webapp loader as the context loader; the plugin must not depend on it.
            t.setContextClassLoader(ClassLoader.getPlatformClassLoader());
            Class<?> scope = plugin.loadClass("dev.handoff.llm.PluginClassLoader");
            java.util.function.Supplier<Object> call = () -> {
                try {
                    return chat.invoke(model, "ping");
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e.getCause());
                }
            };
            return (String) scope.getMethod("call", java.util.function.Supplier.class).invoke(null, call);
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    private static String searchThroughBundle(Bundle plugin) throws Exception {
        Class<?> doc = plugin.loadClass("dev.handoff.search.KnowledgeDocument");
        Object d1 = doc.getConstructors()[0].newInstance("kb/outlook.md", "Outlook crashes on start", "Start Outlook in safe mode.", 1);
        Object d2 = doc.getConstructors()[0].newInstance("kb/printer.md", "Printer offline", "Restart the spooler.", 1);
        Class<?> indexClass = plugin.loadClass("dev.handoff.search.KnowledgeIndex");
        try (AutoCloseable index = (AutoCloseable) indexClass.getConstructor(List.class).newInstance(List.of(d1, d2))) {
            List<?> hits = (List<?>) indexClass.getMethod("search", String.class, int.class, int.class).invoke(index, "outlook crash", 3, 1);
            return (String) hits.get(0).getClass().getMethod("id").invoke(hits.get(0));
        }
    }
}
