package news.verbatim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The quote ids of the first documents matching a query, in index order, read from the id doc values as they are
 * collected: for look-ups that want every match up to a bound and no ranking, where a top-hits queue of the bound's
 * size would be built (and kept in order) for every query. Optionally only documents whose {@link
 * QuoteDocuments#FIELD_WORDING} hash is among given ones.
 */
final class MatchingIds {

    private MatchingIds() {}

    /** The ids of the first {@code limit} documents matching {@code query}. */
    static List<Long> of(IndexSearcher searcher, Query query, int limit) throws IOException {
        return searcher.search(query, new Manager(limit, null));
    }

    /**
     * The ids of the first {@code limit} documents matching {@code query} whose wording hash is in sorted
     * {@code wordings}; a document without one is left out.
     */
    static List<Long> withWording(IndexSearcher searcher, Query query, long[] wordings, int limit) throws IOException {
        return wordings.length == 0 ? List.of() : searcher.search(query, new Manager(limit, wordings));
    }

    private record Manager(int limit, long[] wordings) implements CollectorManager<Ids, List<Long>> {

        @Override
        public Ids newCollector() {
            return new Ids(limit, wordings);
        }

        @Override
        public List<Long> reduce(Collection<Ids> collectors) {
            List<Long> out = new ArrayList<>();
            for (Ids c : collectors) {
                for (long id : c.found) {
                    if (out.size() == limit) {
                        return out;
                    }
                    out.add(id);
                }
            }
            return out;
        }
    }

    private static final class Ids implements Collector {
        final List<Long> found = new ArrayList<>();
        final int limit;
        final long[] wordings;

        Ids(int limit, long[] wordings) {
            this.limit = limit;
            this.wordings = wordings;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            if (found.size() >= limit) {
                throw new CollectionTerminatedException();
            }
            NumericDocValues ids = context.reader().getNumericDocValues(QuoteDocuments.FIELD_ID);
            NumericDocValues hashes =
                    wordings == null ? null : context.reader().getNumericDocValues(QuoteDocuments.FIELD_WORDING);
            if (ids == null || (wordings != null && hashes == null)) {
                throw new CollectionTerminatedException(); // nothing to read in this segment
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (hashes != null
                            && !(hashes.advanceExact(doc) && WordingHash.contains(wordings, hashes.longValue()))) {
                        return;
                    }
                    if (ids.advanceExact(doc)) {
                        found.add(ids.longValue());
                        if (found.size() >= limit) {
                            throw new CollectionTerminatedException();
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
