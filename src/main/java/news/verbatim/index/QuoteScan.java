package news.verbatim.index;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Every quote of the database, read page by page in id order while the index consumes it, for a rebuild; it counts
 * the quotes it handed out. Read it once:
 *
 * <pre>{@code
 * QuoteScan scan = new QuoteScan(rows);
 * index.replaceAll(scan);
 * int quotes = scan.count();
 * }</pre>
 */
final class QuoteScan implements Iterable<IndexedQuote> {

    /** Quotes read per page. */
    static final int PAGE = 10_000;

    private final QuoteRows rows;
    private int count;

    QuoteScan(QuoteRows rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    int count() {
        return count;
    }

    @Override
    public Iterator<IndexedQuote> iterator() {
        return new Iterator<>() {
            private List<IndexedQuote> page = List.of();
            private int at;
            private long lastId = 0;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (at < page.size()) {
                    return true;
                }
                if (done) {
                    return false;
                }
                try {
                    page = rows.page(lastId, PAGE);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot read quotes for the rebuild", e);
                }
                at = 0;
                done = page.size() < PAGE;
                if (!page.isEmpty()) {
                    lastId = page.get(page.size() - 1).quoteId();
                }
                return !page.isEmpty();
            }

            @Override
            public IndexedQuote next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                count++;
                return page.get(at++);
            }
        };
    }
}
