package dev.handoff.cli.eval;

import dev.handoff.search.KnowledgeDocument;
import dev.handoff.search.KnowledgeHit;
import dev.handoff.search.KnowledgeIndex;
import dev.handoff.search.PassageReranker;
import dev.handoff.search.RerankedHits;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link KbEval#evaluate(List, List, KnowledgeIndex.Settings, PassageReranker, java.io.PrintStream)} counts what the reranker did. */
class KbEvalRerankTest {

    private final List<KnowledgeDocument> docs = List.of(
            new KnowledgeDocument("client.md", "VPN client disconnects", "Update the VPN client.\n\nCheck the VPN profile.", 1),
            new KnowledgeDocument("wifi.md", "Hotel wifi blocks the VPN", "Some hotel networks block VPN ports.", 1),
            new KnowledgeDocument("printer.md", "Printer offline", "Restart the spooler.", 1));
    private final List<KbEval.Query> queries = List.of(
            new KbEval.Query("VPN disconnects at the hotel", "wifi.md"),
            new KbEval.Query("printer offline since the VPN client update", "printer.md"));

    private static PassageReranker answering(java.util.function.BiFunction<List<KnowledgeHit>, Integer, RerankedHits> answer) {
        return new PassageReranker() {
            @Override
            public int candidates(int k) {
                return 20;
            }

            @Override
            public RerankedHits rerank(String queryText, List<KnowledgeHit> candidates, int k) {
                return answer.apply(candidates, k);
            }
        };
    }

    @Test
    void aRerankerThatAlwaysFallsBackGivesTheBm25FiguresAndCountsEveryQuery() {
        KbEval.Figures bm25 = KbEval.evaluate(docs, queries, KnowledgeIndex.Settings.defaults(), null);
        KbEval.Figures down = KbEval.evaluate(docs, queries, KnowledgeIndex.Settings.defaults(),
                answering((c, k) -> RerankedHits.bm25(c, k, "model server unreachable")), null);

        assertThat(down.ranks()).containsExactly(bm25.ranks());
        assertThat(down.fallbacks()).isEqualTo(2);
        assertThat(down.line()).endsWith("BM25 order kept on 2 of 2 queries (first: model server unreachable)");
        assertThat(bm25.line()).doesNotContain("BM25 order kept");
    }

    @Test
    void aRerankerThatPutsTheExpectedArticleFirstScoresPerfectly() {
        KbEval.Figures oracle = KbEval.evaluate(docs, queries, KnowledgeIndex.Settings.defaults(), answering((c, k) -> {
            List<KnowledgeHit> sorted = new ArrayList<>(c);
            // what each query expects: the hotel article, the printer article
            sorted.sort((a, b) -> Boolean.compare(isExpected(b), isExpected(a)));
            return RerankedHits.reranked(sorted.subList(0, Math.min(k, sorted.size())));
        }), null);

        assertThat(oracle.at1()).isEqualTo(2);
        assertThat(oracle.mrr()).isEqualTo(1.0);
        assertThat(oracle.fallbacks()).isZero();
    }

    private static boolean isExpected(KnowledgeHit h) {
        return h.id().equals("wifi.md") || h.id().equals("printer.md");
    }
}
