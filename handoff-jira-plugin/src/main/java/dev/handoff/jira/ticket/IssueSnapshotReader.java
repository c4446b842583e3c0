package dev.handoff.jira.ticket;

import com.atlassian.jira.bc.issue.comment.property.CommentPropertyService;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.core.model.Comment;
import dev.handoff.core.model.HistoryItem;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the in-memory snapshot a draft is built from, as one user may see the issue: Jira's own
 * {@code getCommentsForUser} applies comment security, and each comment keeps its restriction so a
 * renderer can drop facts from it for viewers outside that group or role. Nothing here is stored.
 */
@Named
public class IssueSnapshotReader {

    private final CommentManager comments;
    private final ChangeHistoryManager history;
    private final ProjectRoleManager roles;
    private final CommentPropertyService commentProperties;

    /** JSM keeps a comment from the customer with this property set to {@code {"internal": true}}. */
    static final String JSM_COMMENT_PROPERTY = "sd.public.comment";
    static final String JSM_PROJECT_TYPE = "service_desk";
    private static final Pattern INTERNAL_TRUE = Pattern.compile("\"internal\"\\s*:\\s*(?:true|\"true\")");

    @Inject
    public IssueSnapshotReader(@ComponentImport CommentManager comments,
                               @ComponentImport ChangeHistoryManager history,
                               @ComponentImport ProjectRoleManager roles,
                               @ComponentImport CommentPropertyService commentProperties) {
        this.comments = comments;
        this.history = history;
        this.roles = roles;
        this.commentProperties = commentProperties;
    }

    public Ticket read(Issue issue, ApplicationUser viewer) {
        List<Comment> thread = new ArrayList<>();
        int number = 0;
        boolean jsm = isJsm(issue);
        for (com.atlassian.jira.issue.comments.Comment c : comments.getCommentsForUser(issue, viewer)) {
            number++;
            thread.add(new Comment(String.valueOf(c.getId()), number, person(c.getAuthorApplicationUser()),
                    instant(c.getCreated()), c.getBody(), visibility(c, jsm, viewer)));
        }
        List<HistoryItem> changes = new ArrayList<>();
        for (ChangeHistory h : history.getChangeHistories(issue)) {
            for (ChangeItemBean item : h.getChangeItemBeans()) {
                changes.add(new HistoryItem(person(h.getAuthorObject()), instant(h.getTimePerformed()),
                        item.getField(), item.getFromString(), item.getToString()));
            }
        }
        return new Ticket(issue.getKey(), issue.getSummary(), issue.getDescription(), issue.getEnvironment(),
                issue.getIssueType() == null ? null : issue.getIssueType().getName(),
                issue.getStatus() == null ? null : issue.getStatus().getName(),
                null, null, person(issue.getReporter()),
                issue.getAssignee() == null ? null : person(issue.getAssignee()),
                instant(issue.getCreated()), null, List.of(), List.of(), List.of(), thread, changes, List.of(), List.of());
    }

    /**
     * Group and role restrictions come from the comment itself. In a JSM project a comment without them is either
     * shared with the customer or internal (agents only, the {@code sd.public.comment} property): internal notes
     * feed "what tier 1 tried", never "asked and answered". Outside JSM the property is not read (one lookup per
     * comment saved where it cannot matter).
     */
    private Visibility visibility(com.atlassian.jira.issue.comments.Comment c, boolean jsm, ApplicationUser viewer) {
        if (c.getGroupLevel() != null && !c.getGroupLevel().isBlank()) {
            return Visibility.group(c.getGroupLevel());
        }
        if (c.getRoleLevelId() != null) {
            ProjectRole role = roles.getProjectRole(c.getRoleLevelId());
            return Visibility.role(role == null ? "role " + c.getRoleLevelId() : role.getName());
        }
        return jsm && internal(c, viewer) ? Visibility.INTERNAL : Visibility.PUBLIC;
    }

    private boolean internal(com.atlassian.jira.issue.comments.Comment c, ApplicationUser viewer) {
        EntityProperty property = commentProperties.getProperty(viewer, c.getId(), JSM_COMMENT_PROPERTY)
                .getEntityProperty().getOrNull();
        return property != null && property.getValue() != null && INTERNAL_TRUE.matcher(property.getValue()).find();
    }

    private static boolean isJsm(Issue issue) {
        Project project = issue.getProjectObject();
        return project != null && project.getProjectTypeKey() != null
                && JSM_PROJECT_TYPE.equals(project.getProjectTypeKey().getKey());
    }

    private static Person person(ApplicationUser user) {
        return user == null ? Person.UNKNOWN : new Person(user.getKey(), user.getDisplayName());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
