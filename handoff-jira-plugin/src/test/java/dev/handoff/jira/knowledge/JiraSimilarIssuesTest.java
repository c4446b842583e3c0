package dev.handoff.jira.knowledge;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.handoff.core.draft.Draft;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.search.SimilarTicket;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraSimilarIssuesTest {

    private final SearchService search = mock(SearchService.class);
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final Query query = mock(Query.class);
    private final JiraSimilarIssues similar = new JiraSimilarIssues(search, new IssueFields(mock(CustomFieldManager.class)),
            max -> {
                assertThat(max).as("candidates are capped").isEqualTo(JiraSimilarIssues.CANDIDATES);
                return mock(PagerFilter.class);
            });
    private final Ticket ticket = new Ticket("SD-50", "VPN disconnects every hour on the laptop",
            "Since Monday the VPN client drops the tunnel every hour. Error 809.", "", null, null, null, null, null, null,
            Instant.parse("2026-11-01T10:00:00Z"), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    private final Draft draft = EscalationPipeline.defaults().draft(ticket, Audience.agents(2));
    private final Issue escalated = issue(50, "SD-50", "VPN disconnects every hour", null, null, "2026-11-01T10:00:00Z");

    private Issue issue(long id, String key, String summary, String resolution, String component, String created) {
        Issue i = mock(Issue.class);
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10000L);
        when(i.getId()).thenReturn(id);
        when(i.getKey()).thenReturn(key);
        when(i.getSummary()).thenReturn(summary);
        when(i.getProjectObject()).thenReturn(project);
        when(i.getCreated()).thenReturn(Timestamp.from(Instant.parse(created)));
        if (resolution != null) {
            Resolution r = mock(Resolution.class);
            when(r.getName()).thenReturn(resolution);
            when(i.getResolution()).thenReturn(r);
        }
        if (component != null) {
            ProjectComponent c = mock(ProjectComponent.class);
            when(c.getName()).thenReturn(component);
            when(i.getComponents()).thenReturn(List.of(c));
        }
        return i;
    }

    private void jiraFinds(List<Issue> found) throws SearchException {
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        when(search.parseQuery(eq(agent), anyString())).thenReturn(parsed);
        @SuppressWarnings("unchecked")
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getResults()).thenReturn(found);
        when(search.search(eq(agent), eq(query), any(PagerFilter.class))).thenReturn(results);
    }

    @Test
    void theQueryIsPlainWordsOfTheSummaryAndErrorOverResolvedIssuesOfTheProjectAsTheRequestingUser() throws Exception {
        jiraFinds(List.of());

        similar.find(escalated, agent, ticket, draft, "components", 5);

        ArgumentCaptor<String> jql = ArgumentCaptor.forClass(String.class);
        org.mockito.Mockito.verify(search).parseQuery(eq(agent), jql.capture());
        assertThat(jql.getValue()).startsWith("project = 10000 AND resolution is not EMPTY AND issuekey != 50 AND (")
                .contains("text ~ \"vpn\"", "text ~ \"disconnects\"").endsWith(" ORDER BY resolved DESC");
    }

    @Test
    void ticketTextCannotChangeTheStructureOfTheQuery() {
        Ticket hostile = new Ticket("SD-51", "x\" OR project = HR OR text ~ \"salary\\", "", "", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);

        String jql = JiraSimilarIssues.jql(escalated, JiraSimilarIssues.terms(hostile, Draft.of("SD-51", Audience.agents(2), 2,
                Instant.EPOCH, null, null, null, java.util.Map.of())));

        assertThat(jql).contains("text ~ \"project\"", "text ~ \"salary\"").doesNotContain("\\", "= HR");
        assertThat(jql.chars().filter(c -> c == '"').count() % 2).isZero();
    }

    @Test
    void candidatesAreRerankedEarlierResolvedOnesOnlyAndTheTeamIsVotedFromTheConfiguredField() throws Exception {
        List<Issue> found = new ArrayList<>();
        found.add(issue(1, "SD-1", "VPN disconnects every hour", "Fixed", "Network-L2", "2026-10-01T10:00:00Z"));
        found.add(issue(2, "SD-2", "VPN client drops tunnel hourly", "Fixed", "Network-L2", "2026-10-02T10:00:00Z"));
        found.add(issue(3, "SD-3", "VPN disconnects after sleep", "Fixed", "Network-L2", "2026-10-03T10:00:00Z"));
        found.add(issue(4, "SD-4", "Printer offline", "Fixed", "Desktop", "2026-10-04T10:00:00Z"));
        found.add(issue(5, "SD-5", "VPN disconnects every hour again", "Fixed", "Network-L2", "2026-12-01T10:00:00Z"));
        jiraFinds(found);

        JiraSimilarIssues.Result r = similar.find(escalated, agent, ticket, draft, "components", 3);

        assertThat(r.similar()).extracting(SimilarTicket::key).hasSize(3).doesNotContain("SD-5", "SD-4").contains("SD-1");
        assertThat(r.suggestion().suggested()).isTrue();
        assertThat(r.suggestion().team()).isEqualTo("Network-L2");
        assertThat(r.suggestion().evidence()).contains("resolved in Network-L2");
    }

    @Test
    void onASmallInstanceTheSuggestionSaysNotEnoughHistory() throws Exception {
        jiraFinds(List.of(issue(1, "SD-1", "VPN disconnects every hour", "Fixed", "Network-L2", "2026-10-01T10:00:00Z")));

        JiraSimilarIssues.Result r = similar.find(escalated, agent, ticket, draft, "components", 5);

        assertThat(r.suggestion().suggested()).isFalse();
        assertThat(r.suggestion().evidence()).startsWith("not enough history");
    }

    @Test
    void aSearchJiraRefusesIsAnErrorNotAnEmptyResult() throws Exception {
        jiraFinds(List.of());
        when(search.search(eq(agent), eq(query), any(PagerFilter.class))).thenThrow(new SearchException("index unavailable"));

        assertThatThrownBy(() -> similar.find(escalated, agent, ticket, draft, "components", 5))
                .isInstanceOf(IllegalStateException.class).hasMessage("Jira's search failed");
    }
}
