package dev.handoff.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class HandoffPanelContextProviderTest {

    private final ApplicationProperties properties = mock(ApplicationProperties.class);
    private final HandoffPanelContextProvider provider = new HandoffPanelContextProvider(properties);

    @SuppressWarnings("unchecked")
    private Map<String, Object> contextFor(String issueKey) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(issueKey);
        JiraHelper helper = mock(JiraHelper.class);
        when(helper.getContextParams()).thenReturn(Map.of("issue", issue));
        return (Map<String, Object>) provider.getContextMap(null, helper);
    }

    @Test
    void theShellGetsOnlyTheIssueKeyAndTheRestBaseUnderTheContextPath() {
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        assertThat(contextFor("SD-7")).isEqualTo(Map.of("issueKey", "SD-7", "restBase", "/jira/rest/handoff/1.0"));
    }

    @Test
    void atTheRootContextTheRestBaseIsAbsoluteFromTheRoot() {
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("");
        assertThat(contextFor("SD-7")).containsEntry("restBase", "/rest/handoff/1.0");
    }

    @Test
    void anythingButAnIssueKeyOrAPlainPathIsNeverPrinted() {
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/j\"><script>");
        Map<String, Object> context = contextFor("SD-7\"><img src=x onerror=alert(1)>");
        assertThat(context).isEqualTo(Map.of("issueKey", "", "restBase", "/rest/handoff/1.0"));
    }

    @Test
    void withoutAnIssueInTheContextTheKeyIsEmpty() {
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        JiraHelper helper = mock(JiraHelper.class);
        when(helper.getContextParams()).thenReturn(Map.of());
        assertThat(provider.getContextMap(null, helper).get("issueKey")).isEqualTo("");
    }

    @Test
    void escapingCoversEveryHtmlSpecialCharacter() {
        assertThat(HandoffPanelContextProvider.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }
}
