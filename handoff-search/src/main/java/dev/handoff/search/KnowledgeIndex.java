package dev.handoff.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
 * <p>Documents and passages are two indexes: a Lucene document id is the knowledge document's ordinal, and
 * the passages of ordinal {@code o} are the passage ids from {@code firstPassage[o]} to {@code firstPassage[o + 1]}.
 * Keeping passages out of the document index keeps its norms dense, and finding the best passage of a hit is a
 * walk over a few known ids rather than a second filtered search.
 *
 * <p>Tier filtering happens inside the search, before ranking: the collector drops every document above the
 * caller's tier, so one can never be returned, whatever the query, and passages are only looked up for
 * documents that passed. Results are checked once more before return.
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

    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String HEADINGS = "headings";
    static final String BODY = "body";
    static final String PASSAGE = "passage";

    private final Settings settings;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final DirectoryReader passageReader;
    private final IndexSearcher passageSearcher;
    private final List<KnowledgeDocument> documents;
    /** Passage ids of document ordinal {@code o} run from {@code firstPassage[o]} to {@code firstPassage[o + 1]}. */
    private final int[] firstPassage;

    public KnowledgeIndex(List<KnowledgeDocument> documents) {
        this(documents, Settings.defaults());
    }

    public KnowledgeIndex(List<KnowledgeDocument> documents, Settings settings) {
        this.settings = settings;
        this.documents = List.copyOf(documents);
        firstPassage = new int[this.documents.size() + 1];
        // positions only serve phrase scoring; without it the postings keep document and frequency alone
        FieldType text = new FieldType(TextField.TYPE_NOT_STORED);
        if (settings.phraseWeight() <= 0) {
            text.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        }
        text.freeze();
        try (IndexWriter docWriter = writer(); IndexWriter passageWriter = writer()) {
            for (int ordinal = 0; ordinal < this.documents.size(); ordinal++) {
                KnowledgeDocument d = this.documents.get(ordinal);
                Document doc = new Document();
                doc.add(new Field(TITLE, d.title(), text));
                doc.add(new Field(DESCRIPTION, d.description(), text));
                doc.add(new Field(HEADINGS, String.join("\n", d.headings()), text));
                doc.add(new Field(BODY, d.body(), text));
                docWriter.addDocument(doc);
                List<String> passages = Passages.split(d.body(), settings.passageWords());
                for (String passage : passages) {
                    Document p = new Document();
                    p.add(new Field(PASSAGE, passage, text));
                    passageWriter.addDocument(p);
                }
                firstPassage[ordinal + 1] = firstPassage[ordinal] + passages.size();
            }
            docWriter.forceMerge(1);
            passageWriter.forceMerge(1);
            docWriter.commit();
            passageWriter.commit();
            reader = DirectoryReader.open(docWriter.getDirectory());
            passageReader = DirectoryReader.open(passageWriter.getDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("building the knowledge index failed", e);
        }
        if (reader.maxDoc() != this.documents.size() || passageReader.maxDoc() != firstPassage[this.documents.size()]
                || passageReader.leaves().size() > 1) {
            throw new IllegalStateException("index holds " + reader.maxDoc() + " documents and " + passageReader.maxDoc()
                    + " passages in " + passageReader.leaves().size() + " segments, expected " + this.documents.size()
                    + " and " + firstPassage[this.documents.size()] + " in one");
        }
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        passageSearcher = new IndexSearcher(passageReader);
        passageSearcher.setSimilarity(new BM25Similarity());
    }

    private IndexWriter writer() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        config.setRAMBufferSizeMB(64);
        // merges of adjacent segments only: Lucene doc ids stay in insertion order, which the ordinals rely on
        config.setMergePolicy(new LogDocMergePolicy());
        // each file read back as one buffer: a search clones its inputs for every term, and a clone of the default
        // many-buffer input copies every buffer's view (about a tenth of a long query on 10,000 documents)
        return new IndexWriter(new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER), config);
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
        try {
            // one flat disjunction, tiers filtered by the collector: Lucene then skips non-competitive documents
            // (max-score, over wide windows: see WideWindowTermQuery) from the first k hits on, instead of scoring
            // every document that shares a word with the query (a filter clause would make it a conjunction, which
            // skips far less)
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            terms.forEach((t, w) -> {
                addField(words, TITLE, t, w * settings.titleWeight());
                addField(words, DESCRIPTION, t, w * settings.descriptionWeight());
                addField(words, HEADINGS, t, w * settings.headingsWeight());
                addField(words, BODY, t, w * settings.bodyWeight());
            });
            addPhrases(words, exactParts, BODY, settings.phraseWeight());
            // without a passage share the first k documents are final: only their passages are needed
            int candidates = settings.passageWeight() > 0 ? Math.max(k, settings.candidates()) : k;
            ScoreDoc[] top = searcher.search(words.build(), readableTop(candidates, maxTier)).scoreDocs;
            if (top.length == 0) {
                return hits;
            }
            int[] ordinals = new int[top.length];
            for (int i = 0; i < top.length; i++) {
                ordinals[i] = top[i].doc;
            }
            Map<Integer, ScoreDoc> bestPassage = bestPassages(terms, exactParts, ordinals);
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
                String passage = s.passage == null ? Passages.first(d.body())
                        : Passages.split(d.body(), settings.passageWords()).get(s.passage.doc - firstPassage[s.ordinal]);
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

    /** The best-scoring passage of each document in {@code ordinals} that has a matching one, by ordinal. */
    private Map<Integer, ScoreDoc> bestPassages(Map<String, Float> terms, List<List<Token>> exactParts, int[] ordinals)
            throws IOException {
        Map<Integer, ScoreDoc> best = new HashMap<>();
        if (passageReader.leaves().isEmpty()) {
            return best;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        // every matching passage of the candidates is scored, so score bounds do not matter here
        terms.forEach((t, w) -> q.add(new BoostQuery(new TermQuery(new Term(PASSAGE, t)), w), BooleanClause.Occur.SHOULD));
        addPhrases(q, exactParts, PASSAGE, settings.phraseWeight());
        Weight weight = passageSearcher.createWeight(passageSearcher.rewrite(q.build()), ScoreMode.COMPLETE, 1f);
        Scorer scorer = weight.scorer(passageReader.leaves().get(0));
        if (scorer == null) {
            return best;
        }
        DocIdSetIterator matches = scorer.iterator();
        int[] ascending = ordinals.clone();
        Arrays.sort(ascending); // the iterator only moves forward
        for (int ordinal : ascending) {
            int end = firstPassage[ordinal + 1];
            int doc = matches.docID() >= firstPassage[ordinal] ? matches.docID() : matches.advance(firstPassage[ordinal]);
            for (; doc < end; doc = matches.nextDoc()) {
                float score = scorer.score();
                ScoreDoc current = best.get(ordinal);
                if (current == null || score > current.score) { // the earlier passage wins a tie
                    best.put(ordinal, new ScoreDoc(doc, score));
                }
            }
        }
        return best;
    }

    /** The top {@code n} documents readable at {@code maxTier}; scores may skip documents from the first n hits on. */
    private CollectorManager<Readable, TopDocs> readableTop(int n, int maxTier) {
        TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(n, null, n);
        return new CollectorManager<>() {
            @Override
            public Readable newCollector() throws IOException {
                return new Readable(top.newCollector(), maxTier);
            }

            @Override
            public TopDocs reduce(Collection<Readable> collectors) throws IOException {
                List<TopScoreDocCollector> inner = new ArrayList<>();
                collectors.forEach(c -> inner.add(c.top));
                return top.reduce(inner);
            }
        };
    }

    /**
     * Passes on only documents readable at {@code maxTier}. The minimum competitive score that the top-n collector
     * reports comes from readable documents alone, so skipping by it can never drop a readable document.
     */
    private final class Readable extends FilterCollector {
        private final TopScoreDocCollector top;
        private final int maxTier;

        Readable(TopScoreDocCollector top, int maxTier) {
            super(top);
            this.top = top;
            this.maxTier = maxTier;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int base = context.docBase;
            return new FilterLeafCollector(super.getLeafCollector(context)) {
                @Override
                public void collect(int doc) throws IOException {
                    if (documents.get(base + doc).tier() <= maxTier) {
                        super.collect(doc);
                    }
                }
            };
        }
    }

    private static void addField(BooleanQuery.Builder b, String field, String term, float weight) {
        if (weight > 0) {
            b.add(new BoostQuery(new WideWindowTermQuery(new Term(field, term)), weight), BooleanClause.Occur.SHOULD);
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
            passageReader.close();
            reader.directory().close();
            passageReader.directory().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
