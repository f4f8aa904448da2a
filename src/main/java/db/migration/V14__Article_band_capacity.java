package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Keeps each copy-detection key to the first {@value #CAPACITY} articles stored with it, as new articles now do
 * ({@code verbatim.copies.band-capacity}, its default): a key held by thousands is page furniture every article
 * prints, and each new article with it read all of them. Java, not SQL, because a single statement ranking every row
 * by key ran for minutes on H2 at 160,000 rows; here each full key costs two look-ups on the primary key.
 */
public class V14__Article_band_capacity extends BaseJavaMigration {

    static final int CAPACITY = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<Long> full = new ArrayList<>();
        try (PreparedStatement keys =
                c.prepareStatement("select band_key from article_band group by band_key having count(*) > ?")) {
            keys.setInt(1, CAPACITY);
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
                firstBeyond.setInt(2, CAPACITY);
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
