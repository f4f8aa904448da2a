package news.verbatim.index;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index's own read of the quote table: only what it indexes, by plain SQL on connections of its own, so
 * that following the change log needs no entities and no transaction.
 */
@ApplicationScoped
public class QuoteRows {

    /** Ids per {@code in (...)} query: far below every database's parameter limit. */
    static final int IDS_PER_QUERY = 1000;

    private final AgroalDataSource dataSource;

    public QuoteRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What the index holds of a quote: its text and its {@link QuoteFacets}, by a join with its article. */
    private static final String SELECT = "select q.id, q.body, q.article_id, a.published_at, q.start_offset, "
            + "q.speaker_id, a.outlet_id from quote q join article a on a.id = q.article_id ";

    /** The current state of each of {@code ids} that still exists; deleted quotes are absent from the map. */
    public Map<Long, IndexedQuote> quotesOf(Collection<Long> ids) throws SQLException {
        Map<Long, IndexedQuote> out = new HashMap<>(ids.size() * 2);
        List<Long> all = new ArrayList<>(ids);
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(SELECT + "where q.id in (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            IndexedQuote quote = read(rs);
                            out.put(quote.quoteId(), quote);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Up to {@code limit} quotes with ids above {@code afterId}, in id order: one page of a full scan. */
    public List<IndexedQuote> page(long afterId, int limit) throws SQLException {
        List<IndexedQuote> out = new ArrayList<>(limit);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(SELECT + "where q.id > ? order by q.id limit ?")) {
            ps.setLong(1, afterId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    private static IndexedQuote read(ResultSet rs) throws SQLException {
        QuoteFacets facets = new QuoteFacets(
                rs.getLong(3), rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getLong(6), rs.getLong(7));
        return new IndexedQuote(rs.getLong(1), rs.getString(2), facets);
    }

    /** Number of quotes in the database. */
    public long count() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from quote");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
