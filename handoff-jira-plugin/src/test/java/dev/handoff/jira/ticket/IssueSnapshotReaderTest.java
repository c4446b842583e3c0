package dev.handoff.jira.ticket;

import com.atlassian.jira.bc.issue.comment.property.CommentPropertyService;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.EntityPropertyService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.type.ProjectTypeKey;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;
import io.atlassian.fugue.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class IssueSnapshotReaderTest {

    private final CommentManager comments = mock(CommentManager.class);
    private final ChangeHistoryManager history = mock(ChangeHistoryManager.class);
    private final CommentPropertyService properties = mock(CommentPropertyService.class);
    private final IssueSnapshotReader reader = new IssueSnapshotReader(comments, history, mock(ProjectRoleManager.class), properties);
    private final Issue issue = mock(Issue.class);
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final Project project = mock(Project.class);

    @BeforeEach
    void issueWithTwoComments() {
        when(issue.getKey()).thenReturn("SD-7");
        when(issue.getSummary()).thenReturn("VPN drops");
        when(issue.getProjectObject()).thenReturn(project);
        Comment shared = comment(1L, "Which VPN client version do you use?");
        Comment internal = comment(2L, "Checked the concentrator logs, nothing for this user.");
        when(comments.getCommentsForUser(issue, agent)).thenReturn(List.of(shared, internal));
        EntityPropertyService.PropertyResult none = result(null);
        EntityPropertyService.PropertyResult internalFlag = result("{\"internal\":true}");
        when(properties.getProperty(any(), anyLong(), anyString())).thenReturn(none);
        when(properties.getProperty(agent, 2L, "sd.public.comment")).thenReturn(internalFlag);
    }

    private static Comment comment(long id, String body) {
        Comment c = mock(Comment.class);
        when(c.getId()).thenReturn(id);
        when(c.getBody()).thenReturn(body);
        when(c.getCreated()).thenReturn(new Date(1_700_000_000_000L + id));
        when(c.getRoleLevelId()).thenReturn(null); // Mockito answers 0 for a Long: "restricted to role 0"
        return c;
    }

    private static EntityPropertyService.PropertyResult result(String json) {
        EntityPropertyService.PropertyResult r = mock(EntityPropertyService.PropertyResult.class);
        EntityProperty p = json == null ? null : mock(EntityProperty.class);
        if (p != null) {
            when(p.getValue()).thenReturn(json);
        }
        when(r.getEntityProperty()).thenReturn(Option.option(p));
        return r;
    }

    @Test
    void in_a_jsm_project_an_agent_only_comment_is_internal_and_a_shared_one_public() {
        ProjectTypeKey jsm = typeKey("service_desk");
        when(project.getProjectTypeKey()).thenReturn(jsm);

        Ticket t = reader.read(issue, agent);

        assertThat(t.comments()).extracting(c -> c.visibility()).containsExactly(Visibility.PUBLIC, Visibility.INTERNAL);
    }

    @Test
    void outside_jsm_the_comment_property_is_not_even_read() {
        ProjectTypeKey software = typeKey("software");
        when(project.getProjectTypeKey()).thenReturn(software);

        Ticket t = reader.read(issue, agent);

        assertThat(t.comments()).extracting(c -> c.visibility()).containsOnly(Visibility.PUBLIC);
        verify(properties, never()).getProperty(any(), anyLong(), anyString());
    }

    /** ProjectTypeKey's constructor is compile-only here: a mock answering getKey() stands in. */
    private static ProjectTypeKey typeKey(String value) {
        ProjectTypeKey key = mock(ProjectTypeKey.class);
        when(key.getKey()).thenReturn(value);
        return key;
    }
}
