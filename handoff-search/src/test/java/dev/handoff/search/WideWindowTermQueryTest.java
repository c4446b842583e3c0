package dev.handoff.search;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class WideWindowTermQueryTest {

    private static final int WORDS = 60;

    @Test
    void aLongDisjunctionFindsTheSameTopDocumentsWithTheSameScoresAsPlainTermQueries() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            index(dir, 12_000, new Random(3));
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Random random = new Random(11);
                for (int q = 0; q < 30; q++) {
                    long seed = random.nextLong();
                    ScoreDoc[] plain = top(searcher, disjunction(seed, TermQuery::new));
                    ScoreDoc[] wide = top(searcher, disjunction(seed, WideWindowTermQuery::new));
                    assertThat(wide).hasSameSizeAs(plain);
                    for (int i = 0; i < plain.length; i++) {
                        assertThat(wide[i].doc).as("query %d rank %d", q, i).isEqualTo(plain[i].doc);
                        assertThat(wide[i].score).as("query %d rank %d", q, i).isEqualTo(plain[i].score);
                    }
                }
            }
        }
    }

    @Test
    void itsScoreBoundsCoverAWholeWindowOfDocuments() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            index(dir, 5_000, new Random(5));
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = new WideWindowTermQuery(new Term("text", "w1"));
                Scorer scorer = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f)
                        .scorer(reader.leaves().get(0));
                assertThat(scorer.advanceShallow(0)).isGreaterThanOrEqualTo(WideWindowTermQuery.WINDOW - 1);
                assertThat(scorer.advanceShallow(WideWindowTermQuery.WINDOW + 5)).isGreaterThanOrEqualTo(2 * WideWindowTermQuery.WINDOW - 1);
                assertThat(scorer.getMaxScore(2 * WideWindowTermQuery.WINDOW - 1)).isGreaterThanOrEqualTo(scorer.getMaxScore(WideWindowTermQuery.WINDOW + 5));
            }
        }
    }

    /** Documents of Zipf-like random words, so some terms fill many postings blocks and others few. */
    private static void index(ByteBuffersDirectory dir, int n, Random random) throws IOException {
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int d = 0; d < n; d++) {
                StringBuilder text = new StringBuilder();
                int length = 5 + random.nextInt(200);
                for (int i = 0; i < length; i++) {
                    text.append(" w").append((int) (WORDS * Math.pow(random.nextDouble(), 3)));
                }
                Document doc = new Document();
                doc.add(new TextField("text", text.toString(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
    }

    private static Query disjunction(long seed, Function<Term, Query> clause) {
        Random random = new Random(seed);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < 40; i++) {
            Query term = clause.apply(new Term("text", "w" + random.nextInt(WORDS)));
            b.add(new BoostQuery(term, 0.5f + random.nextInt(4)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static ScoreDoc[] top(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(5, null, 5)).scoreDocs;
    }
}
