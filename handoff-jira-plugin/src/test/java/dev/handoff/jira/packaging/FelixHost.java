package dev.handoff.jira.packaging;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A real Apache Felix framework with one "host" bundle standing in for Jira: it carries the API surface
 * and the real third-party jars on its Bundle-ClassPath and exports exactly the packages of an export
 * list (at the listed versions), as Jira's system bundle would.
 */
final class FelixHost implements AutoCloseable {

    final Framework framework;
    final Bundle host;

    FelixHost(Path work, Path hostJarsDir, String exportList) throws Exception {
        Files.createDirectories(work);
        Path hostBundle = buildHostBundle(work.resolve("jira-host.jar"), hostJarsDir, readExports(exportList));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, work.resolve("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
        host = framework.getBundleContext().installBundle(hostBundle.toUri().toString());
        host.start();
    }

    Bundle install(Path pluginJar) throws Exception {
        return framework.getBundleContext().installBundle(pluginJar.toUri().toString());
    }

    static String readExports(String resource) throws IOException {
        try (InputStream in = FelixHost.class.getResourceAsStream("/host/" + resource)) {
            List<String> packages = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    packages.add(l);
                }
            }
            return String.join(",", packages);
        }
    }

    private static Path buildHostBundle(Path target, Path jarsDir, String exports) throws IOException {
        List<Path> jars;
        try (Stream<Path> s = Files.list(jarsDir)) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        a.putValue(Constants.BUNDLE_SYMBOLICNAME, "jira.host");
        a.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        a.putValue(Constants.EXPORT_PACKAGE, exports);
        StringBuilder classPath = new StringBuilder(".");
        for (Path jar : jars) {
            classPath.append(",lib/").append(jar.getFileName());
        }
        a.putValue(Constants.BUNDLE_CLASSPATH, classPath.toString());
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream jos = new JarOutputStream(out, mf)) {
            for (Path jar : jars) {
                jos.putNextEntry(new JarEntry("lib/" + jar.getFileName()));
                Files.copy(jar, jos);
                jos.closeEntry();
            }
        }
        return target;
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }
}
