package dev.handoff.jira.knowledge;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.redact.Redactor;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.RedactionPolicy;
import dev.handoff.search.KnowledgeHit;
import dev.handoff.search.KnowledgeQuery;
import dev.handoff.search.PassageReranker;
import dev.handoff.search.RerankedHits;
import dev.handoff.search.confluence.ConfluenceSearch;
import dev.handoff.search.confluence.ConfluenceSearchException;
import dev.handoff.search.QueryBuilder;
import dev.handoff.search.SimilarTicket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The knowledge step of a draft, in the background job: runbooks from approved sources at or below the draft's
 * tier, similar resolved tickets the requesting user may see, and a team suggestion with its evidence. Each
 * part fails on its own and says so in the draft; none fails the draft. Every text is redacted before it is
 * stored, like the rest of the draft.
 */
@Named
public class KnowledgeFinder implements KnowledgeLookup {

    static final int RUNBOOKS = 3;
    static final int SIMILAR = 5;
    /** Confluence pages added after the uploaded runbooks: scores of two indexes do not compare, so both get room. */
    static final int CONFLUENCE_PAGES = 2;
    private static final Logger log = LoggerFactory.getLogger(KnowledgeFinder.class);

    private final KnowledgeBase base;
    private final RunbookReranker reranker;
    private final ConfluenceKnowledge confluence;
    private final JiraSimilarIssues similar;
    private final HandoffSettings settings;
    private final RedactionPolicy redaction;

    @Inject
    public KnowledgeFinder(KnowledgeBase base, RunbookReranker reranker, ConfluenceKnowledge confluence,
                           JiraSimilarIssues similar, HandoffSettings settings, RedactionPolicy redaction) {
        this.base = base;
        this.reranker = reranker;
        this.confluence = confluence;
        this.similar = similar;
        this.settings = settings;
        this.redaction = redaction;
    }

    /** Call as the requesting user: the similar-ticket search runs with that user's permissions. */
    @Override
    public DraftKnowledge find(Issue issue, ApplicationUser user, Ticket ticket, Draft draft) {
        Redactor redactor = redaction.redactor();
        List<String> problems = new ArrayList<>();
        List<DraftKnowledge.Runbook> runbooks = new ArrayList<>();
        KnowledgeQuery query = QueryBuilder.fromDraft(draft, ticket.summary());
        try {
            for (KnowledgeHit h : runbooks(issue, query, draft.targetTier())) {
                runbooks.add(new DraftKnowledge.Runbook(h.id(), clean(redactor, h.title()), h.tier(), h.score(),
                        clean(redactor, h.passage()), null));
            }
        } catch (RuntimeException e) {
            log.warn("Handoff could not search the knowledge base for issue {}: {}", issue.getKey(), e.toString());
            problems.add("runbooks (the knowledge index failed: " + e.getClass().getSimpleName() + ")");
        }
        try {
            confluence.search(query, draft.targetTier(), CONFLUENCE_PAGES).ifPresent(r -> {
                for (ConfluenceSearch.Hit h : r.hits()) {
                    KnowledgeHit k = h.knowledge();
                    runbooks.add(new DraftKnowledge.Runbook(k.id(), clean(redactor, k.title()), k.tier(), k.score(),
                            clean(redactor, k.passage()), h.link()));
                }
                if (r.hits().isEmpty()) {
                    r.notes().forEach(n -> problems.add("Confluence: " + n));
                }
            });
        } catch (ConfluenceSearchException | RuntimeException e) {
            log.warn("Handoff could not search Confluence for issue {}: {}", issue.getKey(), e.getMessage());
            problems.add("Confluence pages (" + e.getMessage() + ")");
        }
        List<DraftKnowledge.SimilarIssue> issues = new ArrayList<>();
        DraftKnowledge.TeamHint team = null;
        String teamField = settings.teamField().or(settings::categoryField).orElse(IssueFields.COMPONENTS);
        try {
            JiraSimilarIssues.Result r = similar.find(issue, user, ticket, draft, teamField, SIMILAR);
            for (SimilarTicket s : r.similar()) {
                issues.add(new DraftKnowledge.SimilarIssue(s.key(), clean(redactor, s.summary()), s.resolution(),
                        s.resolvedBy() == null ? null : s.resolvedBy().displayName(),
                        s.score()));
            }
            team = new DraftKnowledge.TeamHint(r.suggestion().suggested() ? r.suggestion().team() : null,
                    r.suggestion().evidence());
        } catch (RuntimeException e) {
            log.warn("Handoff could not search similar issues for {}: {}", issue.getKey(), e.toString());
            problems.add("similar tickets and team suggestion (Jira's search failed: " + e.getClass().getSimpleName() + ")");
        }
        return new DraftKnowledge(runbooks, issues, team, problems);
    }

    /** BM25, re-ordered by the embedding model when one is configured (a failed re-rank is logged, not shown). */
    private List<KnowledgeHit> runbooks(Issue issue, KnowledgeQuery query, int tier) {
        Optional<PassageReranker> r = reranker.current();
        if (r.isEmpty()) {
            return base.search(query, tier, RUNBOOKS);
        }
        RerankedHits hits = base.search(query, tier, RUNBOOKS, r.get());
        if (hits.fallbackReason() != null) {
            log.info("Handoff kept the BM25 order of runbooks for issue {}: {}", issue.getKey(), hits.fallbackReason());
        }
        return hits.hits();
    }

    private static String clean(Redactor redactor, String text) {
        return text == null ? "" : redactor.redact(text).text();
    }
}
