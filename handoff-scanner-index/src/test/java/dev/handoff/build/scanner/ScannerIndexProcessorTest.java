package dev.handoff.build.scanner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.handoff.build.scanner.InMemoryCompiler.compile;
import static org.assertj.core.api.Assertions.assertThat;

class ScannerIndexProcessorTest {

    @TempDir
    Path out;

    private static final String ISSUE_MANAGER = """
            package host.api;
            public interface IssueManager {}
            """;
    private static final String USER_MANAGER = """
            package host.api;
            public interface UserManager {}
            """;

    @Test
    void componentsAreListedOneClassPerLineSortedWithBeanNamesWhenGiven() {
        var result = compile(out, """
                package dev.handoff.plugin;
                @javax.inject.Named
                public class Zeta {}
                """, """
                package dev.handoff.plugin;
                @javax.inject.Named("alphaBean")
                public class Alpha {}
                """, """
                package dev.handoff.plugin;
                @jakarta.inject.Named
                public class Jakarta {}
                """, """
                package dev.handoff.plugin.spring;
                @org.springframework.stereotype.Component("springBean")
                public class SpringComponent {}
                """, """
                package dev.handoff.plugin.spring;
                @org.springframework.stereotype.Service
                public class SpringService {}
                """, """
                package dev.handoff.plugin.spring;
                @org.springframework.stereotype.Repository
                public class SpringRepository {}
                """, """
                package dev.handoff.plugin.spring;
                @org.springframework.stereotype.Controller
                public class SpringController {}
                """, """
                package dev.handoff.plugin.atl;
                @com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent
                public class JiraOnly {}
                """, """
                package dev.handoff.plugin.atl;
                @com.atlassian.plugin.spring.scanner.annotation.component.ClasspathComponent("cp")
                public class FromClasspath {}
                """, """
                package dev.handoff.plugin;
                public class Outer {
                    @javax.inject.Named
                    public static class Inner {}
                }
                """, """
                package dev.handoff.plugin;
                public class NotAComponent {}
                """);

        assertThat(result.success()).as(result.toString()).isTrue();
        assertThat(result.requiredIndex("component")).isEqualTo("""
                dev.handoff.plugin.Alpha#alphaBean
                dev.handoff.plugin.Jakarta
                dev.handoff.plugin.Outer$Inner
                dev.handoff.plugin.Zeta
                dev.handoff.plugin.atl.FromClasspath#cp
                dev.handoff.plugin.atl.JiraOnly
                dev.handoff.plugin.spring.SpringComponent#springBean
                dev.handoff.plugin.spring.SpringController
                dev.handoff.plugin.spring.SpringRepository
                dev.handoff.plugin.spring.SpringService
                """);
    }

    @Test
    void aClasspathComponentOnAConstructorParameterDeclaresTheParameterTypeAsABean() {
        var result = compile(out, """
                package lib.embedded;
                public class Tokenizer {}
                """, """
                package lib.embedded;
                public class Stemmer {}
                """, """
                package dev.handoff.plugin;
                import com.atlassian.plugin.spring.scanner.annotation.component.ClasspathComponent;
                @javax.inject.Named
                public class Search {
                    @javax.inject.Inject
                    public Search(@ClasspathComponent lib.embedded.Tokenizer tokenizer,
                                  @ClasspathComponent("stemmer") lib.embedded.Stemmer stemmer,
                                  @javax.inject.Named("qualifierOnly") String notABean) {}
                }
                """);

        assertThat(result.success()).as(result.toString()).isTrue();
        assertThat(result.requiredIndex("component")).isEqualTo("""
                dev.handoff.plugin.Search
                lib.embedded.Stemmer#stemmer
                lib.embedded.Tokenizer
                """);
    }

    @Test
    void aClasspathComponentOfAnInterfaceTypeFailsTheCompilation() {
        var result = compile(out, """
                package dev.handoff.plugin;
                @javax.inject.Named
                public class Search {
                    @javax.inject.Inject
                    public Search(@com.atlassian.plugin.spring.scanner.annotation.component.ClasspathComponent
                                  Runnable task) {}
                }
                """);

        assertThat(result.success()).isFalse();
        assertThat(result.errors()).containsExactly("@ClasspathComponent on parameter 'task' of dev.handoff.plugin.Search"
                + " needs a concrete class type for Spring to instantiate, not java.lang.Runnable");
    }

