package com.atlassian.jira.security.plugin;

// Source: SLACK-J10 (parameter type of PermissionManager#hasPermission); §5
// UNVERIFIED: package and members (constructor(String), permissionKey()).
public final class ProjectPermissionKey {
    public ProjectPermissionKey(String key) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String permissionKey() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
