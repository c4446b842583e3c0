package dev.handoff.build.scanner;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles small Java sources held in strings with the JDK compiler, writing classes and index files to a
 * directory, with the test doubles of the Atlassian/Spring/JSR-330 annotations (compiled into test-classes)
 * and the processor (target/classes) on the classpath, the way a consumer module sees them.
 */
final class InMemoryCompiler {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|enum|record)\\s+(\\w+)");

    private InMemoryCompiler() {
    }

    /** Runs javac with the processor given explicitly (no service discovery). */
    static Result compile(Path outputDir, String... sources) {
        return run(outputDir, Optional.of(new ScannerIndexProcessor()), sources);
    }

    /** Runs javac letting it discover processors through META-INF/services on the classpath. */
    static Result compileDiscoveringProcessors(Path outputDir, String... sources) {
        return run(outputDir, Optional.empty(), sources);
    }

    private static Result run(Path outputDir, Optional<Processor> processor, String... sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classpath = location(ComponentImport.class) + File.pathSeparator + location(ScannerIndexProcessor.class);
        List<String> options = List.of("--release", "17", "-classpath", classpath, "-d", outputDir.toString(),
                "-Xlint:-processing");
        List<JavaFileObject> units = new ArrayList<>();
        for (String source : sources) {
            units.add(new StringSource(source));
        }
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(out, files, diagnostics, options, null, units);
            processor.ifPresent(p -> task.setProcessors(List.of(p)));
            boolean success = task.call();
            return new Result(success, diagnostics.getDiagnostics(), outputDir, out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path outputDir,
                  String compilerOutput) {

        List<String> errors() {
            return messages(Diagnostic.Kind.ERROR);
        }

        List<String> warnings() {
            return messages(Diagnostic.Kind.WARNING, Diagnostic.Kind.MANDATORY_WARNING);
        }

        private List<String> messages(Diagnostic.Kind... kinds) {
            List<Diagnostic.Kind> wanted = List.of(kinds);
            return diagnostics.stream()
                    .filter(d -> wanted.contains(d.getKind()))
                    .map(d -> d.getMessage(Locale.ROOT))
                    .collect(Collectors.toList());
        }

        /** Content of {@code META-INF/plugin-components/<name>}, or empty when the file was not written. */
        Optional<String> index(String name) {
            Path file = outputDir.resolve(ScannerIndexProcessor.INDEX_DIR).resolve(name);
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String requiredIndex(String name) {
            return index(name).orElseThrow(() -> new AssertionError("no index file " + name + "; diagnostics: "
                    + diagnostics));
        }

        @Override
        public String toString() {
            return "success=" + success + ", diagnostics=" + diagnostics;
        }
    }

    private static final class StringSource extends SimpleJavaFileObject {
        private final String code;

        StringSource(String code) {
            super(URI.create("string:///" + path(code)), Kind.SOURCE);
            this.code = code;
        }

        private static String path(String code) {
            Matcher pkg = PACKAGE.matcher(code);
            Matcher type = TYPE.matcher(code);
            if (!type.find()) {
                throw new IllegalArgumentException("no top-level type in source:\n" + code);
            }
            String prefix = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
            return prefix + type.group(1) + ".java";
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