    @Test
    void importsListEachImportedInterfaceOnceWithItsNameWhenGiven() {
        var result = compile(out, ISSUE_MANAGER, USER_MANAGER, """
                package dev.handoff.plugin;
                import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
                import host.api.IssueManager;
                import host.api.UserManager;
                @javax.inject.Named
                public class Notes {
                    @javax.inject.Inject
                    public Notes(@ComponentImport IssueManager issues, @JiraImport UserManager users,
                                 @ComponentImport java.util.function.Supplier<String> clock) {}
                }
                """, """
                package dev.handoff.plugin;
                import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                import host.api.IssueManager;
                import host.api.UserManager;
                @javax.inject.Named
                public class Panel {
                    @ComponentImport("salUserManager")
                    private UserManager users;
                    @javax.inject.Inject
                    public Panel(@ComponentImport IssueManager issues, String notImported) {}
                }
                """);

        assertThat(result.success()).as(result.toString()).isTrue();
        assertThat(result.requiredIndex("imports")).isEqualTo("""
                host.api.IssueManager
                host.api.UserManager
                host.api.UserManager#salUserManager
                java.util.function.Supplier
                """);
    }

    @Test
    void exportsListTheDeclaredInterfacesOrAllDirectInterfacesOrTheClassItself() {
        var result = compile(out, """
                package dev.handoff.api;
                public interface NoteService {}
                """, """
                package dev.handoff.api;
                public interface Auditable {}
                """, """
                package dev.handoff.plugin;
                import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
                @ExportAsService({dev.handoff.api.NoteService.class, dev.handoff.api.Auditable.class})
                @javax.inject.Named
                public class Declared implements dev.handoff.api.Auditable, dev.handoff.api.NoteService {}
                """, """
                package dev.handoff.plugin;
                import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
                @ExportAsService
                @javax.inject.Named
                public class AllInterfaces implements dev.handoff.api.NoteService, dev.handoff.api.Auditable {}
                """, """
                package dev.handoff.plugin;
                import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
                @ExportAsService
                @org.springframework.stereotype.Component
                public class Plain {}
                """);

        assertThat(result.success()).as(result.toString()).isTrue();
        assertThat(result.requiredIndex("exports")).isEqualTo("""
                dev.handoff.plugin.AllInterfaces#dev.handoff.api.NoteService,dev.handoff.api.Auditable
                dev.handoff.plugin.Declared#dev.handoff.api.NoteService,dev.handoff.api.Auditable
                dev.handoff.plugin.Plain#dev.handoff.plugin.Plain
                """);
    }

    @Test
    void aModuleWithoutComponentsStillGetsAllThreeIndexFilesEmpty() {
        var result = compile(out, """
                package dev.handoff.plugin;
                public class Plain {}
                """);

        assertThat(result.success()).as(result.toString()).isTrue();
        assertThat(result.index("component")).contains("");
        assertThat(result.index("imports")).contains("");
        assertThat(result.index("exports")).contains("");
        assertThat(out.resolve("META-INF/plugin-components")).isDirectoryNotContaining("glob:**/profile-*");
    }

    @Test
    void aClassWithAnInjectConstructorButNoNamedFailsTheCompilation() {
        var result = compile(out, ISSUE_MANAGER, """
                package dev.handoff.plugin.rest;
                public class NoteResource {
                    @javax.inject.Inject
                    public NoteResource(host.api.IssueManager issues) {}
                }
                """);

        assertThat(result.success()).isFalse();
        assertThat(result.errors()).containsExactly("dev.handoff.plugin.rest.NoteResource has an @Inject constructor"
                + " but no @Named; Spring Scanner will not create it");
    }

    @Test
    void aJakartaInjectConstructorWithoutNamedIsAnErrorToo() {
        var result = compile(out, """
                package dev.handoff.plugin;
                public class Servlet {
                    @jakarta.inject.Inject
                    public Servlet() {}
                }
                """);

        assertThat(result.success()).isFalse();
        assertThat(result.errors()).singleElement().asString()
                .startsWith("dev.handoff.plugin.Servlet has an @Inject constructor but no @Named");
    }

