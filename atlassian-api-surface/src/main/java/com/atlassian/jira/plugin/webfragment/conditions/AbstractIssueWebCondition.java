package com.atlassian.jira.plugin.webfragment.conditions;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;

// Source: SP-10 condition/StartScrumPokerForIssueCondition.java (overrides the 3-arg shouldDisplay in 10.3)
// Constructor is empty (not throwing) so plugin conditions can be instantiated in unit tests.
public abstract class AbstractIssueWebCondition extends AbstractWebCondition {
    public AbstractIssueWebCondition() {
    }

    // UNVERIFIED: declared concrete here because SP-10's subclass implements only the 3-arg form; not seen directly.
    @Override
    public boolean shouldDisplay(ApplicationUser user, JiraHelper jiraHelper) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public abstract boolean shouldDisplay(ApplicationUser user, Issue issue, JiraHelper jiraHelper);
}
