package dev.handoff.jira.architecture;

import com.atlassian.jira.issue.comments.CommentManager;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.handoff.jira.approval.RestrictedCommentPoster;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * No code path can post a public comment: the only class that may create comments is the poster whose
 * tests prove every comment it creates is internal or restricted.
 */
class NoPublicCommentTest {

    @Test
    void onlyTheRestrictedPosterCreatesComments() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.handoff");
        noClasses().that().doNotHaveFullyQualifiedName(RestrictedCommentPoster.class.getName())
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("CommentManager.create",
                        call -> call.getTarget().getOwner().isAssignableTo(CommentManager.class)
                                && call.getTarget().getName().equals("create")))
                .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("IssueInputParameters.setComment",
                        call -> call.getTarget().getName().equals("setComment")))
                .check(classes);
    }
}
