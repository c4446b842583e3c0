package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

// Source: SLACK-J10
public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}
