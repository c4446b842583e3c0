package dev.handoff.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An in-memory BM25 index over approved knowledge documents. Each node builds its own copy from the
 * shared store, so nothing here touches a node's disk. Tier filtering happens inside the query: a
 * document above the caller's tier can never be returned, whatever the query.
 */
public final class KnowledgeIndex implements AutoCloseable {

    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final String TIER = "tier";
    private static final float TITLE_BOOST = 2.5f;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Directory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public KnowledgeIndex(List<KnowledgeDocument> documents) {
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (KnowledgeDocument d : documents) {
                    Document doc = new Document();
                    doc.add(new StringField(ID, d.id(), Field.Store.YES));
                    doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
                    doc.add(new TextField(BODY, d.body(), Field.Store.YES));
                    doc.add(new IntPoint(TIER, d.tier()));
                    doc.add(new StoredField(TIER, d.tier()));
                    writer.addDocument(doc);
                }
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("building the knowledge index failed", e);
        }
    }

    public int size() {
        return reader.numDocs();
    }

    /** Top {@code k} documents readable at {@code maxTier}, best first. An empty query finds nothing. */
    public List<KnowledgeHit> search(String query, int maxTier, int k) {
        Set<String> terms = analyze(query);
        List<KnowledgeHit> hits = new ArrayList<>();
        if (terms.isEmpty() || k <= 0) {
            return hits;
        }
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (String t : terms) {
            text.add(new BoostQuery(new TermQuery(new Term(TITLE, t)), TITLE_BOOST), BooleanClause.Occur.SHOULD);
            text.add(new TermQuery(new Term(BODY, t)), BooleanClause.Occur.SHOULD);
        }
        Query q = new BooleanQuery.Builder()
                .add(text.build(), BooleanClause.Occur.MUST)
                .add(IntPoint.newRangeQuery(TIER, 1, maxTier), BooleanClause.Occur.FILTER)
                .build();
        try {
            for (ScoreDoc sd : searcher.search(q, k).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                hits.add(new KnowledgeHit(d.get(ID), d.get(TITLE), d.getField(TIER).numericValue().intValue(),
                        sd.score, bestPassage(d.get(BODY), terms)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("knowledge search failed", e);
        }
        return hits;
    }

    /** The paragraph sharing the most analysed terms with the query. */
    private String bestPassage(String body, Set<String> queryTerms) {
        String best = "";
        int bestScore = -1;
        for (String para : body.split("\\n\\s*\\n")) {
            String p = para.strip();
            if (p.isEmpty()) {
                continue;
            }
            int score = 0;
            for (String t : analyze(p)) {
                if (queryTerms.contains(t)) {
                    score++;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return best.length() > 600 ? best.substring(0, 600) : best;
    }

    private Set<String> analyze(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
