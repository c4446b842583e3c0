package dev.handoff.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.cli.kb.RerankOptions;
import dev.handoff.search.KnowledgeDocument;
import dev.handoff.search.KnowledgeHit;
import dev.handoff.search.KnowledgeIndex;
import dev.handoff.search.KnowledgeLoader;
import dev.handoff.search.PassageReranker;
import dev.handoff.search.RerankedHits;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Metric (c) of the corpora README: recall@1/5/10 and MRR (0 beyond rank 10) of the knowledge search on
 * {@code kb/officedocs-queries.jsonl} over {@code kb/officedocs/}, alone and with the Prometheus runbooks
 * added as distractors. With {@code --rerank-ollama URL --embed-model NAME} (see {@link RerankOptions}) the same
 * queries are run again with BM25 candidates re-ranked by embeddings, so a desk can see whether that helps on its
 * corpus; queries where the BM25 order was kept are counted, with the first reason.
 */
public final class KbEval {

    /** One query and the article it must find. */
    public record Query(String text, String expected) {
    }

    /**
     * Figures of one run; {@code ranks} holds the 1-based rank of each expected article, 0 when beyond 10. With a
     * reranker, {@code fallbacks} counts the queries answered in BM25 order after all, {@code firstFallback} says why.
     */
    public record Figures(int queries, int at1, int at5, int at10, double mrr, int[] ranks, int fallbacks, String firstFallback) {
        public double recall(int hits) {
            return queries == 0 ? 0 : (double) hits / queries;
        }

        public String line() {
            String line = String.format(Locale.ROOT, "recall@1 %.3f  recall@5 %.3f  recall@10 %.3f  MRR %.3f  (%d queries)",
                    recall(at1), recall(at5), recall(at10), mrr, queries);
            return fallbacks == 0 ? line
                    : line + "  BM25 order kept on " + fallbacks + " of " + queries + " queries (first: " + firstFallback + ")";
        }
    }

    private KbEval() {
    }

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Path corpora = EvalSupport.corpora(args);
        boolean verbose = args.contains("--verbose");
        RerankOptions rerank = new RerankOptions(System::getenv);
        PassageReranker reranker = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                int consumed = rerank.accept(args, i);
                i = consumed >= 0 ? consumed : i;
            }
            reranker = rerank.enabled() ? rerank.reranker() : null;
        } catch (IllegalArgumentException e) {
            err.println("handoff eval kb: " + e.getMessage());
            err.println("usage: handoff eval kb [--corpora DIR] [--verbose] " + RerankOptions.USAGE);
            return 2;
        }
        Path kb = corpora.resolve("kb");
        KnowledgeLoader loader = new KnowledgeLoader();
        try {
            KnowledgeLoader.Result office = loader.load(kb.resolve("officedocs"));
            KnowledgeLoader.Result runbooks = loader.load(kb.resolve("prometheus-runbooks"));
            List<Query> queries = queries(kb.resolve("officedocs-queries.jsonl"));
            out.println("kb: " + office.documents().size() + " officedocs articles (" + office.problems().size()
                    + " files skipped), " + runbooks.documents().size() + " runbooks, " + queries.size() + " queries");
            long t0 = System.nanoTime();
            Figures plain = evaluate(office.documents(), queries, KnowledgeIndex.Settings.defaults(), verbose ? out : null);
            out.println("officedocs            " + plain.line());
            List<KnowledgeDocument> mixed = new ArrayList<>(office.documents());
            for (KnowledgeDocument d : runbooks.documents()) {
                // prefixed so a runbook id can never equal an article id
                mixed.add(KnowledgeDocument.of("prometheus-runbooks/" + d.id(), d.title(), d.description(), d.headings(),
                        d.body(), d.tier()));
            }
            Figures withRunbooks = evaluate(mixed, queries, KnowledgeIndex.Settings.defaults(), null);
            out.println("officedocs + runbooks " + withRunbooks.line());
            out.printf(Locale.ROOT, "time %.1f s%n", (System.nanoTime() - t0) / 1e9);
            if (reranker != null) {
                long t1 = System.nanoTime();
                out.println("re-ranked with " + rerank.describe() + ":");
                out.println("officedocs            "
                        + evaluate(office.documents(), queries, KnowledgeIndex.Settings.defaults(), reranker, verbose ? out : null).line());
                out.println("officedocs + runbooks "
                        + evaluate(mixed, queries, KnowledgeIndex.Settings.defaults(), reranker, null).line());
                out.printf(Locale.ROOT, "time %.1f s%n", (System.nanoTime() - t1) / 1e9);
            }
            return 0;
        } catch (IOException e) {
            err.println("handoff eval kb: " + e.getMessage());
            return 1;
        }
    }

    public static List<Query> queries(Path file) {
        List<Query> out = new ArrayList<>();
        for (JsonNode row : EvalSupport.readJsonl(file)) {
            out.add(new Query(row.path("query").asText(""), row.path("expected").asText("")));
        }
        return out;
    }

    /** Ranks every query's expected article in an index of {@code docs}; {@code verbose} lists the misses at rank 1. */
    public static Figures evaluate(List<KnowledgeDocument> docs, List<Query> queries, KnowledgeIndex.Settings settings,
                                   PrintStream verbose) {
        return evaluate(docs, queries, settings, null, verbose);
    }

    /** As above, the top 10 re-ranked by {@code reranker} among its BM25 candidates ({@code null}: BM25 only). */
    public static Figures evaluate(List<KnowledgeDocument> docs, List<Query> queries, KnowledgeIndex.Settings settings,
                                   PassageReranker reranker, PrintStream verbose) {
        int fallbacks = 0;
        String firstFallback = null;
        int at1 = 0;
        int at5 = 0;
        int at10 = 0;
        double rr = 0;
        int[] ranks = new int[queries.size()];
        try (KnowledgeIndex index = new KnowledgeIndex(docs, settings)) {
            for (int i = 0; i < queries.size(); i++) {
                Query q = queries.get(i);
                List<KnowledgeHit> hits;
                if (reranker == null) {
                    hits = index.search(q.text(), 3, 10);
                } else {
                    RerankedHits ranked = index.search(q.text(), 3, 10, reranker);
                    hits = ranked.hits();
                    if (ranked.fallbackReason() != null) {
                        fallbacks++;
                        firstFallback = firstFallback == null ? ranked.fallbackReason() : firstFallback;
                    }
                }
                int rank = 0;
                for (int r = 0; r < hits.size(); r++) {
                    if (hits.get(r).id().equals(q.expected())) {
                        rank = r + 1;
                        break;
                    }
                }
                ranks[i] = rank;
                if (rank == 1) {
                    at1++;
                }
                if (rank >= 1 && rank <= 5) {
                    at5++;
                }
                if (rank >= 1) {
                    at10++;
                    rr += 1.0 / rank;
                }
                if (verbose != null && rank != 1) {
                    verbose.println("rank " + rank + " " + q.expected() + " got " + (hits.isEmpty() ? "-" : hits.get(0).id()));
                }
            }
        } catch (UncheckedIOException e) {
            throw e;
        }
        return new Figures(queries.size(), at1, at5, at10, queries.isEmpty() ? 0 : rr / queries.size(), ranks, fallbacks,
                firstFallback);
    }
}
