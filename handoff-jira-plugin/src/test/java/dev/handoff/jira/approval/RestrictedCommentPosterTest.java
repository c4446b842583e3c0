package dev.handoff.jira.approval;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.type.ProjectTypeKey;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.json.JSONObject;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.ProjectSettings;
import dev.handoff.jira.settings.ProjectSettingsStore;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.mockito.Mockito;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class RestrictedCommentPosterTest {

    private final CommentManager comments = mock(CommentManager.class);
    private final ProjectRoleManager roles = mock(ProjectRoleManager.class);
    private final HandoffSettings settings = mock(HandoffSettings.class);
    private final ApplicationUser approver = mock(ApplicationUser.class);
    private final ProjectSettingsStore projects = mock(ProjectSettingsStore.class);
    private final RestrictedCommentPoster poster = new RestrictedCommentPoster(comments, roles, settings, projects);

    private Issue issueOfType(String projectType) {
        Issue issue = mock(Issue.class);
        Project project = mock(Project.class);
        ProjectTypeKey key = mock(ProjectTypeKey.class);
        when(key.getKey()).thenReturn(projectType);
        when(project.getProjectTypeKey()).thenReturn(key);
        when(project.getKey()).thenReturn("SD");
        when(issue.getProjectObject()).thenReturn(project);
        when(projects.read("SD")).thenReturn(projectSettings);
        return issue;
    }

    private ProjectSettings projectSettings = ProjectSettings.NONE;

    @Test
    void inServiceManagementTheNoteIsAnInternalComment() throws Exception {
        Issue issue = issueOfType("service_desk");
        try (MockedConstruction<JSONObject> json = Mockito.mockConstruction(JSONObject.class,
                (m, ctx) -> when(m.put("internal", true)).thenReturn(m))) {
            poster.post(issue, approver, "note");

            JSONObject internal = json.constructed().get(0);
            verify(internal).put("internal", true);
            verify(comments).create(eq(issue), eq(approver), eq("note"), isNull(), isNull(), any(),
                    eq(Map.of("sd.public.comment", internal)), eq(true));
        }
    }

    @Test
    void elsewhereTheNoteIsRestrictedToTheConfiguredRole() {
        Issue issue = issueOfType("software");
        ProjectRole role = mock(ProjectRole.class);
        when(role.getId()).thenReturn(10002L);
        when(settings.commentRole()).thenReturn(Optional.of("Service Desk Team"));
        when(roles.getProjectRole("Service Desk Team")).thenReturn(role);

        poster.post(issue, approver, "note");

        verify(comments).create(issue, approver, "note", null, 10002L, true);
    }

    @Test
    void orToTheConfiguredGroupWhenNoRoleIsConfigured() {
        Issue issue = issueOfType("business");
        when(settings.commentRole()).thenReturn(Optional.empty());
        when(settings.commentGroup()).thenReturn(Optional.of("handoff-tier2"));

        poster.post(issue, approver, "note");

        verify(comments).create(issue, approver, "note", "handoff-tier2", null, true);
    }

    @Test
    void withoutAnyRestrictionItRefusesInsteadOfPostingPublicly() {
        Issue issue = issueOfType("software");
        when(settings.commentRole()).thenReturn(Optional.empty());
        when(settings.commentGroup()).thenReturn(Optional.empty());

        assertThatThrownBy(() -> poster.post(issue, approver, "note")).hasMessageContaining("never posts a public comment");
        verifyNoInteractions(comments);
    }

    @Test
    void aMisconfiguredRoleIsRefusedRatherThanDroppedToPublic() {
        Issue issue = issueOfType("software");
        when(settings.commentRole()).thenReturn(Optional.of("Nobody"));

        assertThatThrownBy(() -> poster.post(issue, approver, "note")).hasMessageContaining("'Nobody' does not exist");
        verifyNoInteractions(comments);
    }

    @Test
    void mentionsExternalImagesAndHtmlAreNeutralisedInWhatIsPosted() {
        Issue issue = issueOfType("software");
        when(settings.commentGroup()).thenReturn(Optional.of("tier2"));
        when(settings.commentRole()).thenReturn(Optional.empty());

        poster.post(issue, approver, "ping [~admin] !https://evil.example/x.png! {html}<script>x</script>{html} !local.png!");

        verify(comments).create(eq(issue), eq(approver),
                eq("ping [\\~admin] \\!https://evil.example/x.png! \\{html}<script>x</script>\\{html} !local.png!"),
                eq("tier2"), isNull(), anyBoolean());
    }

    @Test
    void postedTextHasNoActiveMentionImageOrHtmlMacroLeft() {
        String out = PostedText.neutralise("[~bob] !http://x/y.gif! {HTML:x}a{html}");
        assertThat(out).doesNotContainPattern("(?<!\\\\)\\[~").doesNotContainPattern("(?<!\\\\)!http")
                .doesNotContainPattern("(?i)(?<!\\\\)\\{html");
        assertThat(PostedText.neutralise(null)).isEmpty();
    }

    @Test
    void aProjectsOwnGroupReplacesTheGlobalRole() {
        when(settings.commentRole()).thenReturn(Optional.of("Service Desk Team"));
        when(settings.commentGroup()).thenReturn(Optional.empty());
        projectSettings = new ProjectSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("network-l2"));
        Issue issue = issueOfType("software");

        poster.post(issue, approver, "note");

        verify(comments).create(issue, approver, "note", "network-l2", null, true);
        verifyNoInteractions(roles);
    }
}
