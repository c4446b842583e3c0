package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.json.JSONObject;
import java.util.Date;
import java.util.List;
import java.util.Map;

// Source: CONDEC src/test/java/.../mocks/MockCommentManager.java (jira-api 8.8.1); SLACK-J10 (getCommentsForUser); §17 (JSM sd.public.comment property)
// Deprecated String-author overloads are deliberately not mirrored.
public interface CommentManager {
    List<Comment> getComments(Issue issue);

    List<Comment> getCommentsForUser(Issue issue, ApplicationUser user);

    List<Comment> getCommentsForUserSince(Issue issue, ApplicationUser user, Date since);

    Comment getLastComment(Issue issue);

    Comment getCommentById(Long id);

    Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent);

    Comment create(Issue issue, ApplicationUser author, String body, String groupLevel, Long roleLevelId, boolean dispatchEvent);

    Comment create(Issue issue, ApplicationUser author, String body, String groupLevel, Long roleLevelId, Date created,
            boolean dispatchEvent);

    Comment create(Issue issue, ApplicationUser author, String body, String groupLevel, Long roleLevelId, Date created,
            Map<String, JSONObject> commentProperties, boolean dispatchEvent);

    Comment create(Issue issue, ApplicationUser author, ApplicationUser updateAuthor, String body, String groupLevel,
            Long roleLevelId, Date created, Date updated, boolean dispatchEvent);

    Comment create(Issue issue, ApplicationUser author, ApplicationUser updateAuthor, String body, String groupLevel,
            Long roleLevelId, Date created, Date updated, boolean dispatchEvent, boolean modifyIssueUpdateDate);

    Comment create(Issue issue, ApplicationUser author, ApplicationUser updateAuthor, String body, String groupLevel,
            Long roleLevelId, Date created, Date updated, Map<String, JSONObject> commentProperties, boolean dispatchEvent,
            boolean modifyIssueUpdateDate);
}
