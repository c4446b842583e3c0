package dev.handoff.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

import java.io.IOException;

/**
 * A {@link TermQuery} whose score bounds cover at least {@link #WINDOW} documents at a time; matches and scores are
 * the term query's own.
 *
 * <p>Lucene 9's top-k disjunction (max-score) re-sorts all its clauses and asks each for a new bound whenever any
 * clause reaches the end of a postings block, which on a long query of 100-250 clauses happens every few dozen
 * documents and took more than half its time. A wider window takes the bound from the term's coarser impact levels
 * (still an upper bound, so skipping stays safe and the top k unchanged) and does that bookkeeping far less often.
 */
final class WideWindowTermQuery extends Query {

    /** Measured on the 10,000-document benchmark: 512-2048 halve a long query's time against Lucene's 128-doc blocks. */
    static final int WINDOW = 1024;

    private final TermQuery term;

    WideWindowTermQuery(Term term) {
        this.term = new TermQuery(term);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return new FilterWeight(this, term.createWeight(searcher, scoreMode, boost)) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer scorer = in.scorer(context);
                return scorer == null ? null : new WideWindowScorer(this, scorer);
            }
        };
    }

    private static final class WideWindowScorer extends Scorer {
        private final Scorer in;

        WideWindowScorer(Weight weight, Scorer in) {
            super(weight);
            this.in = in;
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            // target | (WINDOW - 1) ends target's aligned window and cannot overflow
            return Math.max(in.advanceShallow(target), target | (WINDOW - 1));
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo);
        }

        @Override
        public float score() throws IOException {
            return in.score();
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return in.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return in.twoPhaseIterator();
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            in.setMinCompetitiveScore(minScore);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        term.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return "wide(" + term.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && term.equals(((WideWindowTermQuery) other).term);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + term.hashCode();
    }
}
