package dev.handoff.build.scanner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the Atlassian Spring Scanner index ({@code META-INF/plugin-components/component}, {@code imports},
 * {@code exports}, and {@code profile-<name>/...}) at compile time, and rejects wiring that a real Jira would
 * refuse at module-enable time.
 *
 * <p>Annotations are matched by fully-qualified name through {@code javax.lang.model}; this module has no
 * dependency on Spring, javax/jakarta.inject or the Atlassian annotation jar, so it works both against the
 * Handoff compile-only surface module and against the real Atlassian artifacts.
 *
 * <p>The processor claims no annotations (it returns {@code false}), collects across all rounds, and writes the
 * index once, in the final round. It assumes it sees the whole module in one javac run, which is what Maven does
 * (maven-compiler-plugin recompiles every source of the module when anything changed). An IDE's partial
 * recompilation would produce a partial index; build with Maven before deploying.
 */
@SupportedAnnotationTypes("*")
public final class ScannerIndexProcessor extends AbstractProcessor {

    /** Directory the Spring Scanner runtime reads, relative to the class output root. */
    public static final String INDEX_DIR = "META-INF/plugin-components/";
    public static final String COMPONENT_FILE = "component";
    public static final String IMPORTS_FILE = "imports";
    public static final String EXPORTS_FILE = "exports";
    public static final String PROFILE_PREFIX = "profile-";

    static final Set<String> COMPONENT_ANNOTATIONS = Set.of(
            "javax.inject.Named",
            "jakarta.inject.Named",
            "org.springframework.stereotype.Component",
            "org.springframework.stereotype.Service",
            "org.springframework.stereotype.Repository",
            "org.springframework.stereotype.Controller",
            "com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent",
            "com.atlassian.plugin.spring.scanner.annotation.component.ClasspathComponent");

    /**
     * On a constructor parameter or field these declare the variable's (concrete) type as a bean of this plugin,
     * e.g. a class from an embedded jar that carries no annotation itself. {@code @Named} there is a qualifier.
     */
    static final Set<String> VARIABLE_COMPONENT_ANNOTATIONS = Set.of(
            "com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent",
            "com.atlassian.plugin.spring.scanner.annotation.component.ClasspathComponent");

    static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    static final Set<String> IMPORT_ANNOTATIONS = Set.of(
            COMPONENT_IMPORT,
            "com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport");

    static final String EXPORT_AS_SERVICE = "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";
    static final String PROFILE = "com.atlassian.plugin.spring.scanner.annotation.Profile";

    static final Set<String> INJECT_ANNOTATIONS = Set.of("javax.inject.Inject", "jakarta.inject.Inject");
    /** Spring's own constructor marker also settles which constructor Spring uses. */
    static final String AUTOWIRED = "org.springframework.beans.factory.annotation.Autowired";

    /** Index contents keyed by profile; the default (no profile) index has key "". */
    private final Map<String, Index> indexes = new TreeMap<>();
    /** Bean name -> class, per profile, to report clashes. */
    private final Map<String, Map<String, String>> beanNames = new TreeMap<>();
    private final Set<String> visited = new HashSet<>();

