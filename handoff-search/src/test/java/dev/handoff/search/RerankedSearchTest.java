package dev.handoff.search;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link KnowledgeIndex#search(KnowledgeQuery, int, int, PassageReranker)}: what a reranker sees and what it may return. */
class RerankedSearchTest {

    private final List<KnowledgeDocument> docs = List.of(
            new KnowledgeDocument("vpn/client.md", "VPN client disconnects", "Update the VPN client.\n\nCheck the VPN profile.", 1),
            new KnowledgeDocument("vpn/reset.md", "Reset the VPN concentrator", "Network engineers only: reboot the VPN concentrator.", 3),
            new KnowledgeDocument("vpn/wifi.md", "Hotel wifi blocks the VPN", "Some hotel networks block VPN ports; use the phone hotspot.", 1),
            new KnowledgeDocument("printer.md", "Printer offline", "Check the spooler service.", 1));

    /** A reranker that records what it was given and answers with {@code answer}. */
    private static final class Spy implements PassageReranker {
        final List<List<KnowledgeHit>> given = new ArrayList<>();
        final int candidates;
        final BiFunction<List<KnowledgeHit>, Integer, RerankedHits> answer;

        Spy(int candidates, BiFunction<List<KnowledgeHit>, Integer, RerankedHits> answer) {
            this.candidates = candidates;
            this.answer = answer;
        }

        @Override
        public int candidates(int k) {
            return candidates;
        }

        @Override
        public RerankedHits rerank(String queryText, List<KnowledgeHit> hits, int k) {
            given.add(hits);
            return answer.apply(hits, k);
        }
    }

    private static RerankedHits reversed(List<KnowledgeHit> hits, int k) {
        List<KnowledgeHit> out = new ArrayList<>(hits);
        java.util.Collections.reverse(out);
        return RerankedHits.reranked(out.subList(0, Math.min(k, out.size())));
    }

