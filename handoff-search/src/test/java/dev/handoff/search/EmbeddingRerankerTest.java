package dev.handoff.search;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class EmbeddingRerankerTest {

    private static final List<KnowledgeHit> CANDIDATES = List.of(
            new KnowledgeHit("a.md", "Reset a password", 1, 10f, "Open the self-service portal."),
            new KnowledgeHit("b.md", "Unlock an account", 1, 8f, "Ask the service desk."),
            new KnowledgeHit("c.md", "VPN keeps dropping", 2, 6f, "Update the AnyConnect client."));

    private static EmbeddingReranker reranker(Embedder embedder, double weight, Duration timeout, int maxInFlight) {
        return new EmbeddingReranker(embedder, new EmbeddingReranker.Settings(20, weight, timeout, maxInFlight));
    }

    private static EmbeddingReranker reranker(Embedder embedder, double weight) {
        return reranker(embedder, weight, Duration.ofSeconds(5), 4);
    }

    /** Query along x; a and b point along y (unrelated), c along x (same meaning as the query). */
    private static final Embedder FAVOURS_C = (query, passages) -> List.of(
            new float[]{1, 0}, new float[]{0, 1}, new float[]{0, 1}, new float[]{1, 0});

    @Test
    void aPassageCloseToTheQueryRisesAboveBetterBm25Matches() {
        RerankedHits result = reranker(FAVOURS_C, 0.6).rerank("vpn drops", CANDIDATES, 3);

        assertThat(result.reranked()).isTrue();
        assertThat(result.fallbackReason()).isNull();
        // blends: a = 0.4 * 1, b = 0.4 * 0.5, c = 0.6 * 1
        assertThat(result.hits()).extracting(KnowledgeHit::id).containsExactly("c.md", "a.md", "b.md");
        assertThat(result.hits().get(0).score()).isCloseTo(6f + 0.6f * 4f, org.assertj.core.data.Offset.offset(1e-4f));
        assertThat(result.hits().get(0).passage()).isEqualTo("Update the AnyConnect client.");
        assertThat(result.hits().get(0).tier()).isEqualTo(2);
    }

    @Test
    void weightZeroKeepsTheBm25OrderAndScores() {
        RerankedHits result = reranker(FAVOURS_C, 0).rerank("vpn drops", CANDIDATES, 2);

        assertThat(result.hits()).containsExactlyElementsOf(CANDIDATES.subList(0, 2));
    }

    @Test
    void identicalSimilaritiesLeaveTheBm25Order() {
        Embedder same = (q, p) -> List.of(new float[]{1, 1}, new float[]{1, 0}, new float[]{1, 0}, new float[]{1, 0});

        assertThat(reranker(same, 0.9).rerank("q", CANDIDATES, 3).hits()).extracting(KnowledgeHit::id)
                .containsExactly("a.md", "b.md", "c.md");
    }

    @Test
    void theEmbedderGetsTheQueryAndEachCandidatesTitleWithItsPassage() {
        List<String> seen = new ArrayList<>();
        Embedder recording = (query, passages) -> {
            seen.add(query);
            seen.addAll(passages);
            return FAVOURS_C.embed(query, passages);
        };

        reranker(recording, 0.5).rerank("vpn drops", CANDIDATES, 1);

        assertThat(seen).containsExactly("vpn drops", "Reset a password\n\nOpen the self-service portal.",
                "Unlock an account\n\nAsk the service desk.", "VPN keeps dropping\n\nUpdate the AnyConnect client.");
    }

    @Test
    void anEmbedderThatThrowsLeavesTheBm25OrderWithItsMessageAsTheReason() {
        Embedder down = (q, p) -> {
            throw new IllegalStateException("embedding server unreachable at http://127.0.0.1:9\n(connection refused)");
        };

        RerankedHits result = reranker(down, 0.5).rerank("q", CANDIDATES, 2);

        assertThat(result.reranked()).isFalse();
        assertThat(result.hits()).containsExactlyElementsOf(CANDIDATES.subList(0, 2));
        assertThat(result.fallbackReason()).isEqualTo("embedding server unreachable at http://127.0.0.1:9 (connection refused)");
    }

    @Test
    void anExceptionWithoutMessageIsNamedByItsType() {
        Embedder broken = (q, p) -> {
            throw new NullPointerException();
        };

        assertThat(reranker(broken, 0.5).rerank("q", CANDIDATES, 3).fallbackReason())
                .isEqualTo("embedding failed (NullPointerException)");
    }

    @Test
    void aWrongNumberOfVectorsLeavesTheBm25Order() {
        Embedder short1 = (q, p) -> List.of(new float[]{1, 0}, new float[]{0, 1});

        RerankedHits result = reranker(short1, 0.5).rerank("q", CANDIDATES, 3);

        assertThat(result.hits()).containsExactlyElementsOf(CANDIDATES);
        assertThat(result.fallbackReason()).isEqualTo("the embedder returned 2 vectors for 4 texts");
    }

    @Test
    void vectorsOfDifferentLengthsLeaveTheBm25Order() {
        Embedder mixed = (q, p) -> List.of(new float[]{1, 0}, new float[]{0, 1}, new float[]{0, 1, 0}, new float[]{1, 0});

        RerankedHits result = reranker(mixed, 0.5).rerank("q", CANDIDATES, 3);

        assertThat(result.hits()).containsExactlyElementsOf(CANDIDATES);
        assertThat(result.fallbackReason()).contains("different lengths (2 and 3)");
    }

    @Test
    void nonFiniteOrEmptyVectorsLeaveTheBm25Order() {
        Embedder nan = (q, p) -> List.of(new float[]{1, 0}, new float[]{Float.NaN, 1}, new float[]{0, 1}, new float[]{1, 0});
        Embedder empty = (q, p) -> List.of(new float[0], new float[0], new float[0], new float[0]);
        Embedder none = (q, p) -> null;

        assertThat(reranker(nan, 0.5).rerank("q", CANDIDATES, 3).fallbackReason()).contains("non-finite");
        assertThat(reranker(empty, 0.5).rerank("q", CANDIDATES, 3).fallbackReason()).contains("empty vector");
        assertThat(reranker(none, 0.5).rerank("q", CANDIDATES, 3).fallbackReason()).contains("returned nothing");
        assertThat(reranker(nan, 0.5).rerank("q", CANDIDATES, 3).hits()).containsExactlyElementsOf(CANDIDATES);
    }

    @Test
    void anEmbedderThatNeverAnswersCostsTheTimeoutAndIsInterrupted() {
        CountDownLatch interrupted = new CountDownLatch(1);
        Embedder hanging = (q, p) -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return List.of();
        };
        EmbeddingReranker reranker = reranker(hanging, 0.5, Duration.ofMillis(200), 4);

        long start = System.nanoTime();
        RerankedHits result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> reranker.rerank("q", CANDIDATES, 2));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isBetween(150L, 1500L);
        assertThat(result.hits()).containsExactlyElementsOf(CANDIDATES.subList(0, 2));
        assertThat(result.fallbackReason()).isEqualTo("no embeddings within 200 ms");
        assertThat(awaited(interrupted)).isTrue();
    }

    @Test
    void callsBeyondTheCapAreSkippedInsteadOfQueued() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Embedder slow = (q, p) -> {
            entered.countDown();
            awaited(release);
            return FAVOURS_C.embed(q, p);
        };
        EmbeddingReranker reranker = reranker(slow, 0.6, Duration.ofSeconds(10), 1);
        CompletableFuture<RerankedHits> first = CompletableFuture.supplyAsync(() -> reranker.rerank("q", CANDIDATES, 3));
        assertThat(awaited(entered)).isTrue();

        RerankedHits second = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> reranker.rerank("q", CANDIDATES, 3));
        release.countDown();

        assertThat(second.reranked()).isFalse();
        assertThat(second.fallbackReason()).isEqualTo("re-ranking skipped: 1 embedding calls already in flight");
        assertThat(first.get(5, TimeUnit.SECONDS).hits()).extracting(KnowledgeHit::id).startsWith("c.md");
    }

    @Test
    void aBlankQueryIsNotEmbedded() {
        Embedder unexpected = (q, p) -> {
            throw new AssertionError("must not be called");
        };

        RerankedHits result = reranker(unexpected, 0.5).rerank(" ", CANDIDATES, 3);

        assertThat(result.fallbackReason()).isEqualTo("no query text to embed");
        assertThat(result.hits()).containsExactlyElementsOf(CANDIDATES);
    }

    @Test
    void aSingleCandidateNeedsNoEmbeddings() {
        Embedder unexpected = (q, p) -> {
            throw new AssertionError("must not be called");
        };

        RerankedHits result = reranker(unexpected, 0.5).rerank("q", CANDIDATES.subList(0, 1), 3);

        assertThat(result.reranked()).isFalse();
        assertThat(result.fallbackReason()).isNull();
        assertThat(result.hits()).hasSize(1);
        assertThat(reranker(unexpected, 0.5).rerank("q", CANDIDATES, 0).hits()).isEmpty();
    }

    @Test
    void settingsRefuseAWeightOutsideZeroToOneAndANonPositiveTimeout() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EmbeddingReranker.Settings(20, 1.5, Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EmbeddingReranker.Settings(20, 0.5, Duration.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean awaited(CountDownLatch latch) {
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
