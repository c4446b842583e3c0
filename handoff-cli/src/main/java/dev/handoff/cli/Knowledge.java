package dev.handoff.cli;

import dev.handoff.cli.jira.BadInputException;
import dev.handoff.cli.jira.JiraIssueReader;
import dev.handoff.core.draft.Draft;
import dev.handoff.core.json.DraftJson;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.redact.Redactor;
import dev.handoff.core.model.Ticket;
import dev.handoff.search.KnowledgeHit;
import dev.handoff.search.KnowledgeIndex;
import dev.handoff.search.KnowledgeLoader;
import dev.handoff.search.KnowledgeQuery;
import dev.handoff.search.PassageReranker;
import dev.handoff.search.RerankedHits;
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
 * evidence. Suggestions are shown, never applied. With a reranker, runbooks are chosen among more BM25 candidates
 * by embedding similarity as well; whether that happened, or why not, is reported beside them.
 */
final class Knowledge {

    static final int RUNBOOKS = 3;
    static final int SIMILAR = 5;

    private final KnowledgeIndex index;
    private final SimilarTickets history;
    private final TeamSuggester suggester;
    private final Redactor redactor = Redactor.defaults();
    private final PassageReranker reranker;
    private final String rerankModel;

    /** What {@link #find} found, and how the runbooks were ranked ({@code rerank} null without a reranker). */
    record Found(DraftKnowledge knowledge, RerankedHits rerank) {
    }

    private Knowledge(KnowledgeIndex index, SimilarTickets history, PassageReranker reranker, String rerankModel) {
        this.index = index;
        this.reranker = reranker;
        this.rerankModel = rerankModel;
        this.history = history;
        this.suggester = history == null ? null : new TeamSuggester(history, TeamSuggester.Settings.defaults());
    }

    /** {@code reranker} null: BM25 order only. */
    static Knowledge load(Path kb, Path historyDir, JiraIssueReader reader, PassageReranker reranker, String rerankModel,
                          PrintStream err) throws IOException {
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
        return new Knowledge(index, similar, reranker, rerankModel);
    }

    /**
     * What the note and the JSON show: runbooks at or below {@code tier}, similar earlier tickets and the team
     * suggestion, redacted like the rest of the note. A folder that was not given is named as not looked up.
     */
    Found find(Ticket ticket, Draft draft, int tier) {
        List<DraftKnowledge.Runbook> runbooks = new ArrayList<>();
        RerankedHits ranked = null;
        List<DraftKnowledge.SimilarIssue> similar = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        DraftKnowledge.TeamHint team = null;
        if (index == null) {
            problems.add("runbooks (no --kb folder given)");
        } else {
            KnowledgeQuery query = QueryBuilder.fromDraft(draft, ticket.summary());
            List<KnowledgeHit> hits;
            if (reranker == null) {
                hits = index.search(query, tier, RUNBOOKS);
            } else {
                ranked = index.search(query, tier, RUNBOOKS, reranker);
                hits = ranked.hits();
            }
            for (KnowledgeHit h : hits) {
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
        return new Found(new DraftKnowledge(runbooks, similar, team, problems), ranked);
    }

    /**
     * The JSON fields {@code runbooks}, {@code similar} and {@code suggestion}, for the folders given, and with a
     * reranker {@code rerank}: the embedding model, whether the runbooks were re-ranked, and why not.
     */
    Map<String, Object> json(Found found) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> all = DraftJson.knowledge(found.knowledge());
        if (index != null) {
            out.put("runbooks", all.get("runbooks"));
            if (found.rerank() != null) {
                Map<String, Object> rerank = new LinkedHashMap<>();
                rerank.put("model", rerankModel);
                rerank.put("reranked", found.rerank().reranked());
                rerank.put("fallbackReason", found.rerank().fallbackReason());
                out.put("rerank", rerank);
            }
        }
        if (history != null) {
            out.put("similar", all.get("similar"));
            out.put("suggestion", all.get("team"));
        }
        return out;
    }

    private String redact(String text) {
        return text == null ? "" : redactor.redact(text).text();
    }
}
