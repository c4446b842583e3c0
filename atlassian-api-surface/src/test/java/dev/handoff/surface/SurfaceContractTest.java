package dev.handoff.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.plugin.webfragment.conditions.AbstractIssueWebCondition;
import com.atlassian.jira.plugin.webfragment.conditions.AbstractWebCondition;
import com.atlassian.jira.plugin.webfragment.contextproviders.AbstractJiraContextProvider;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.action.JiraWebActionSupport;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.atlassian.jira.workflow.function.issue.AbstractJiraFunctionProvider;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.scheduler.SchedulerServiceException;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the compile-only contract of this module by reflection over its own compiled classes:
 * only Atlassian/OSWorkflow/AO packages (and the OfBiz exception Jira's API throws), and no behaviour (every body throws UnsupportedOperationException),
 * except the documented exceptions: constructors of the SPI base classes the plugin extends, and exception constructors.
 */
class SurfaceContractTest {
    private static final List<String> ALLOWED_PREFIXES = List.of("com.atlassian.", "com.opensymphony.", "net.java.ao.", "org.ofbiz.core.entity.");

    /** Base classes the plugin extends: their constructors must not throw, or no plugin subclass could be built in a unit test. */
    private static final Set<Class<?>> SPI_BASES = Set.of(
            WorkflowFunctionUtils.class, AbstractJiraFunctionProvider.class, AbstractWorkflowPluginFactory.class,
            AbstractWebCondition.class, AbstractIssueWebCondition.class, AbstractJiraContextProvider.class,
            JiraWebActionSupport.class);

    private static List<Class<?>> surface;

    @BeforeAll
    static void loadSurfaceClasses() throws Exception {
        Path root = classesRoot();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                classes.add(Class.forName(name, false, SurfaceContractTest.class.getClassLoader()));
            }
        }
        surface = classes;
    }

    private static Path classesRoot() throws URISyntaxException {
        return Path.of(ActiveObjects.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void everyClassLivesInAnAtlassianOsWorkflowOrActiveObjectsPackage() {
        assertThat(surface).hasSizeGreaterThan(100);
        assertThat(surface).allSatisfy(type ->
                assertThat(ALLOWED_PREFIXES).anySatisfy(prefix -> assertThat(type.getName()).startsWith(prefix)));
        assertThat(surface).noneSatisfy(type -> assertThat(type.getName()).startsWith("dev.handoff"));
    }

    @Test
    void everyStaticMethodThrows() {
        List<Method> checked = new ArrayList<>();
        for (Class<?> type : surface) {
            if (type.isEnum() || type.isAnnotation()) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()) {
                    assertThrowsUnsupported(method, () -> invoke(method, null));
                    checked.add(method);
                }
            }
        }
        assertThat(checked).extracting(Method::getName).contains("getComponent", "forJobRunnerKey", "runOnce", "of",
                "select", "newBuilder", "getUnlimitedFilter", "builder", "valueOf", "getCallerKey", "withEventType");
    }

    @Test
    void everyConstructorThrowsExceptForSpiBasesAndExceptions() {
        List<Constructor<?>> checked = new ArrayList<>();
        for (Class<?> type : surface) {
            if (type.isInterface() || type.isEnum() || Modifier.isAbstract(type.getModifiers())
                    || Throwable.class.isAssignableFrom(type) || SPI_BASES.contains(type)) {
                continue;
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                assertThrowsUnsupported(constructor, () -> construct(constructor));
                checked.add(constructor);
            }
        }
        assertThat(checked).extracting(c -> c.getDeclaringClass().getSimpleName())
                .contains("JiraHelper", "UserKey", "DBParam", "CacheSettingsBuilder", "SearchResults", "JSONObject", "UserLoggedInCondition");
    }

    @Test
    void everyConcreteInstanceMethodOfAConcreteClassThrows() {
        int checked = 0;
        for (Class<?> type : surface) {
            if (type.isInterface() || type.isEnum() || Modifier.isAbstract(type.getModifiers())
                    || Throwable.class.isAssignableFrom(type)) {
                continue;
            }
            Object instance = allocateWithoutConstructor(type);
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()) {
                    assertThrowsUnsupported(method, () -> invoke(method, instance));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void everyDefaultInterfaceMethodThrows() {
        for (Class<?> type : surface) {
            if (!type.isInterface() || type.isAnnotation()) {
                continue;
            }
            Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, defaultMethodsOnly());
            for (Method method : type.getDeclaredMethods()) {
                if (method.isDefault()) {
                    assertThrowsUnsupported(method, () -> invoke(method, proxy));
                }
            }
        }
    }

    @Test
    void spiBaseClassesCanBeSubclassedButTheirConcreteMethodsThrow() {
        List<Object> subclasses = List.of(
                new AbstractJiraFunctionProvider() {
                    @Override
                    @SuppressWarnings("rawtypes")
                    public void execute(Map transientVars, Map args, PropertySet ps) {
                    }
                },
                new AbstractWorkflowPluginFactory() {
                    @Override
                    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
                    }

                    @Override
                    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
                    }

                    @Override
                    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
                    }

                    @Override
                    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
                        return Map.of();
                    }
                },
                new AbstractIssueWebCondition() {
                    @Override
                    public boolean shouldDisplay(ApplicationUser user, Issue issue, JiraHelper jiraHelper) {
                        return true;
                    }
                },
                new AbstractJiraContextProvider() {
                    @Override
                    @SuppressWarnings("rawtypes")
                    public Map getContextMap(ApplicationUser user, JiraHelper jiraHelper) {
                        return Map.of();
                    }
                },
                new WorkflowFunctionUtils(),
                new JiraWebActionSupport());
        for (Object instance : subclasses) {
            for (Class<?> type = instance.getClass().getSuperclass(); SPI_BASES.contains(type); type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    if (!Modifier.isStatic(method.getModifiers()) && !Modifier.isAbstract(method.getModifiers()) && !method.isSynthetic()) {
                        assertThrowsUnsupported(method, () -> invoke(method, instance));
                    }
                }
            }
        }
    }

    @Test
    void exceptionsAreRealThrowablesThatPluginFakesCanThrow() {
        assertThat(new SchedulerServiceException("boom")).hasMessage("boom").isInstanceOf(Exception.class)
                .isNotInstanceOf(RuntimeException.class);
        for (Class<?> type : surface) {
            if (Throwable.class.isAssignableFrom(type)) {
                // a (String) constructor, or the real one with the message last and other arguments left null
                java.lang.reflect.Constructor<?> ctor = Arrays.stream(type.getConstructors())
                        .filter(c -> c.getParameterCount() > 0 && c.getParameterTypes()[c.getParameterCount() - 1] == String.class)
                        .min(java.util.Comparator.comparingInt(java.lang.reflect.Constructor::getParameterCount)).orElseThrow();
                Object[] args = new Object[ctor.getParameterCount()];
                args[args.length - 1] = "m";
                assertThatCode(() -> assertThat((Throwable) ctor.newInstance(args)).hasMessage("m")).as(type.getName())
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void springScannerImportAnnotationsKeepTheirTargetsAndRuntimeRetention() {
        assertThat(ComponentImport.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
        assertThat(ComponentImport.class.getAnnotation(Target.class).value())
                .containsExactlyInAnyOrder(ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD);
        assertThat(JiraImport.class.getAnnotation(Target.class).value())
                .containsExactlyInAnyOrder(ElementType.PARAMETER, ElementType.FIELD);
        assertThat(JiraImport.class.isAnnotationPresent(ComponentImport.class)).isTrue();
    }

    private interface Call {
        void run() throws Throwable;
    }

    private static void assertThrowsUnsupported(Executable executable, Call call) {
        assertThatThrownBy(call::run)
                .as("%s should throw UnsupportedOperationException", executable)
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static void invoke(Method method, Object target) throws Throwable {
        method.setAccessible(true);
        try {
            method.invoke(target, defaultArguments(method.getParameterTypes()));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void construct(Constructor<?> constructor) throws Throwable {
        constructor.setAccessible(true);
        try {
            constructor.newInstance(defaultArguments(constructor.getParameterTypes()));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object[] defaultArguments(Class<?>[] parameterTypes) {
        Object[] args = new Object[parameterTypes.length];
        for (int i = 0; i < parameterTypes.length; i++) {
            Class<?> p = parameterTypes[i];
            if (p == boolean.class) {
                args[i] = false;
            } else if (p == int.class) {
                args[i] = 0;
            } else if (p == long.class) {
                args[i] = 0L;
            } else if (p.isPrimitive()) {
                throw new IllegalStateException("add a default for " + p);
            }
        }
        return args;
    }

    /** Instances of classes whose constructors throw by design, so that their instance methods can be called. */
    private static Object allocateWithoutConstructor(Class<?> type) {
        try {
            Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return ((sun.misc.Unsafe) field.get(null)).allocateInstance(type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvocationHandler defaultMethodsOnly() {
        return (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new AssertionError("only default methods are called: " + method);
        };
    }
}
