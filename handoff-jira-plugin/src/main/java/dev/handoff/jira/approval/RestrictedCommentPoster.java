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
import dev.handoff.jira.settings.EffectiveSettings;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.ProjectSettingsStore;

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
    private final ProjectSettingsStore projects;

    @Inject
    public RestrictedCommentPoster(@ComponentImport CommentManager comments, @ComponentImport ProjectRoleManager roles,
                                   HandoffSettings settings, ProjectSettingsStore projects) {
        this.comments = comments;
        this.roles = roles;
        this.settings = settings;
        this.projects = projects;
    }

    public Comment post(Issue issue, ApplicationUser author, String body) {
        String wiki = PostedText.neutralise(body);
        if (isServiceManagement(issue)) {
            return comments.create(issue, author, wiki, null, null, new Date(),
                    Map.of(JSM_PUBLIC_COMMENT_PROPERTY, internal()), true);
        }
        // the project's role or group, when it sets one, replaces the global pair (EffectiveSettings)
        String projectKey = issue.getProjectObject() == null ? null : issue.getProjectObject().getKey();
        EffectiveSettings effective = EffectiveSettings.resolve(projectKey, null, projects.read(projectKey), settings);
        Optional<String> roleName = effective.commentRole();
        if (roleName.isPresent()) {
            ProjectRole role = roles.getProjectRole(roleName.get());
            if (role == null) {
                throw new IllegalStateException("the configured comment role '" + roleName.get() + "' does not exist");
            }
            return comments.create(issue, author, wiki, null, role.getId(), true);
        }
        Optional<String> group = effective.commentGroup();
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
