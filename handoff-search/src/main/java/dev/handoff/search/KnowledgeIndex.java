package dev.handoff.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An in-memory BM25 index over approved knowledge documents. Each node builds its own copy from the
 * shared store, so nothing here touches a node's disk.
 *
 * <p>Title, description, headings and body are separate fields with their own weights; every document
 * is also cut into passages of a few paragraphs, and a document's best passage adds to its score (a
 * match concentrated in one section beats the same words spread over a long article) and is returned
 * with the hit so a note can quote it.
 *
 * <p>Tier filtering happens inside the query, for documents and passages alike: a document above the
 * caller's tier can never be returned, whatever the query. Results are checked once more before return.
 */
public final class KnowledgeIndex implements AutoCloseable {

    /**
     * Field weights and scoring knobs.
     *
     * @param passageWeight   share of the best passage's (normalised) score added to the document's
     * @param phraseWeight    weight of a word pair of an exact part found as a phrase
     * @param maxDocFreqShare query terms found in more than this share of documents are dropped as boilerplate
     * @param maxTerms        the query keeps at most this many terms, the most specific ones
     * @param candidates      documents re-scored with their passages
     */
    public record Settings(float titleWeight, float descriptionWeight, float headingsWeight, float bodyWeight,
                           float passageWeight, float phraseWeight, double maxDocFreqShare, int maxTerms, int candidates,
                           int passageWords) {

        public static Settings defaults() {
            // measured on the officedocs queries (see KbEval): passage and phrase scores did not improve the
            // ranking of whole-article questions there, so they are off by default; passages still pick the quote
            return new Settings(2.0f, 2.0f, 0.5f, 1.0f, 0f, 0f, 0.8, 64, 50, 60);
        }
    }

    static final String ID = "id";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String HEADINGS = "headings";
    static final String BODY = "body";
    static final String PASSAGE = "passage";
    static final String PARENT = "parent";
    static final String TIER = "tier";

    private final Settings settings;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Directory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<KnowledgeDocument> documents;
    /** Knowledge-document ordinal of every Lucene document (document or passage), by Lucene doc id. */
    private final int[] ordinalOfDoc;

    public KnowledgeIndex(List<KnowledgeDocument> documents) {
        this(documents, Settings.defaults());
    }

