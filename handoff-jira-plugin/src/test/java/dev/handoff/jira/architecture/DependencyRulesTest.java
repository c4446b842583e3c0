package dev.handoff.jira.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rule inside and across modules, checked on the compiled classes. */
class DependencyRulesTest {

    private static JavaClasses handoff;

    @BeforeAll
    static void importClasses() {
        handoff = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.handoff");
    }

    @Test
    void coreUsesOnlyTheJdkAndSlf4j() {
        classes().that().resideInAPackage("dev.handoff.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..", "dev.handoff.core..")
                .check(handoff);
    }

    @Test
    void searchAndLlmNeverKnowJira() {
        noClasses().that().resideInAnyPackage("dev.handoff.search..", "dev.handoff.llm..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "dev.handoff.jira..", "javax.servlet..",
                        "jakarta.servlet..", "javax.ws.rs..", "com.opensymphony..", "net.java.ao..")
                .check(handoff);
    }

    @Test
    void onlyTheActiveObjectsStoreTouchesActiveObjects() {
        noClasses().that().resideInAPackage("dev.handoff.jira..").and().resideOutsideOfPackage("dev.handoff.jira.store.ao..")
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
                .check(handoff);
    }

    @Test
    void workflowEntryPointsOnlyEnqueueAndNeverReadTicketTextOrCallAModel() {
        noClasses().that().resideInAPackage("dev.handoff.jira.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.handoff.llm..", "dev.handoff.search..",
                        "dev.handoff.core..", "com.atlassian.jira.issue.comments..", "dev.handoff.jira.store.ao..")
                .check(handoff);
    }
}
