package dev.handoff.jira.web;

import dev.handoff.core.render.HtmlEscape;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.plugin.webfragment.contextproviders.AbstractJiraContextProvider;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The panel shell's Velocity context: only {@code issueKey} and {@code restBase} (the context path plus
 * {@code /rest/handoff/1.0}). No draft data: the script fetches it from the REST resource, which applies the
 * permission rules. Both values are checked against a strict pattern and HTML-escaped here, so the shell never
 * prints anything but an issue key and a path.
 */
@Named
public class HandoffPanelContextProvider extends AbstractJiraContextProvider {

    static final String ISSUE_KEY = "issueKey";
    static final String REST_BASE = "restBase";

    /** Jira issue keys: project key (letters, digits, underscore), dash, number. */
    private static final Pattern ISSUE_KEY_PATTERN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*-[0-9]+");

    private final ApplicationProperties applicationProperties;

    @Inject
    public HandoffPanelContextProvider(@ComponentImport ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Map getContextMap(ApplicationUser user, JiraHelper jiraHelper) {
        Map<String, Object> params = jiraHelper == null ? null : jiraHelper.getContextParams();
        Object issue = params == null ? null : params.get("issue");
        return contextFor(issue instanceof Issue i ? i.getKey() : null);
    }

    Map<String, Object> contextFor(String issueKey) {
        Map<String, Object> out = new HashMap<>();
        out.put(ISSUE_KEY, issueKey != null && ISSUE_KEY_PATTERN.matcher(issueKey).matches() ? escape(issueKey) : "");
        out.put(REST_BASE, escape(RestBase.path(applicationProperties)));
        return out;
    }

    /** HTML attribute escaping: the identity for every value the patterns admit, a second guard otherwise. */
    static String escape(String s) {
        return HtmlEscape.escape(s);
    }
}
