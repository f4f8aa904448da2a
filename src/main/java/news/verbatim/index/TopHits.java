package news.verbatim.index;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The best hits of a query, found without counting the others.
 *
 * <p>{@link IndexSearcher#search(Query, int)} counts every hit up to 1,000 before it lets the scorer skip
 * documents that cannot enter the top; nothing here reads that count, so skipping starts once {@code limit}
 * hits are held. The hits are the same: a skipped document scores below the lowest one kept.
 */
final class TopHits {

    private TopHits() {}

    /** The {@code limit} best hits of {@code query}, best first. */
    static ScoreDoc[] of(IndexSearcher searcher, Query query, int limit) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(limit, null, limit)).scoreDocs;
    }
}
