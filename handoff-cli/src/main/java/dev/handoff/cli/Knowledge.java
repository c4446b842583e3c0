package dev.handoff.cli;

import dev.handoff.cli.jira.BadInputException;
import dev.handoff.cli.jira.JiraIssueReader;
import dev.handoff.core.draft.Draft;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.prose.RunbookPassage;
import dev.handoff.search.KnowledgeHit;
import dev.handoff.search.KnowledgeIndex;
import dev.handoff.search.KnowledgeLoader;
import dev.handoff.search.QueryBuilder;
import dev.handoff.search.SimilarTicket;
import dev.handoff.search.SimilarTickets;
import dev.handoff.search.TeamSuggester;
import dev.handoff.search.TeamSuggestion;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code draft --kb DIR --history DIR} adds: runbooks from an approved folder (at or below the
 * draft's tier), similar earlier tickets from a folder of Jira JSON, and a suggested team with its
 * evidence. Suggestions are shown, never applied.
 */
final class Knowledge {

    static final int RUNBOOKS = 3;
    static final int SIMILAR = 5;

    private final KnowledgeIndex index;
    private final SimilarTickets history;
    private final TeamSuggester suggester;

    private Knowledge(KnowledgeIndex index, SimilarTickets history) {
        this.index = index;
        this.history = history;
        this.suggester = history == null ? null : new TeamSuggester(history, TeamSuggester.Settings.defaults());
    }

    static Knowledge load(Path kb, Path historyDir, JiraIssueReader reader, PrintStream err) throws IOException {
        KnowledgeIndex index = null;
        if (kb != null) {
            KnowledgeLoader.Result loaded = new KnowledgeLoader().load(kb);
            loaded.problems().forEach(p -> err.println("handoff: kb " + p.path() + ": " + p.reason()));
            index = new KnowledgeIndex(loaded.documents());
        }
        SimilarTickets similar = null;
        if (historyDir != null) {
            List<Ticket> tickets = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(historyDir, "*.json")) {
                for (Path f : files) {
                    try {
                        tickets.add(reader.read(Files.readAllBytes(f)));
                    } catch (BadInputException e) {
                        err.println("handoff: history " + f.getFileName() + ": " + e.getMessage());
                    }
                }
            }
            similar = new SimilarTickets(tickets);
        }
        return new Knowledge(index, similar);
    }

    Map<String, Object> json(Ticket ticket, Draft draft, int tier) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (index != null) {
            List<Object> runbooks = new ArrayList<>();
            for (KnowledgeHit h : runbooks(ticket, draft, tier)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", h.id());
                m.put("title", h.title());
                m.put("tier", h.tier());
                m.put("score", Math.round(h.score() * 1000) / 1000.0);
                m.put("passage", h.passage());
                runbooks.add(m);
            }
            out.put("runbooks", runbooks);
        }
        if (history != null) {
            List<Object> similar = new ArrayList<>();
            for (SimilarTicket s : history.find(ticket, SIMILAR)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("key", s.key());
                m.put("summary", s.summary());
                m.put("resolution", s.resolution());
                m.put("resolvedBy", s.resolvedBy() == null ? null : s.resolvedBy().displayName());
                m.put("score", Math.round(s.score() * 1000) / 1000.0);
                similar.add(m);
            }
            out.put("similar", similar);
            TeamSuggestion t = suggester.suggest(ticket);
            Map<String, Object> suggestion = new LinkedHashMap<>();
            suggestion.put("team", t.suggested() ? t.team() : null);
            suggestion.put("evidence", t.evidence());
            suggestion.put("neighbours", t.neighbours());
            out.put("suggestion", suggestion);
        }
        return out;
    }

    String text(Ticket ticket, Draft draft, int tier) {
        StringBuilder sb = new StringBuilder();
        if (index != null) {
            sb.append("\nMatching runbooks (tier ").append(tier).append(" and below)\n--------------------------------------\n");
            List<KnowledgeHit> hits = runbooks(ticket, draft, tier);
            if (hits.isEmpty()) {
                sb.append("No approved runbook matches.\n");
            }
            for (KnowledgeHit h : hits) {
                sb.append("- ").append(h.title()).append(" (").append(h.id()).append(", tier ").append(h.tier()).append(")\n");
                if (!h.passage().isBlank()) {
                    sb.append("    \"").append(h.passage().replace('\n', ' ')).append("\"\n");
                }
            }
        }
        if (history != null) {
            sb.append("\nSimilar earlier tickets\n-----------------------\n");
            List<SimilarTicket> similar = history.find(ticket, SIMILAR);
            if (similar.isEmpty()) {
                sb.append("None found.\n");
            }
            for (SimilarTicket s : similar) {
                sb.append("- ").append(s.key()).append(": ").append(s.summary());
                if (!s.resolution().isBlank()) {
                    sb.append(" [").append(s.resolution());
                    if (s.resolvedBy() != null) {
                        sb.append(", ").append(s.resolvedBy().displayName());
                    }
                    sb.append(']');
                }
                sb.append('\n');
            }
            TeamSuggestion t = suggester.suggest(ticket);
            sb.append("\nSuggested team (not applied): ").append(t.suggested() ? t.team() + " - " : "").append(t.evidence()).append('\n');
        }
        return sb.toString();
    }

    /** The retrieved runbooks as passages a model may cite by id; none without {@code --kb}. */
    List<RunbookPassage> passages(Ticket ticket, Draft draft, int tier) {
        if (index == null) {
            return List.of();
        }
        return runbooks(ticket, draft, tier).stream().map(h -> new RunbookPassage(h.id(), h.title(), h.passage())).toList();
    }

    private List<KnowledgeHit> runbooks(Ticket ticket, Draft draft, int tier) {
        return index.search(QueryBuilder.fromDraft(draft, ticket.summary()), tier, RUNBOOKS);
    }
}
