package dev.handoff.search;

import dev.handoff.core.model.Ticket;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds earlier tickets like a new one (BM25 over summary, description, environment, components and
 * resolution). Only tickets created before the new one are candidates: the answer must be one an agent
 * could have found at the time, which is also what keeps the evaluation honest.
 */
public final class SimilarTickets implements AutoCloseable {

    static final String KEY = "key";
    static final String SUMMARY = "summary";
    static final String DESCRIPTION = "description";
    static final String ENVIRONMENT = "environment";
    static final String COMPONENTS = "components";
    static final String RESOLUTION = "resolution";
    static final String CREATED = "created";
    static final String RESOLVED = "resolved";

    /** A query keeps the most specific terms; long pasted logs would otherwise make every ticket look alike. */
    static final int MAX_TERMS = 96;
    /** Only the start of a long description is read: the problem statement comes first, logs after. */
    static final int MAX_DESCRIPTION_CHARS = 4000;

    private static final Pattern MARKUP = Pattern.compile("\\{(?:code|noformat|quote|panel|color)[^}]*}|\\[[^\\]|]*\\||https?://\\S+");

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Directory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<Ticket> tickets;

    public SimilarTickets(List<Ticket> tickets) {
        this.tickets = List.copyOf(tickets);
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
            config.setMergePolicy(new LogDocMergePolicy()); // doc id = position in the list
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Ticket t : this.tickets) {
                    Document doc = new Document();
                    doc.add(new StringField(KEY, t.key(), Field.Store.NO));
                    doc.add(new TextField(SUMMARY, clean(t.summary()), Field.Store.NO));
                    doc.add(new TextField(DESCRIPTION, clean(head(t.description())), Field.Store.NO));
                    doc.add(new TextField(ENVIRONMENT, t.environment(), Field.Store.NO));
                    doc.add(new TextField(COMPONENTS, String.join("\n", t.components()), Field.Store.NO));
                    doc.add(new TextField(RESOLUTION, t.resolution() == null ? "" : t.resolution(), Field.Store.NO));
                    doc.add(new LongPoint(CREATED, t.created() == null ? Long.MIN_VALUE : t.created().toEpochMilli()));
                    doc.add(new StringField(RESOLVED, t.resolution() == null || t.resolution().isBlank() ? "no" : "yes",
                            Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            reader = DirectoryReader.open(directory);
            if (reader.maxDoc() != this.tickets.size()) {
                throw new IllegalStateException("index holds " + reader.maxDoc() + " tickets, expected " + this.tickets.size());
            }
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("building the ticket index failed", e);
        }
    }

    public int size() {
        return tickets.size();
    }

    /** The {@code k} earlier tickets most like {@code ticket}, best first (resolved or not). */
    public List<SimilarTicket> find(Ticket ticket, int k) {
        return find(ticket, k, false);
    }

    /**
     * The {@code k} tickets created before {@code ticket} most like it, best first; never the ticket
     * itself. A ticket without a creation time is treated as new: every indexed ticket is earlier.
     */
    public List<SimilarTicket> find(Ticket ticket, int k, boolean resolvedOnly) {
        List<SimilarTicket> out = new ArrayList<>();
        if (k <= 0) {
            return out;
        }
        Map<String, Float> weights = new LinkedHashMap<>();
        addTerms(weights, ticket.summary(), 2f);
        addTerms(weights, clean(head(ticket.description())), 1f);
        addTerms(weights, ticket.environment(), 0.5f);
        Map<String, Float> terms = select(weights);
        if (terms.isEmpty()) {
            return out;
        }
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        terms.forEach((t, w) -> {
            text.add(new BoostQuery(new TermQuery(new Term(SUMMARY, t)), 2f * w), BooleanClause.Occur.SHOULD);
            text.add(new BoostQuery(new TermQuery(new Term(DESCRIPTION, t)), w), BooleanClause.Occur.SHOULD);
            text.add(new BoostQuery(new TermQuery(new Term(ENVIRONMENT, t)), 0.5f * w), BooleanClause.Occur.SHOULD);
        });
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(text.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KEY, ticket.key())), BooleanClause.Occur.MUST_NOT);
        if (ticket.created() != null) {
            q.add(LongPoint.newRangeQuery(CREATED, Long.MIN_VALUE, ticket.created().toEpochMilli() - 1), BooleanClause.Occur.FILTER);
        }
        if (resolvedOnly) {
            q.add(new TermQuery(new Term(RESOLVED, "yes")), BooleanClause.Occur.FILTER);
        }
        try {
            for (ScoreDoc sd : searcher.search(q.build(), k).scoreDocs) {
                Ticket t = tickets.get(sd.doc);
                out.add(new SimilarTicket(t.key(), t.summary(), t.resolution(), t.assignee(), t.components(), t.created(),
                        sd.score));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("similar-ticket search failed", e);
        }
        return out;
    }

    private void addTerms(Map<String, Float> weights, String text, float weight) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (TokenStream ts = analyzer.tokenStream(DESCRIPTION, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                weights.merge(term.toString(), weight, Float::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dampened weights of the {@link #MAX_TERMS} most specific terms (weight times inverse document frequency). */
    private Map<String, Float> select(Map<String, Float> weights) {
        int n = Math.max(1, reader.numDocs());
        record Candidate(String term, float weight, double specificity) {
        }
        List<Candidate> all = new ArrayList<>();
        try {
            for (Map.Entry<String, Float> e : weights.entrySet()) {
                int df = Math.max(reader.docFreq(new Term(DESCRIPTION, e.getKey())), reader.docFreq(new Term(SUMMARY, e.getKey())));
                if (df == 0) {
                    continue; // matches nothing
                }
                float w = (float) Math.sqrt(e.getValue());
                all.add(new Candidate(e.getKey(), w, w * Math.log(1 + (n - df + 0.5) / (df + 0.5))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.sort(Comparator.comparingDouble((Candidate c) -> -c.specificity).thenComparing(Candidate::term));
        Map<String, Float> out = new LinkedHashMap<>();
        for (Candidate c : all.subList(0, Math.min(all.size(), MAX_TERMS))) {
            out.put(c.term, c.weight);
        }
        return out;
    }

    private static String head(String description) {
        return description == null ? "" : description.length() > MAX_DESCRIPTION_CHARS
                ? description.substring(0, MAX_DESCRIPTION_CHARS) : description;
    }

    private static String clean(String text) {
        return text == null ? "" : MARKUP.matcher(text).replaceAll(" ");
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
