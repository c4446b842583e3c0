package com.atlassian.jira.plugin.webfragment.conditions;

import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import java.util.Map;

// Source: JSRC-old AbstractWebCondition.java ("@since v6.0"); present in SP-10 (10.3) and JSW-DOC 11.1
// Constructor is empty (not throwing) so plugin conditions can be instantiated in unit tests.
public abstract class AbstractWebCondition implements Condition {
    public AbstractWebCondition() {
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        throw new UnsupportedOperationException("compile-only surface");
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public abstract boolean shouldDisplay(ApplicationUser user, JiraHelper jiraHelper);
}
