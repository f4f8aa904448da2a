package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps each copy-detection key of {@code article_band} to the first articles stored with it, as new articles keep
 * it ({@code verbatim.copies.band-capacity}), for the migrations that lower that bound. Java, not SQL, because a
 * single statement ranking every row by key ran for minutes on H2 at 160,000 rows; here each full key costs two
 * look-ups on the primary key.
 */
final class BandTrim {

    private BandTrim() {}

    /** Deletes the rows of every key beyond its first {@code capacity} articles, by article id. */
    static void toCapacity(Connection c, int capacity) throws SQLException {
        List<Long> full = new ArrayList<>();
        try (PreparedStatement keys =
                c.prepareStatement("select band_key from article_band group by band_key having count(*) > ?")) {
            keys.setInt(1, capacity);
            try (ResultSet rows = keys.executeQuery()) {
                while (rows.next()) {
                    full.add(rows.getLong(1));
                }
            }
        }
        try (PreparedStatement firstBeyond = c.prepareStatement(
                        "select article_id from article_band where band_key = ? order by article_id offset ? rows"
                                + " fetch next 1 rows only");
                PreparedStatement trim =
                        c.prepareStatement("delete from article_band where band_key = ? and article_id >= ?")) {
            for (long key : full) {
                firstBeyond.setLong(1, key);
                firstBeyond.setInt(2, capacity);
                try (ResultSet rows = firstBeyond.executeQuery()) {
                    if (rows.next()) {
                        trim.setLong(1, key);
                        trim.setLong(2, rows.getLong(1));
                        trim.executeUpdate();
                    }
                }
            }
        }
    }
}
