package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

// Source: SLACK-J10 (jiraUserManager.getUserByKey); §5. Not to be confused with com.atlassian.sal.api.user.UserManager.
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