    private Elements elements;
    private Types types;
    private Messager messager;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        elements = processingEnv.getElementUtils();
        types = processingEnv.getTypeUtils();
        messager = processingEnv.getMessager();
        indexes.put("", new Index());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
        for (TypeElement type : ElementFilter.typesIn(roundEnv.getRootElements())) {
            visit(type);
        }
        if (roundEnv.processingOver()) {
            writeIndexes();
        }
        return false;
    }

    private void visit(TypeElement type) {
        if (!visited.add(type.getQualifiedName().toString())) {
            return;
        }
        inspect(type);
        for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
            visit(nested);
        }
    }

    private void inspect(TypeElement type) {
        String className = binaryName(type);
        List<AnnotationMirror> componentAnnotations = annotations(type, COMPONENT_ANNOTATIONS);
        boolean component = !componentAnnotations.isEmpty();
        List<String> profiles = profiles(type);
        List<Index> targets = profiles.isEmpty()
                ? List.of(indexes.get(""))
                : profiles.stream().map(p -> indexes.computeIfAbsent(p, k -> new Index())).collect(Collectors.toList());

        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
        List<ExecutableElement> injectConstructors = constructors.stream()
                .filter(c -> !annotations(c, INJECT_ANNOTATIONS).isEmpty() || hasAnnotation(c, AUTOWIRED))
                .collect(Collectors.toList());
        boolean hasJsr330Inject = constructors.stream().anyMatch(c -> !annotations(c, INJECT_ANNOTATIONS).isEmpty());
        boolean instantiable = (type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD)
                && !type.getModifiers().contains(Modifier.ABSTRACT);

        if (component) {
            Optional<String> beanName = beanName(type, componentAnnotations);
            if (!instantiable) {
                error(type, className + " has a component annotation but is " + describeKind(type)
                        + "; Spring cannot instantiate it");
            } else if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
                error(type, className + " is a non-static inner class; Spring Scanner can only create top-level"
                        + " or static nested classes");
            }
            long publicConstructors = constructors.stream()
                    .filter(c -> c.getModifiers().contains(Modifier.PUBLIC)).count();
            if (publicConstructors > 1 && injectConstructors.isEmpty()) {
                error(type, className + " has " + publicConstructors + " public constructors and none is annotated"
                        + " @Inject; Spring cannot choose which one to use");
            }
            if (injectConstructors.size() > 1) {
                error(type, className + " has " + injectConstructors.size() + " constructors annotated @Inject;"
                        + " Spring allows only one");
            }
            String line = className + beanName.map(n -> "#" + n).orElse("");
            for (int i = 0; i < targets.size(); i++) {
                targets.get(i).components.add(line);
                String profile = profiles.isEmpty() ? "" : profiles.get(i);
                beanName.ifPresent(n -> {
                    String previous = beanNames.computeIfAbsent(profile, p -> new TreeMap<>()).putIfAbsent(n, className);
                    if (previous != null && !previous.equals(className)) {
                        error(type, "bean name '" + n + "' of " + className + " is already used by " + previous);
                    }
                });
            }
        } else if (hasJsr330Inject && instantiable) {
            error(type, className + " has an @Inject constructor but no @Named; Spring Scanner will not create it");
        }

        AnnotationMirror export = annotation(type, EXPORT_AS_SERVICE);
        if (export != null) {
            if (!component) {
                error(type, className + " has @ExportAsService but no @Named; Spring Scanner will not create it,"
                        + " so nothing is exported");
            } else {
                String line = className + "#" + String.join(",", exportedInterfaces(type, export));
                targets.forEach(t -> t.exports.add(line));
            }
        }

        for (ExecutableElement constructor : constructors) {
            for (VariableElement parameter : constructor.getParameters()) {
                collectImport(type, parameter, "parameter", targets);
                collectVariableComponent(type, parameter, "parameter", targets);
            }
        }
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            collectImport(type, field, "field", targets);
            collectVariableComponent(type, field, "field", targets);
            if (hasAnnotation(field, EXPORT_AS_SERVICE)) {
                error(field, "@ExportAsService on field '" + field.getSimpleName() + "' of " + className
                        + " is not supported by the Handoff scanner index; annotate the exported class instead");
            }
        }
    }

    private void collectImport(TypeElement owner, VariableElement variable, String what, List<Index> targets) {
        AnnotationMirror importAnnotation = importAnnotation(variable);
        if (importAnnotation == null) {
            return;
        }
        TypeMirror type = types.erasure(variable.asType());
        if (type.getKind() != TypeKind.DECLARED) {
            error(variable, "@ComponentImport on " + what + " '" + variable.getSimpleName() + "' of "
                    + binaryName(owner) + " has type " + type + ", which cannot be an OSGi service");
            return;
        }
        TypeElement imported = (TypeElement) ((DeclaredType) type).asElement();
        if (imported.getKind() != ElementKind.INTERFACE) {
            warning(variable, "@ComponentImport on " + what + " '" + variable.getSimpleName() + "' of "
                    + binaryName(owner) + " has type " + binaryName(imported) + ", which is a class, not an"
                    + " interface; host services are published and imported through their interface");
        }
        String line = binaryName(imported) + stringValue(importAnnotation).map(n -> "#" + n).orElse("");
        targets.forEach(t -> t.imports.add(line));
    }

    private void collectVariableComponent(TypeElement owner, VariableElement variable, String what,
                                          List<Index> targets) {
        for (AnnotationMirror mirror : annotations(variable, VARIABLE_COMPONENT_ANNOTATIONS)) {
            TypeMirror type = types.erasure(variable.asType());
            TypeElement component = type.getKind() == TypeKind.DECLARED
                    ? (TypeElement) ((DeclaredType) type).asElement() : null;
            if (component == null || component.getKind() != ElementKind.CLASS
                    || component.getModifiers().contains(Modifier.ABSTRACT)) {
                error(variable, "@" + mirror.getAnnotationType().asElement().getSimpleName() + " on " + what + " '"
                        + variable.getSimpleName() + "' of " + binaryName(owner) + " needs a concrete class type"
                        + " for Spring to instantiate, not " + type);
                continue;
            }
            String line = binaryName(component) + stringValue(mirror).map(n -> "#" + n).orElse("");
            targets.forEach(t -> t.components.add(line));
        }
    }

    /** A direct import annotation, or one meta-annotated with {@code @ComponentImport} (its value is the name). */
    private AnnotationMirror importAnnotation(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
            if (IMPORT_ANNOTATIONS.contains(annotationType.getQualifiedName().toString())
                    || hasAnnotation(annotationType, COMPONENT_IMPORT)) {
                return mirror;
            }
        }
        return null;
    }

    private List<String> exportedInterfaces(TypeElement type, AnnotationMirror export) {
        List<String> result = new ArrayList<>();
        Object value = elementValue(export, "value");
        if (value instanceof List<?> list && !list.isEmpty()) {
            for (Object item : list) {
                Object v = ((AnnotationValue) item).getValue();
                if (!(v instanceof DeclaredType declared)) {
                    continue;
                }
                TypeElement exported = (TypeElement) declared.asElement();
                if (!types.isAssignable(types.erasure(type.asType()), types.erasure(declared))) {
                    error(type, binaryName(type) + " is exported as " + binaryName(exported)
                            + " but is not assignable to it");
                }
                result.add(binaryName(exported));
            }
            return result;
        }
        for (TypeMirror iface : type.getInterfaces()) {
            result.add(binaryName((TypeElement) types.asElement(iface)));
        }
        if (result.isEmpty()) {
            result.add(binaryName(type));
        }
        return result;
    }

    private Optional<String> beanName(TypeElement type, List<AnnotationMirror> componentAnnotations) {
        Set<String> names = new TreeSet<>();
        for (AnnotationMirror mirror : componentAnnotations) {
            stringValue(mirror).ifPresent(names::add);
        }
        if (names.size() > 1) {
            error(type, binaryName(type) + " declares conflicting bean names " + names);
        }
        return names.stream().findFirst();
    }

    private List<String> profiles(TypeElement type) {
        AnnotationMirror profile = annotation(type, PROFILE);
        if (profile == null) {
            return List.of();
        }
        Object value = elementValue(profile, "value");
        List<String> names = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                names.add(String.valueOf(((AnnotationValue) item).getValue()));
            }
        } else if (value instanceof String s) {
            names.add(s);
        }
        names.removeIf(n -> n.isBlank() || n.contains("/"));
        if (names.isEmpty()) {
            error(type, binaryName(type) + " has @Profile without a usable profile name");
        }
        return names.stream().distinct().sorted().collect(Collectors.toList());
    }

    private void writeIndexes() {
        for (Map.Entry<String, Index> entry : indexes.entrySet()) {
            String dir = entry.getKey().isEmpty() ? INDEX_DIR : INDEX_DIR + PROFILE_PREFIX + entry.getKey() + "/";
            Index index = entry.getValue();
            write(dir + COMPONENT_FILE, index.components);
            write(dir + IMPORTS_FILE, index.imports);
            write(dir + EXPORTS_FILE, index.exports);
        }
    }

    private void write(String path, Set<String> lines) {
        StringBuilder content = new StringBuilder();
        for (String line : lines) {
            content.append(line).append('\n');
        }
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path);
            try (OutputStream out = file.openOutputStream()) {
                out.write(content.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            messager.printMessage(Diagnostic.Kind.ERROR, "could not write " + path + ": " + e);
        }
    }

    // --- javax.lang.model helpers -------------------------------------------------------------------------

    private static List<AnnotationMirror> annotations(Element element, Set<String> names) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (names.contains(annotationName(mirror))) {
                found.add(mirror);
            }
        }
        return found;
    }

    private static AnnotationMirror annotation(Element element, String name) {
        List<AnnotationMirror> found = annotations(element, Set.of(name));
        return found.isEmpty() ? null : found.get(0);
    }

    private static boolean hasAnnotation(Element element, String name) {
        return annotation(element, name) != null;
    }

    private static String annotationName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    private Object elementValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue().getValue();
            }
        }
        return null;
    }

    /** The annotation's {@code value()} when it is a non-blank string. */
    private Optional<String> stringValue(AnnotationMirror mirror) {
        Object value = elementValue(mirror, "value");
        return value instanceof String s && !s.isBlank() ? Optional.of(s.trim()) : Optional.empty();
    }

    private String binaryName(TypeElement type) {
        return elements.getBinaryName(type).toString();
    }

    private static String describeKind(TypeElement type) {
        switch (type.getKind()) {
            case INTERFACE: return "an interface";
            case ENUM: return "an enum";
            case ANNOTATION_TYPE: return "an annotation type";
            default: return "abstract";
        }
    }

    private void error(Element element, String message) {
        messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    }

    private void warning(Element element, String message) {
        messager.printMessage(Diagnostic.Kind.WARNING, message, element);
    }

    /** Sorted, de-duplicated lines of the three index files of one profile. */
    private static final class Index {
        final Set<String> components = new TreeSet<>();
        final Set<String> imports = new TreeSet<>();
        final Set<String> exports = new TreeSet<>();
    }
}
