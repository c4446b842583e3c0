package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

// Source: SLACK-J10 (Jira 10.0); CONDEC mock. Deprecated int-based overloads are not mirrored.
public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
