package dev.handoff.jira.knowledge;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.core.draft.Draft;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.Ticket;
import dev.handoff.search.SimilarTicket;
import dev.handoff.search.SimilarTickets;
import dev.handoff.search.TeamSuggester;
import dev.handoff.search.TeamSuggestion;

import javax.inject.Inject;
import javax.inject.Named;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Similar resolved tickets through Jira's own search, as the requesting user: Jira applies project and issue
 * security, and Handoff keeps no private index of the instance's history. A JQL text query over the issue's
 * project, capped at {@link #CANDIDATES} newest matches, is re-ranked with the same BM25 ranking the offline
 * runner is measured with; the team suggestion is a vote of the best of them.
 */
@Named
public class JiraSimilarIssues {

    /** Jira returns at most this many candidates: enough to re-rank, cheap for the search index. */
    static final int CANDIDATES = 50;
    static final int MAX_TERMS = 8;

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "not", "but", "are", "was", "cannot",
            "can't", "does", "from", "this", "that", "have", "has", "after", "when", "issue", "problem", "error", "please",
            "help", "user", "und", "der", "die", "das", "mit", "nicht", "ein", "eine", "les", "des", "pour", "pas",
            "una", "los", "las", "para", "con");

    private final SearchService search;
    private final IssueFields fields;
    private final java.util.function.IntFunction<PagerFilter> pages;

    /** Neighbours best first; the suggestion says "not enough history" rather than guess. */
    public record Result(List<SimilarTicket> similar, TeamSuggestion suggestion) {
    }

    @Inject
    public JiraSimilarIssues(@ComponentImport SearchService search, IssueFields fields) {
        this(search, fields, PagerFilter::new);
    }

    /** {@code pages} makes the page limit: Jira's PagerFilter cannot be built outside Jira. */
    JiraSimilarIssues(SearchService search, IssueFields fields, java.util.function.IntFunction<PagerFilter> pages) {
        this.search = search;
        this.fields = fields;
        this.pages = pages;
    }

    public Result find(Issue issue, ApplicationUser user, Ticket ticket, Draft draft, String teamField, int k) {
        String jql = jql(issue, terms(ticket, draft));
        SearchService.ParseResult parsed = search.parseQuery(user, jql);
        if (!parsed.isValid()) {
            throw new IllegalStateException("Jira rejected the similar-ticket query");
        }
        List<Issue> found;
        try {
            found = search.search(user, parsed.getQuery(), pages.apply(CANDIDATES)).getResults();
        } catch (SearchException e) {
            throw new IllegalStateException("Jira's search failed", e);
        }
        List<Ticket> candidates = new ArrayList<>();
        Map<String, List<String>> teams = new HashMap<>();
        for (Issue i : found) {
            if (i.getKey().equals(issue.getKey())) {
                continue;
            }
            candidates.add(light(i));
            teams.put(i.getKey(), fields.values(i, teamField));
        }
        TeamSuggester.Settings settings = TeamSuggester.Settings.defaults();
        try (SimilarTickets index = new SimilarTickets(candidates)) {
            List<SimilarTicket> neighbours = index.find(ticket, Math.max(k, settings.neighbours()), true);
            Function<SimilarTicket, List<String>> teamOf = t -> teams.getOrDefault(t.key(), List.of());
            TeamSuggestion suggestion = new TeamSuggester(index, teamOf, teamField, settings)
                    .vote(neighbours.subList(0, Math.min(settings.neighbours(), neighbours.size())));
            return new Result(neighbours.subList(0, Math.min(k, neighbours.size())), suggestion);
        }
    }

    /**
     * Resolved issues of the same project sharing any of the terms, newest resolution first. Terms are plain
     * words only (letters and digits), so nothing from the ticket can change the query's structure.
     */
    static String jql(Issue issue, List<String> terms) {
        StringBuilder sb = new StringBuilder("project = ").append(issue.getProjectObject().getId())
                .append(" AND resolution is not EMPTY AND issuekey != ").append(issue.getId());
        if (!terms.isEmpty()) {
            sb.append(" AND (");
            for (int i = 0; i < terms.size(); i++) {
                sb.append(i == 0 ? "" : " OR ").append("text ~ \"").append(terms.get(i)).append('"');
            }
            sb.append(')');
        }
        return sb.append(" ORDER BY resolved DESC").toString();
    }

    /** The summary's words, then the error strings': what a person would type into Jira's search. */
    static List<String> terms(Ticket ticket, Draft draft) {
        Set<String> out = new LinkedHashSet<>();
        add(out, ticket.summary());
        for (Evidence e : draft.environment().get(Slot.ERROR_STRING)) {
            add(out, e.value());
        }
        return out.stream().limit(MAX_TERMS).toList();
    }

    private static void add(Set<String> out, String text) {
        if (text == null) {
            return;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !STOP.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                out.add(w);
            }
        }
    }

    /** What the ranking reads of a candidate: its text fields, components, resolution, resolver (the assignee), dates. */
    private Ticket light(Issue i) {
        List<String> components = fields.values(i, IssueFields.COMPONENTS);
        Person assignee = i.getAssignee() == null ? null : new Person(i.getAssignee().getKey(), i.getAssignee().getDisplayName());
        return new Ticket(i.getKey(), i.getSummary(), i.getDescription(), i.getEnvironment(), null, null, null,
                i.getResolution() == null ? null : i.getResolution().getName(), Person.UNKNOWN, assignee,
                instant(i.getCreated()), instant(i.getResolutionDate()), components, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
