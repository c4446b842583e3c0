package com.atlassian.jira.component;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.util.UserManager;

// Source: CONDEC; SLACK-J10 (getOSGiComponentInstanceOfType); frankymad/jira_snippets (§5)
// Constructor injection is preferred; these static getters exist for places without injection.
public class ComponentAccessor {
    private ComponentAccessor() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static <T> T getComponent(Class<T> componentClass) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static <T> T getOSGiComponentInstanceOfType(Class<T> componentClass) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static IssueManager getIssueManager() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static CustomFieldManager getCustomFieldManager() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static CommentManager getCommentManager() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static JiraAuthenticationContext getJiraAuthenticationContext() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static ChangeHistoryManager getChangeHistoryManager() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static PermissionManager getPermissionManager() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static UserManager getUserManager() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
