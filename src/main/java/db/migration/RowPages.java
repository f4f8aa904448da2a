package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the rows of a table in pages by id, for the Java migrations that recompute a derived column: a page at a
 * time keeps the memory flat on a corpus of millions, and each page's writes go out as one JDBC batch.
 *
 * <pre>{@code
 * RowPages.forEach(c, "select id, body from article where id > ? order by id", 500, rs -> ..., insert);
 * }</pre>
 */
final class RowPages {

    /** What a migration does with one row; it may add to the batch of {@code writes}. */
    interface RowAction {
        void apply(ResultSet row) throws SQLException;
    }

    private RowPages() {}

    /**
     * Runs {@code action} on every row of {@code select} (whose one parameter is the last id read, and whose first
     * column is the id), {@code page} rows at a time, executing the batch of {@code writes} after each page.
     */
    static void forEach(Connection c, String select, int page, RowAction action, PreparedStatement writes)
            throws SQLException {
        try (PreparedStatement query = c.prepareStatement(select + " fetch first " + page + " rows only")) {
            long after = 0;
            boolean more = true;
            while (more) {
                query.setLong(1, after);
                int read = 0;
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        after = rs.getLong(1);
                        action.apply(rs);
                    }
                }
                writes.executeBatch();
                more = read == page;
            }
        }
    }
}
