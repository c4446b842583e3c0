package com.atlassian.jira.plugin.webfragment.conditions;

import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;

// Source: SLACK-J10 atlassian-plugin.xml (<condition class="...UserLoggedInCondition"/>); §15 (host class named only in XML)
// Declared so the class name used in atlassian-plugin.xml resolves on the compile classpath.
// UNVERIFIED: superclass (AbstractWebCondition) and public no-arg constructor inferred.
public class UserLoggedInCondition extends AbstractWebCondition {
    public UserLoggedInCondition() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    @Override
    public boolean shouldDisplay(ApplicationUser user, JiraHelper jiraHelper) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