    public KnowledgeIndex(List<KnowledgeDocument> documents, Settings settings) {
        this.settings = settings;
        this.documents = List.copyOf(documents);
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
            config.setRAMBufferSizeMB(64);
            // merges of adjacent segments only: Lucene doc ids stay in insertion order, so ordinalOfDoc holds
            config.setMergePolicy(new LogDocMergePolicy());
            List<Integer> ordinals = new ArrayList<>();
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int ordinal = 0; ordinal < this.documents.size(); ordinal++) {
                    KnowledgeDocument d = this.documents.get(ordinal);
                    Document doc = new Document();
                    doc.add(new StringField(ID, d.id(), Field.Store.NO));
                    doc.add(new TextField(TITLE, d.title(), Field.Store.NO));
                    doc.add(new TextField(DESCRIPTION, d.description(), Field.Store.NO));
                    doc.add(new TextField(HEADINGS, String.join("\n", d.headings()), Field.Store.NO));
                    doc.add(new TextField(BODY, d.body(), Field.Store.NO));
                    doc.add(new IntPoint(TIER, d.tier()));
                    writer.addDocument(doc);
                    ordinals.add(ordinal);
                    for (String passage : Passages.split(d.body(), settings.passageWords())) {
                        Document p = new Document();
                        p.add(new TextField(PASSAGE, passage, Field.Store.YES));
                        p.add(new IntPoint(PARENT, ordinal));
                        p.add(new IntPoint(TIER, d.tier()));
                        writer.addDocument(p);
                        ordinals.add(ordinal);
                    }
                }
                writer.forceMerge(1);
            }
            reader = DirectoryReader.open(directory);
            if (reader.maxDoc() != ordinals.size()) {
                throw new IllegalStateException("index holds " + reader.maxDoc() + " documents, expected " + ordinals.size());
            }
            ordinalOfDoc = ordinals.stream().mapToInt(Integer::intValue).toArray();
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("building the knowledge index failed", e);
        }
    }

    /** Number of knowledge documents (passages not counted). */
    public int size() {
        return documents.size();
    }

    /** Top {@code k} documents readable at {@code maxTier} for a free-text query, best first. */
    public List<KnowledgeHit> search(String query, int maxTier, int k) {
        return search(QueryBuilder.fromText(query), maxTier, k);
    }

    /** Top {@code k} documents readable at {@code maxTier}, best first. A blank query finds nothing. */
    public List<KnowledgeHit> search(KnowledgeQuery query, int maxTier, int k) {
        List<KnowledgeHit> hits = new ArrayList<>();
        if (query == null || query.isBlank() || k <= 0 || maxTier < 1) {
            return hits;
        }
        Map<String, Float> terms = selectTerms(weightedTerms(query));
        if (terms.isEmpty()) {
            return hits;
        }
        List<List<Token>> exactParts = new ArrayList<>();
        for (KnowledgeQuery.Part part : query.parts()) {
            if (part.exact()) {
                exactParts.add(tokens(part.text()));
            }
        }
        Query tierFilter = IntPoint.newRangeQuery(TIER, 1, Math.min(maxTier, 3));
        try {
            // one flat disjunction with the tier filter beside it, so Lucene can skip non-competitive
            // documents (max-score) instead of scoring every document that shares one word with the query
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            terms.forEach((t, w) -> {
                addField(words, TITLE, t, w * settings.titleWeight());
                addField(words, DESCRIPTION, t, w * settings.descriptionWeight());
                addField(words, HEADINGS, t, w * settings.headingsWeight());
                addField(words, BODY, t, w * settings.bodyWeight());
            });
            addPhrases(words, exactParts, BODY, settings.phraseWeight());
            BooleanQuery.Builder docQuery = new BooleanQuery.Builder();
            docQuery.add(words.build(), BooleanClause.Occur.MUST);
            docQuery.add(tierFilter, BooleanClause.Occur.FILTER);
            // without a passage share the first k documents are final: only their passages are needed
            int candidates = settings.passageWeight() > 0 ? Math.max(k, settings.candidates()) : k;
            ScoreDoc[] top = searcher.search(docQuery.build(), candidates).scoreDocs;
            if (top.length == 0) {
                return hits;
            }
            int[] ordinals = new int[top.length];
            for (int i = 0; i < top.length; i++) {
                ordinals[i] = ordinal(top[i].doc);
            }
            Map<Integer, ScoreDoc> bestPassage = bestPassages(terms, exactParts, ordinals, tierFilter);
            float maxDoc = top[0].score;
            float maxPassage = 0;
            for (ScoreDoc sd : bestPassage.values()) {
                maxPassage = Math.max(maxPassage, sd.score);
            }
            List<Scored> scored = new ArrayList<>();
            for (int i = 0; i < top.length; i++) {
                ScoreDoc p = bestPassage.get(ordinals[i]);
                // in the document query's units, so a score still says how strong the match is
                float s = top[i].score;
                if (p != null && maxPassage > 0 && settings.passageWeight() > 0) {
                    s += settings.passageWeight() * maxDoc * p.score / maxPassage;
                }
                scored.add(new Scored(ordinals[i], s, p));
            }
            scored.sort(Comparator.comparingDouble((Scored s) -> -s.score).thenComparingInt(s -> s.ordinal));
            for (Scored s : scored) {
                if (hits.size() == k) {
                    break;
                }
                KnowledgeDocument d = documents.get(s.ordinal);
                if (d.tier() > maxTier) {
                    continue; // unreachable through the filter; kept so a future query change cannot leak
                }
                String passage = s.passage == null ? Passages.first(d.body()) : searcher.storedFields().document(s.passage.doc).get(PASSAGE);
                hits.add(new KnowledgeHit(d.id(), d.title(), d.tier(), s.score, Passages.clip(passage)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("knowledge search failed", e);
        }
        return hits;
    }

    /** {@link #search(KnowledgeQuery, int, int, PassageReranker)} for a free-text query. */
    public RerankedHits search(String query, int maxTier, int k, PassageReranker reranker) {
        return search(QueryBuilder.fromText(query), maxTier, k, reranker);
    }

    /**
     * The top {@code k} documents readable at {@code maxTier}, chosen by {@code reranker} among more BM25
     * candidates. The tier filter applies before the reranker sees anything. Whatever the reranker does, the
     * result holds only those candidates, each once and as many as BM25 would return, with their own title, tier and passage (only the score is
     * the reranker's); a reranker that throws or answers otherwise leaves the BM25 order, with the reason.
     */
    public RerankedHits search(KnowledgeQuery query, int maxTier, int k, PassageReranker reranker) {
        Objects.requireNonNull(reranker, "reranker");
        if (k <= 0) {
            return RerankedHits.bm25(List.of(), k, null);
        }
        List<KnowledgeHit> candidates = search(query, maxTier, Math.max(k, reranker.candidates(k)));
        if (candidates.size() <= 1) {
            return RerankedHits.bm25(candidates, k, null);
        }
        RerankedHits answer;
        try {
            answer = reranker.rerank(query.text(), candidates, k);
        } catch (RuntimeException e) {
            return RerankedHits.bm25(candidates, k, "re-ranking failed (" + e.getClass().getSimpleName() + ")");
        }
        if (answer == null) {
            return RerankedHits.bm25(candidates, k, "the re-ranker returned nothing");
        }
        if (!answer.reranked()) {
            return RerankedHits.bm25(candidates, k, answer.fallbackReason());
        }
        Map<String, KnowledgeHit> given = new HashMap<>();
        candidates.forEach(c -> given.put(c.id(), c));
        Set<String> seen = new HashSet<>();
        List<KnowledgeHit> out = new ArrayList<>();
        for (KnowledgeHit h : answer.hits()) {
            KnowledgeHit c = h == null ? null : given.get(h.id());
            if (c == null || !seen.add(c.id()) || out.size() == k) {
                return RerankedHits.bm25(candidates, k, "the re-ranker returned documents it was not given");
            }
            out.add(new KnowledgeHit(c.id(), c.title(), c.tier(), h.score(), c.passage()));
        }
        if (out.size() != Math.min(k, candidates.size())) {
            // re-ranking re-orders; dropping a document BM25 found is not its call
            return RerankedHits.bm25(candidates, k, "the re-ranker returned " + out.size() + " of "
                    + Math.min(k, candidates.size()) + " documents");
        }
        return RerankedHits.reranked(out);
    }

    private record Scored(int ordinal, float score, ScoreDoc passage) {
    }

    private Map<Integer, ScoreDoc> bestPassages(Map<String, Float> terms, List<List<Token>> exactParts, int[] ordinals,
                                                Query tierFilter) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        terms.forEach((t, w) -> addField(q, PASSAGE, t, w));
        addPhrases(q, exactParts, PASSAGE, settings.phraseWeight());
        q.add(IntPoint.newSetQuery(PARENT, ordinals), BooleanClause.Occur.FILTER);
        q.add(tierFilter, BooleanClause.Occur.FILTER);
        Map<Integer, ScoreDoc> best = new HashMap<>();
        for (ScoreDoc sd : searcher.search(q.build(), Math.max(200, ordinals.length * 40)).scoreDocs) {
            best.putIfAbsent(ordinal(sd.doc), sd); // hits come best first
        }
        return best;
    }

    private int ordinal(int luceneDoc) {
        return ordinalOfDoc[luceneDoc];
    }

    private static void addField(BooleanQuery.Builder b, String field, String term, float weight) {
        if (weight > 0) {
            b.add(new BoostQuery(new TermQuery(new Term(field, term)), weight), BooleanClause.Occur.SHOULD);
        }
    }

    /** Adjacent word pairs of each exact part as phrases (stop words between them keep their gap). */
    private static void addPhrases(BooleanQuery.Builder b, List<List<Token>> exactParts, String field, float weight) {
        if (weight <= 0) {
            return;
        }
        int added = 0;
        for (List<Token> tokens : exactParts) {
            for (int i = 0; i + 1 < tokens.size() && added < 48; i++, added++) {
                Token a = tokens.get(i);
                Token c = tokens.get(i + 1);
                PhraseQuery pq = new PhraseQuery.Builder()
                        .add(new Term(field, a.term), 0)
                        .add(new Term(field, c.term), c.position - a.position)
                        .setSlop(1)
                        .build();
                b.add(new BoostQuery(pq, weight), BooleanClause.Occur.SHOULD);
            }
        }
    }

    /** Each analysed term with the summed weight of its occurrences, dampened so repetition helps but cannot dominate. */
    private Map<String, Float> weightedTerms(KnowledgeQuery query) {
        Map<String, Float> raw = new LinkedHashMap<>();
        for (KnowledgeQuery.Part part : query.parts()) {
            for (Token t : tokens(part.text())) {
                raw.merge(t.term, part.weight(), Float::sum);
            }
        }
        Map<String, Float> out = new LinkedHashMap<>();
        raw.forEach((t, w) -> out.put(t, (float) Math.sqrt(w)));
        return out;
    }

    /**
     * Drops boilerplate (terms in more than {@code maxDocFreqShare} of documents, once the index is big
     * enough for that share to mean something) and keeps the {@code maxTerms} most specific terms.
     */
    private Map<String, Float> selectTerms(Map<String, Float> terms) {
        int n = documents.size();
        record Candidate(String term, float weight, double specificity) {
        }
        List<Candidate> kept = new ArrayList<>();
        try {
            for (Map.Entry<String, Float> e : terms.entrySet()) {
                int df = reader.docFreq(new Term(BODY, e.getKey()));
                if (n >= 20 && df > settings.maxDocFreqShare() * n) {
                    continue;
                }
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                kept.add(new Candidate(e.getKey(), e.getValue(), e.getValue() * idf));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (kept.isEmpty()) {
            return terms.size() <= settings.maxTerms() ? terms : Map.of();
        }
        kept.sort(Comparator.comparingDouble((Candidate c) -> -c.specificity).thenComparing(Candidate::term));
        Map<String, Float> out = new LinkedHashMap<>();
        for (Candidate c : kept.subList(0, Math.min(kept.size(), settings.maxTerms()))) {
            out.put(c.term, c.weight);
        }
        return out;
    }

    record Token(String term, int position) {
    }

    List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Token(term.toString(), pos));
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
