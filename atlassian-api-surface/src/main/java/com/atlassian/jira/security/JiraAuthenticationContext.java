package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

// Source: SP-10 SessionResource, SLACK-J10 (getLoggedInUser); §5, §8.4
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();

    Locale getLocale();

    // UNVERIFIED: setter name in Jira 10 (needed by scheduler jobs running "as" a user).
    void setLoggedInUser(ApplicationUser user);
}
