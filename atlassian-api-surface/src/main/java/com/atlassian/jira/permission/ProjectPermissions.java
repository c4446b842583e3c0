package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

// Source: SLACK-J10 (BROWSE_PROJECTS, EDIT_ISSUES, ADMINISTER_PROJECTS); §5
// Constants are null here (compile-only; object constants are not inlined, the real values come from Jira at runtime).
public final class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = null;
    public static final ProjectPermissionKey EDIT_ISSUES = null;
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = null;
    // UNVERIFIED: by source (well known).
    public static final ProjectPermissionKey ADD_COMMENTS = null;
    // UNVERIFIED: by source (well known).
    public static final ProjectPermissionKey TRANSITION_ISSUES = null;
    // UNVERIFIED: by source (well known).
    public static final ProjectPermissionKey ASSIGN_ISSUES = null;
    // UNVERIFIED: by source (well known).
    public static final ProjectPermissionKey EDIT_ALL_COMMENTS = null;
    // UNVERIFIED: by source (well known).
    public static final ProjectPermissionKey EDIT_OWN_COMMENTS = null;

    private ProjectPermissions() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