    @Test
    void anAbstractBaseClassWithAnInjectConstructorIsNotAnError() {
        var result = compile(out, """
                package dev.handoff.plugin;
                public abstract class BaseResource {
                    @javax.inject.Inject
                    protected BaseResource() {}
                }
                """, """
                package dev.handoff.plugin;
                @javax.inject.Named
                public class Resource extends BaseResource {
                    @javax.inject.Inject
                    public Resource() {}
                }
                """);

        assertThat(result.success()).as(result.toString()).isTrue();
        assertThat(result.requiredIndex("component")).isEqualTo("dev.handoff.plugin.Resource\n");
    }

    @Test
    void aComponentWithTwoPublicConstructorsAndNoInjectFailsTheCompilation() {
        var result = compile(out, """
                package dev.handoff.plugin;
                @javax.inject.Named
                public class Ambiguous {
                    public Ambiguous() {}
                    public Ambiguous(String s) {}
                }
                """);

        assertThat(result.success()).isFalse();
        assertThat(result.errors()).containsExactly("dev.handoff.plugin.Ambiguous has 2 public constructors and none"
                + " is annotated @Inject; Spring cannot choose which one to use");
    }

    @Test
    void anInjectOrAutowiredConstructorSettlesWhichOfSeveralConstructorsSpringUses() {
        var result = compile(out, """
                package dev.handoff.plugin;
                @javax.inject.Named
                public class WithInject {
                    public WithInject() {}
                    @javax.inject.Inject
                    public WithInject(String s) {}
                }
                """, """
                package dev.handoff.plugin;
                @org.springframework.stereotype.Component
                public class WithAutowired {
                    public WithAutowired() {}
                    @org.springframework.beans.factory.annotation.Autowired
                    public WithAutowired(String s) {}
                }
                """);

        assertThat(result.success()).as(result.toString()).isTrue();
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aComponentWithTwoInjectConstructorsFailsTheCompilation() {
        var result = compile(out, """
                package dev.handoff.plugin;
                @javax.inject.Named
                public class TwoInjects {
                    @javax.inject.Inject
                    public TwoInjects() {}
                    @javax.inject.Inject
                    public TwoInjects(String s) {}
                }
                """);

        assertThat(result.success()).isFalse();
        assertThat(result.errors()).singleElement().asString().contains("has 2 constructors annotated @Inject");
    }

    @Test
    void importingAClassInsteadOfAnInterfaceIsAWarningAndStillIndexed() {
        var result = compile(out, """
                package host.impl;
                public class DefaultIssueManager {}
                """, """
                package dev.handoff.plugin;
                @javax.inject.Named
                public class Notes {
                    @javax.inject.Inject
                    public Notes(@com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport
                                 host.impl.DefaultIssueManager issues) {}
                }
                """);

        assertThat(result.success()).as(result.toString()).isTrue();
        assertThat(result.warnings()).containsExactly("@ComponentImport on parameter 'issues' of"
                + " dev.handoff.plugin.Notes has type host.impl.DefaultIssueManager, which is a class, not an"
                + " interface; host services are published and imported through their interface");
        assertThat(result.requiredIndex("imports")).isEqualTo("host.impl.DefaultIssueManager\n");
    }

    @Test
    void exportingAClassThatIsNotAComponentFailsTheCompilation() {
        var result = compile(out, """
                package dev.handoff.plugin;
                @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService
                public class Orphan implements Runnable { public void run() {} }
                """);

        assertThat(result.success()).isFalse();
        assertThat(result.errors()).singleElement().asString()
                .startsWith("dev.handoff.plugin.Orphan has @ExportAsService but no @Named");
    }

    @Test
    void exportingAnInterfaceTheClassDoesNotImplementFailsTheCompilation() {
        var result = compile(out, """
                package dev.handoff.plugin;
                @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService(Runnable.class)
                @javax.inject.Named
                public class Liar {}
                """);

        assertThat(result.success()).isFalse();
        assertThat(result.errors()).containsExactly(
                "dev.handoff.plugin.Liar is exported as java.lang.Runnable but is not assignable to it");
    }

    @Test
    void exportingAFieldIsRejectedInsteadOfBeingSilentlyDropped() {
        var result = compile(out, """
                package dev.handoff.plugin;
                @javax.inject.Named
                public class Holder {
                    @com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService
                    private final Runnable task = () -> {};
                }
                """);

        assertThat(result.success()).isFalse();
        assertThat(result.errors()).containsExactly("@ExportAsService on field 'task' of dev.handoff.plugin.Holder is"
                + " not supported by the Handoff scanner index; annotate the exported class instead");
    }

    @Test
    void twoComponentsWithTheSameBeanNameFailTheCompilation() {
        var result = compile(out, """
                package dev.handoff.plugin;
                @javax.inject.Named("notes")
                public class First {}
                """, """
                package dev.handoff.plugin;
                @org.springframework.stereotype.Component("notes")
                public class Second {}
                """);

        assertThat(result.success()).isFalse();
        assertThat(result.errors()).singleElement().asString().contains("bean name 'notes'")
                .contains("dev.handoff.plugin.First").contains("dev.handoff.plugin.Second");
    }

    @Test
    void anAbstractOrInterfaceComponentFailsTheCompilation() {
        var result = compile(out, """
                package dev.handoff.plugin;
                @javax.inject.Named
                public interface Service {}
                """);

        assertThat(result.success()).isFalse();
        assertThat(result.errors()).containsExactly(
                "dev.handoff.plugin.Service has a component annotation but is an interface; Spring cannot instantiate it");
    }

    @Test
    void profiledComponentsAndTheirImportsGoOnlyToTheirProfileDirectories() {
        var result = compile(out, ISSUE_MANAGER, """
                package dev.handoff.plugin;
                @javax.inject.Named
                public class Always {}
                """, """
                package dev.handoff.plugin;
                @javax.inject.Named("devOnly")
                @com.atlassian.plugin.spring.scanner.annotation.Profile({"dev", "test"})
                public class DevTool {
                    @javax.inject.Inject
                    public DevTool(@com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport
                                   host.api.IssueManager issues) {}
                }
                """);

        assertThat(result.success()).as(result.toString()).isTrue();
        assertThat(result.requiredIndex("component")).isEqualTo("dev.handoff.plugin.Always\n");
        assertThat(result.requiredIndex("imports")).isEmpty();
        for (String profile : Set.of("dev", "test")) {
            assertThat(result.requiredIndex("profile-" + profile + "/component"))
                    .isEqualTo("dev.handoff.plugin.DevTool#devOnly\n");
            assertThat(result.requiredIndex("profile-" + profile + "/imports")).isEqualTo("host.api.IssueManager\n");
            assertThat(result.requiredIndex("profile-" + profile + "/exports")).isEmpty();
        }
    }

    @Test
    void theIndexIsByteForByteTheSameWhateverTheSourceOrder(@TempDir Path other) throws IOException {
        String a = """
                package p;
                @javax.inject.Named
                public class A { @javax.inject.Inject public A(@com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport Runnable r) {} }
                """;
        String b = """
                package p;
                @javax.inject.Named("b")
                public class B { @javax.inject.Inject public B(@com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport java.util.concurrent.Callable<String> c) {} }
                """;
        compile(out, a, b);
        compile(other, b, a);

        for (String file : new String[] {"component", "imports", "exports"}) {
            Path path = Path.of(ScannerIndexProcessor.INDEX_DIR, file);
            assertThat(Files.readAllBytes(other.resolve(path))).isEqualTo(Files.readAllBytes(out.resolve(path)));
        }
        assertThat(Files.readString(out.resolve(ScannerIndexProcessor.INDEX_DIR + "imports")))
                .isEqualTo("java.lang.Runnable\njava.util.concurrent.Callable\n");
    }

    @Test
    void javacFindsTheProcessorThroughItsServiceFile() {
        var result = InMemoryCompiler.compileDiscoveringProcessors(out, """
                package dev.handoff.plugin;
                @javax.inject.Named
                public class Found {}
                """);

        assertThat(result.success()).as(result.toString()).isTrue();
        assertThat(result.requiredIndex("component")).isEqualTo("dev.handoff.plugin.Found\n");
    }

    @Test
    void theProcessorSeesEveryAnnotationAndSupportsTheLatestSourceVersion() {
        var processor = new ScannerIndexProcessor();

        assertThat(processor.getSupportedAnnotationTypes()).containsExactly("*");
        assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
    }
}
