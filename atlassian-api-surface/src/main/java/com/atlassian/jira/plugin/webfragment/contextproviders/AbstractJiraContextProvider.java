package com.atlassian.jira.plugin.webfragment.contextproviders;

import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import java.util.Map;

// Source: DOC-7 /jira/latest/.../AbstractJiraContextProvider.html (raw Map signatures); JSW-DOC 11.1 GhHelpContextProvider
// Constructor is empty (not throwing) so plugin context providers can be instantiated in unit tests.
@SuppressWarnings({"rawtypes", "unchecked"})
public abstract class AbstractJiraContextProvider implements ContextProvider {
    public AbstractJiraContextProvider() {
    }

    @Override
    public void init(Map params) throws PluginParseException {
        throw new UnsupportedOperationException("compile-only surface");
    }

    @Override
    public Map getContextMap(Map context) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public abstract Map getContextMap(ApplicationUser user, JiraHelper jiraHelper);
}
