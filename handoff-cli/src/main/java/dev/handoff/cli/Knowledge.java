package dev.handoff.cli;

import dev.handoff.cli.jira.BadInputException;
import dev.handoff.cli.jira.JiraIssueReader;
import dev.handoff.core.draft.Draft;
import dev.handoff.core.json.DraftJson;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.redact.Redactor;
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
    private final Redactor redactor = Redactor.defaults();

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

    /**
     * What the note and the JSON show: runbooks at or below {@code tier}, similar earlier tickets and the team
     * suggestion, redacted like the rest of the note. A folder that was not given is named as not looked up.
     */
    DraftKnowledge find(Ticket ticket, Draft draft, int tier) {
        List<DraftKnowledge.Runbook> runbooks = new ArrayList<>();
        List<DraftKnowledge.SimilarIssue> similar = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        DraftKnowledge.TeamHint team = null;
        if (index == null) {
            problems.add("runbooks (no --kb folder given)");
        } else {
            for (KnowledgeHit h : runbooks(ticket, draft, tier)) {
                runbooks.add(new DraftKnowledge.Runbook(h.id(), redact(h.title()), h.tier(), h.score(), redact(h.passage()), null));
            }
        }
        if (history == null) {
            problems.add("similar tickets and team suggestion (no --history folder given)");
        } else {
            for (SimilarTicket s : history.find(ticket, SIMILAR)) {
                similar.add(new DraftKnowledge.SimilarIssue(s.key(), redact(s.summary()), s.resolution(),
                        s.resolvedBy() == null ? null : s.resolvedBy().displayName(), s.score()));
            }
            TeamSuggestion t = suggester.suggest(ticket);
            team = new DraftKnowledge.TeamHint(t.suggested() ? t.team() : null, t.evidence());
        }
        return new DraftKnowledge(runbooks, similar, team, problems);
    }

    /** The JSON fields {@code runbooks}, {@code similar} and {@code suggestion}, for the folders given. */
    Map<String, Object> json(DraftKnowledge k) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> all = DraftJson.knowledge(k);
        if (index != null) {
            out.put("runbooks", all.get("runbooks"));
        }
        if (history != null) {
            out.put("similar", all.get("similar"));
            out.put("suggestion", all.get("team"));
        }
        return out;
    }

    /** The retrieved runbooks as passages a model may cite by id. */
    static List<RunbookPassage> passages(DraftKnowledge k) {
        return k.runbooks().stream().map(r -> new RunbookPassage(r.id(), r.title(), r.passage())).toList();
    }

    private String redact(String text) {
        return text == null ? "" : redactor.redact(text).text();
    }

    private List<KnowledgeHit> runbooks(Ticket ticket, Draft draft, int tier) {
        return index.search(QueryBuilder.fromDraft(draft, ticket.summary()), tier, RUNBOOKS);
    }
}