    @Test
    void aRerankerNeverSeesADocumentAboveTheCallersTier() {
        Random random = new Random(11);
        List<String> vocabulary = List.of("outlook", "vpn", "printer", "reset", "crash", "reboot", "spooler", "mailbox",
                "password", "sync", "error", "0x800ccc0e", "\"connection refused\"", "error: timeout", "admin");
        List<KnowledgeDocument> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                body.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(w % 10 == 9 ? "\n\n" : " ");
            }
            many.add(new KnowledgeDocument("doc" + i + ".md", vocabulary.get(random.nextInt(vocabulary.size())),
                    body.toString(), 1 + random.nextInt(3)));
        }
        Spy spy = new Spy(60, RerankedSearchTest::reversed);
        int seen = 0;
        try (KnowledgeIndex index = new KnowledgeIndex(many)) {
            for (int q = 0; q < 300; q++) {
                int tier = 1 + random.nextInt(3);
                spy.given.clear();
                String query = vocabulary.get(random.nextInt(vocabulary.size())) + " " + vocabulary.get(random.nextInt(vocabulary.size()));
                RerankedHits result = index.search(query, tier, 5, spy);
                for (List<KnowledgeHit> given : spy.given) {
                    seen += given.size();
                    assertThat(given).allSatisfy(h -> assertThat(h.tier()).isLessThanOrEqualTo(tier));
                }
                assertThat(result.hits()).allSatisfy(h -> assertThat(h.tier()).isLessThanOrEqualTo(tier));
            }
        }
        assertThat(seen).as("the reranker was asked at all").isGreaterThan(1000);
    }

    @Test
    void aRerankerThatSlipsInADocumentItWasNotGivenLeavesTheBm25Order() {
        KnowledgeHit secret = new KnowledgeHit("vpn/reset.md", "Reset the VPN concentrator", 1, 99f, "reboot it");
        Spy smuggler = new Spy(20, (hits, k) -> RerankedHits.reranked(List.of(secret, hits.get(0))));
        try (KnowledgeIndex index = new KnowledgeIndex(docs)) {
            RerankedHits result = index.search("VPN disconnects, reboot the concentrator?", 1, 2, smuggler);

            assertThat(result.reranked()).isFalse();
            assertThat(result.fallbackReason()).isEqualTo("the re-ranker returned documents it was not given");
            assertThat(result.hits()).extracting(KnowledgeHit::id)
                    .containsExactlyElementsOf(ids(index.search("VPN disconnects, reboot the concentrator?", 1, 2)));
        }
    }

    @Test
    void aRerankerDecidesTheOrderButNotATitleTierOrPassage() {
        Spy forger = new Spy(20, (hits, k) -> RerankedHits.reranked(List.of(
                new KnowledgeHit(hits.get(1).id(), "forged", 3, 7f, "forged passage"),
                new KnowledgeHit(hits.get(0).id(), "forged", 3, 5f, "forged passage"))));
        try (KnowledgeIndex index = new KnowledgeIndex(docs)) {
            List<KnowledgeHit> bm25 = index.search("VPN client disconnects in the hotel", 1, 2);
            RerankedHits result = index.search("VPN client disconnects in the hotel", 1, 2, forger);

            assertThat(result.reranked()).isTrue();
            assertThat(result.hits()).extracting(KnowledgeHit::id).containsExactly(bm25.get(1).id(), bm25.get(0).id());
            assertThat(result.hits().get(0).title()).isEqualTo(bm25.get(1).title());
            assertThat(result.hits().get(0).passage()).isEqualTo(bm25.get(1).passage());
            assertThat(result.hits().get(0).tier()).isEqualTo(1);
            assertThat(result.hits().get(0).score()).isEqualTo(7f);
        }
    }

    @Test
    void aRerankerThatThrowsOrDropsADocumentLeavesTheBm25Order() {
        Spy thrower = new Spy(20, (hits, k) -> {
            throw new IllegalStateException("boom");
        });
        Spy dropper = new Spy(20, (hits, k) -> RerankedHits.reranked(hits.subList(0, 1)));
        try (KnowledgeIndex index = new KnowledgeIndex(docs)) {
            List<String> bm25 = ids(index.search("VPN client disconnects in the hotel", 1, 2));

            RerankedHits thrown = index.search("VPN client disconnects in the hotel", 1, 2, thrower);
            RerankedHits dropped = index.search("VPN client disconnects in the hotel", 1, 2, dropper);

            assertThat(ids(thrown.hits())).isEqualTo(bm25);
            assertThat(thrown.fallbackReason()).isEqualTo("re-ranking failed (IllegalStateException)");
            assertThat(ids(dropped.hits())).isEqualTo(bm25);
            assertThat(dropped.fallbackReason()).isEqualTo("the re-ranker returned 1 of 2 documents");
        }
    }

    @Test
    void theRerankerGetsAsManyCandidatesAsItAsksForAndTheQueryAsText() {
        List<String> texts = new ArrayList<>();
        PassageReranker recording = new PassageReranker() {
            @Override
            public int candidates(int k) {
                return 3;
            }

            @Override
            public RerankedHits rerank(String queryText, List<KnowledgeHit> candidates, int k) {
                texts.add(queryText);
                assertThat(candidates).hasSize(3);
                return reversed(candidates, k);
            }
        };
        try (KnowledgeIndex index = new KnowledgeIndex(docs)) {
            RerankedHits result = index.search("VPN \"client disconnects\"", 3, 1, recording);

            assertThat(result.hits()).hasSize(1);
            assertThat(texts).containsExactly("VPN \"client disconnects\"");
        }
    }

    @Test
    void embeddingsCloseToTheQueryPromoteTheirDocument() {
        // the hotel article mentions the VPN less often, so BM25 ranks it below the client article
        Embedder hotelIsTheAnswer = (query, passages) -> {
            List<float[]> out = new ArrayList<>();
            out.add(new float[]{1, 0});
            passages.forEach(p -> out.add(p.startsWith("Hotel wifi") ? new float[]{1, 0} : new float[]{0, 1}));
            return out;
        };
        EmbeddingReranker reranker = new EmbeddingReranker(hotelIsTheAnswer,
                new EmbeddingReranker.Settings(20, 0.7, Duration.ofSeconds(5), 2));
        try (KnowledgeIndex index = new KnowledgeIndex(docs)) {
            String query = "VPN client disconnects at the hotel";
            assertThat(index.search(query, 1, 3).get(0).id()).isEqualTo("vpn/client.md");

            RerankedHits result = index.search(query, 1, 3, reranker);

            assertThat(result.reranked()).isTrue();
            assertThat(result.hits().get(0).id()).isEqualTo("vpn/wifi.md");
            assertThat(ids(result.hits())).doesNotContain("vpn/reset.md");
        }
    }

    @Test
    void askingForNothingReturnsNothingWithoutCallingTheReranker() {
        Spy spy = new Spy(20, RerankedSearchTest::reversed);
        try (KnowledgeIndex index = new KnowledgeIndex(docs)) {
            RerankedHits result = index.search("VPN", 1, 0, spy);

            assertThat(result.hits()).isEmpty();
            assertThat(spy.given).isEmpty();
        }
    }

    @Test
    void theQueryTextKeepsEachPartOnceInOrder() {
        KnowledgeQuery q = new KnowledgeQuery(List.of(
                new KnowledgeQuery.Part("Outlook says \"cannot start Microsoft Outlook\"", 2f, false),
                new KnowledgeQuery.Part("cannot start Microsoft Outlook", 1f, true),
                new KnowledgeQuery.Part("  ", 1f, false),
                new KnowledgeQuery.Part("Windows 11", 1f, false)));

        assertThat(q.text()).isEqualTo("Outlook says \"cannot start Microsoft Outlook\"\nWindows 11");
    }

    private static List<String> ids(List<KnowledgeHit> hits) {
        return hits.stream().map(KnowledgeHit::id).toList();
    }
}
