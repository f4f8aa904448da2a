package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import news.verbatim.copies.CopyBands;
import news.verbatim.copies.MinHashSignature;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Computes the copy-detection keys ({@link CopyBands}) of every article stored before V8 created their table, so
 * that a reprint of an old article is still found. Java, not SQL, because the keys come from the application's
 * MinHash signature of the stored text.
 */
public class V9__Article_band_keys extends BaseJavaMigration {

    /** Articles read per page, by id. */
    static final int PAGE = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (PreparedStatement insert =
                c.prepareStatement("insert into article_band (band_key, article_id) values (?, ?)")) {
            RowPages.forEach(
                    c,
                    "select id, body from article where manual = false and id > ? order by id",
                    PAGE,
                    row -> {
                        for (long key : CopyBands.of(MinHashSignature.of(row.getString(2)))) {
                            insert.setLong(1, key);
                            insert.setLong(2, row.getLong(1));
                            insert.addBatch();
                        }
                    },
                    insert);
        }
    }
}
