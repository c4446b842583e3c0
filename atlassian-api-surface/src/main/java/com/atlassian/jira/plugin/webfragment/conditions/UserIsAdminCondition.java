package com.atlassian.jira.plugin.webfragment.conditions;

import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;

// Source: §4.1 (SLACK-J10 atlassian-plugin.xml uses <condition class="...UserIsAdminCondition"/> in Jira 10.0); §15 (host class named only in XML)
// Declared so the class name used in atlassian-plugin.xml resolves on the compile classpath.
// UNVERIFIED: superclass (AbstractWebCondition) and public no-arg constructor inferred (the real class may take injected services).
public class UserIsAdminCondition extends AbstractWebCondition {
    public UserIsAdminCondition() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    @Override
    public boolean shouldDisplay(ApplicationUser user, JiraHelper jiraHelper) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
