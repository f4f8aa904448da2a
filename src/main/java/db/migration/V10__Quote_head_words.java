package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import news.verbatim.index.RemarkQueries;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds {@code quote.head_words}, the first words of each quote's wording key, with an index on speaker and head:
 * statement linking finds the shorter quotes of a speaker that a new quote contains by looking up the heads of the
 * new quote's spans (one per word) instead of the hashes of all its spans (one per pair of words). Java, not SQL,
 * because the head is cut by the application's rule ({@link RemarkQueries#headOf}).
 */
public class V10__Quote_head_words extends BaseJavaMigration {

    /** Quotes read per page, by id. */
    static final int PAGE = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement ddl = c.createStatement()) {
            ddl.execute("alter table quote add column head_words varchar(200)");
        }
        try (PreparedStatement update = c.prepareStatement("update quote set head_words = ? where id = ?")) {
            RowPages.forEach(
                    c,
                    "select id, norm_text from quote where id > ? order by id",
                    PAGE,
                    row -> {
                        update.setString(1, RemarkQueries.headOf(row.getString(2)));
                        update.setLong(2, row.getLong(1));
                        update.addBatch();
                    },
                    update);
        }
        try (Statement ddl = c.createStatement()) {
            ddl.execute("alter table quote alter column head_words set not null");
            ddl.execute("create index ix_quote_speaker_head on quote (speaker_id, head_words)");
        }
    }
}
