package dev.handoff.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Re-ranks BM25 candidates by a blend of their BM25 score and the cosine similarity between the query's
 * embedding and the candidate's (title and matched passage). Both are min-max normalised over the candidates,
 * so the blend compares ranks within this result list rather than units that differ between models.
 *
 * <p>BM25 stays the fallback: whatever the embedder does (throws, answers late, returns the wrong number of
 * vectors, vectors of different lengths or non-finite values), the BM25 order comes back with the reason,
 * and the caller waits no longer than {@link Settings#timeout()}. The embedder runs on a small pool of its own
 * so the deadline holds even when the embedder ignores it; when the pool is full, re-ranking is skipped
 * rather than queued.
 */
public final class EmbeddingReranker implements PassageReranker {

    /** Queries are built from a whole draft; the start holds the summary and the error strings. */
    static final int MAX_QUERY_CHARS = 2000;
    static final int MAX_PASSAGE_CHARS = 1200;

    /**
     * @param candidates      BM25 documents fetched and re-ranked (at least the k asked for)
     * @param embeddingWeight share of the embedding similarity in the blend, 0 (BM25 only) to 1 (embeddings only)
     * @param timeout         longest wait for the embeddings
     * @param maxInFlight     embedding calls running at once; more are skipped, not queued
     */
    public record Settings(int candidates, double embeddingWeight, Duration timeout, int maxInFlight) {

        public Settings {
            Objects.requireNonNull(timeout, "timeout");
            if (candidates < 1 || maxInFlight < 1) {
                throw new IllegalArgumentException("candidates and maxInFlight must be at least 1");
            }
            if (!(embeddingWeight >= 0 && embeddingWeight <= 1)) {
                throw new IllegalArgumentException("embeddingWeight must be between 0 and 1, got " + embeddingWeight);
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
        }

        /** 20 candidates, an even blend, 4 calls at once: starting points, not measured (see README). */
        public static Settings defaults(Duration timeout) {
            return new Settings(20, 0.5, timeout, 4);
        }
    }

    private final Embedder embedder;
    private final Settings settings;
    private final ThreadPoolExecutor calls;

    public EmbeddingReranker(Embedder embedder, Settings settings) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.settings = Objects.requireNonNull(settings, "settings");
        // no core threads: an idle reranker holds none, so one dropped with its settings needs no shutdown
        this.calls = new ThreadPoolExecutor(0, settings.maxInFlight(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads());
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public int candidates(int k) {
        return Math.max(k, settings.candidates());
    }

    @Override
    public RerankedHits rerank(String queryText, List<KnowledgeHit> candidates, int k) {
        if (candidates.size() <= 1 || k <= 0) {
            return RerankedHits.bm25(candidates, k, null);
        }
        if (queryText == null || queryText.isBlank()) {
            return RerankedHits.bm25(candidates, k, "no query text to embed");
        }
        String query = queryText.length() > MAX_QUERY_CHARS ? queryText.substring(0, MAX_QUERY_CHARS) : queryText;
        List<String> passages = candidates.stream().map(EmbeddingReranker::passageText).toList();
        Future<List<float[]>> call;
        try {
            call = calls.submit(() -> embedder.embed(query, passages));
        } catch (RejectedExecutionException e) {
            return RerankedHits.bm25(candidates, k, "re-ranking skipped: " + settings.maxInFlight()
                    + " embedding calls already in flight");
        }
        List<float[]> vectors;
        try {
            vectors = call.get(settings.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            return RerankedHits.bm25(candidates, k, "no embeddings within " + describe(settings.timeout()));
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return RerankedHits.bm25(candidates, k, "interrupted while waiting for embeddings");
        } catch (ExecutionException e) {
            return RerankedHits.bm25(candidates, k, reason(e.getCause()));
        }
        String problem = problem(vectors, passages.size());
        if (problem != null) {
            return RerankedHits.bm25(candidates, k, problem);
        }
        return RerankedHits.reranked(blend(candidates, vectors, k));
    }

    private List<KnowledgeHit> blend(List<KnowledgeHit> candidates, List<float[]> vectors, int k) {
        int n = candidates.size();
        float[] query = vectors.get(0);
        double[] cosine = new double[n];
        double sMin = Double.MAX_VALUE;
        double sMax = -Double.MAX_VALUE;
        double cMin = Double.MAX_VALUE;
        double cMax = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            cosine[i] = cosine(query, vectors.get(i + 1));
            sMin = Math.min(sMin, candidates.get(i).score());
            sMax = Math.max(sMax, candidates.get(i).score());
            cMin = Math.min(cMin, cosine[i]);
            cMax = Math.max(cMax, cosine[i]);
        }
        double w = settings.embeddingWeight();
        double[] blended = new double[n];
        for (int i = 0; i < n; i++) {
            double bm25 = sMax > sMin ? (candidates.get(i).score() - sMin) / (sMax - sMin) : 1;
            // identical similarities say nothing about the order, so they add nothing
            double similarity = cMax > cMin ? (cosine[i] - cMin) / (cMax - cMin) : 0;
            blended[i] = (1 - w) * bm25 + w * similarity;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -blended[i]).thenComparingInt(i -> i));
        List<KnowledgeHit> out = new ArrayList<>();
        for (int i : order.subList(0, Math.min(k, n))) {
            KnowledgeHit h = candidates.get(i);
            // mapped back onto the candidates' BM25 range: with weight 0 a score is exactly its BM25 score
            float score = sMax > sMin ? (float) (sMin + blended[i] * (sMax - sMin)) : h.score();
            out.add(new KnowledgeHit(h.id(), h.title(), h.tier(), score, h.passage()));
        }
        return out;
    }

    /** What is wrong with an embedder's answer, or null when it can be used. */
    static String problem(List<float[]> vectors, int passages) {
        if (vectors == null || vectors.size() != passages + 1) {
            return "the embedder returned " + (vectors == null ? "nothing" : vectors.size() + " vectors")
                    + " for " + (passages + 1) + " texts";
        }
        int dimension = -1;
        for (float[] v : vectors) {
            if (v == null || v.length == 0) {
                return "the embedder returned an empty vector";
            }
            if (dimension >= 0 && v.length != dimension) {
                return "the embedder returned vectors of different lengths (" + dimension + " and " + v.length + ")";
            }
            dimension = v.length;
            for (float x : v) {
                if (!Float.isFinite(x)) {
                    return "the embedder returned a vector with a non-finite value";
                }
            }
        }
        return null;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    static String passageText(KnowledgeHit h) {
        String text = h.title().isBlank() ? h.passage() : h.title() + "\n\n" + h.passage();
        return text.length() > MAX_PASSAGE_CHARS ? text.substring(0, MAX_PASSAGE_CHARS) : text;
    }

    private static String reason(Throwable t) {
        String message = t == null ? null : t.getMessage();
        if (message == null || message.isBlank()) {
            return "embedding failed (" + (t == null ? "unknown" : t.getClass().getSimpleName()) + ")";
        }
        String clean = message.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() <= 200 ? clean : clean.substring(0, 200) + "\u2026";
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "handoff-embed-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
