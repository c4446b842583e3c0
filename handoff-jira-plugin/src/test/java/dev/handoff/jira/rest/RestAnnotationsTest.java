package dev.handoff.jira.rest;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the REST layer declares, by reflection over the compiled production classes. */
class RestAnnotationsTest {

    private static List<Class<?>> classesIn(String pkg) {
        List<Class<?>> out = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(pkg)) {
            out.add(c.reflect());
        }
        return out;
    }

    private static List<Class<?>> resources() {
        return classesIn("dev.handoff.jira.rest").stream().filter(c -> c.isAnnotationPresent(Path.class)).toList();
    }

    @Test
    void thereIsAResourceAndEveryOneIsANamedComponentProducingJson() {
        assertThat(resources()).contains(DraftResource.class);
        for (Class<?> c : resources()) {
            assertThat(c.isAnnotationPresent(Named.class)).as("%s is @Named", c).isTrue();
            assertThat(c.getAnnotation(Produces.class)).as("%s has @Produces", c).isNotNull();
            assertThat(c.getAnnotation(Produces.class).value()).as(c.getName()).containsExactly(MediaType.APPLICATION_JSON);
        }
    }

    @Test
    void everyPostMethodConsumesJsonOnlyOrAFileTypeNoHtmlFormCanSend() {
        List<Method> posts = new ArrayList<>();
        for (Class<?> c : classesIn("dev.handoff.jira.rest")) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(POST.class)) {
                    posts.add(m);
                    Consumes consumes = m.getAnnotation(Consumes.class) != null ? m.getAnnotation(Consumes.class) : c.getAnnotation(Consumes.class);
                    assertThat(consumes).as("%s has @Consumes", m).isNotNull();
                    // A cross-site HTML form can only send urlencoded, multipart or text/plain bodies: JSON and
                    // binary uploads are out of its reach, the premise of REST's XSRF check.
                    assertThat(consumes.value()).as("%s consumes", m).isNotEmpty()
                            .isSubsetOf(MediaType.APPLICATION_JSON, "application/zip", MediaType.APPLICATION_OCTET_STREAM);
                    if (!m.getName().equals("importDocuments")) {
                        assertThat(consumes.value()).as("%s consumes", m).containsExactly(MediaType.APPLICATION_JSON);
                    }
                }
            }
        }
        assertThat(posts).extracting(Method::getName).contains("draftNow", "regenerate", "approve", "reject");
    }

    @Test
    void noClassOrMethodAnywhereInThePluginIsExcludedFromXsrfProtectionOrOpenToAnonymousUsers() {
        List<String> offenders = new ArrayList<>();
        List<Class<? extends Annotation>> banned = List.of(XsrfProtectionExcluded.class, AnonymousSiteAccess.class, UnrestrictedAccess.class);
        List<Class<?>> all = classesIn("dev.handoff.jira");
        assertThat(all).contains(DraftResource.class);
        for (Class<?> c : all) {
            List<AnnotatedElement> elements = new ArrayList<>();
            elements.add(c);
            elements.addAll(Arrays.asList(c.getDeclaredMethods()));
            elements.addAll(Arrays.asList(c.getDeclaredConstructors()));
            if (c.getPackage() != null) {
                elements.add(c.getPackage());
            }
            for (AnnotatedElement e : elements) {
                for (Class<? extends Annotation> a : banned) {
                    if (e.isAnnotationPresent(a)) {
                        offenders.add(e + " @" + a.getSimpleName());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
