package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

// Source: SP-10 SessionResource, SLACK-J10 (getLoggedInUser); §5, §8.4
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();

    Locale getLocale();

    // UNVERIFIED: not in the reference; the I18nHelper Javadoc names it as the way to obtain one.
    com.atlassian.jira.util.I18nHelper getI18nHelper();

    // UNVERIFIED: setter name in Jira 10 (needed by scheduler jobs running "as" a user).
    void setLoggedInUser(ApplicationUser user);
}
