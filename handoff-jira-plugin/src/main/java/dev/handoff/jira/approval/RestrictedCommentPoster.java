package dev.handoff.jira.approval;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.json.JSONException;
import com.atlassian.jira.util.json.JSONObject;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.jira.settings.HandoffSettings;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * The only way Handoff posts a comment, and it can only post a non-public one: an internal comment in
 * JSM projects ({@code sd.public.comment = {"internal": true}}), otherwise a comment restricted to the
 * configured project role or group. With neither available it refuses rather than post publicly.
 */
@Named
public class RestrictedCommentPoster {

    static final String JSM_PROJECT_TYPE = "service_desk";
    static final String JSM_PUBLIC_COMMENT_PROPERTY = "sd.public.comment";

    private final CommentManager comments;
    private final ProjectRoleManager roles;
    private final HandoffSettings settings;

    @Inject
    public RestrictedCommentPoster(@ComponentImport CommentManager comments, @ComponentImport ProjectRoleManager roles,
                                   HandoffSettings settings) {
        this.comments = comments;
        this.roles = roles;
        this.settings = settings;
    }

    public Comment post(Issue issue, ApplicationUser author, String body) {
        String wiki = PostedText.neutralise(body);
        if (isServiceManagement(issue)) {
            return comments.create(issue, author, wiki, null, null, new Date(),
                    Map.of(JSM_PUBLIC_COMMENT_PROPERTY, internal()), true);
        }
        Optional<String> roleName = settings.commentRole();
        if (roleName.isPresent()) {
            ProjectRole role = roles.getProjectRole(roleName.get());
            if (role == null) {
                throw new IllegalStateException("the configured comment role '" + roleName.get() + "' does not exist");
            }
            return comments.create(issue, author, wiki, null, role.getId(), true);
        }
        Optional<String> group = settings.commentGroup();
        if (group.isPresent()) {
            return comments.create(issue, author, wiki, group.get(), null, true);
        }
        throw new IllegalStateException("no comment restriction is configured for non-Service-Management projects; "
                + "Handoff never posts a public comment");
    }

    static boolean isServiceManagement(Issue issue) {
        return issue.getProjectObject() != null && issue.getProjectObject().getProjectTypeKey() != null
                && JSM_PROJECT_TYPE.equals(issue.getProjectObject().getProjectTypeKey().getKey());
    }

    static JSONObject internal() {
        try {
            return new JSONObject().put("internal", true);
        } catch (JSONException e) {
            throw new IllegalStateException(e);
        }
    }
}
