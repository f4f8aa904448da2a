package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Sequences for the ids of the tables written in bulk (articles, statements, quotes), so that inserts can be
 * batched: identity columns make every insert a round trip of its own. Each sequence starts above the ids the
 * identity column already gave out, which SQL alone cannot say portably (hence Java). The step matches
 * {@code allocationSize} on the entities: the application reserves that many ids per call.
 */
public class V3__Id_sequences extends BaseJavaMigration {

    /** Ids reserved per sequence call; must equal the entities' {@code allocationSize}. */
    static final int STEP = 50;

    private static final String[] TABLES = {"article", "statement", "quote"};

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            for (String table : TABLES) {
                long max;
                try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    rs.next();
                    max = rs.getLong(1);
                }
                // The pooled optimizer reads a sequence value as the top of the next block of STEP ids.
                s.execute("create sequence " + table + "_seq start with " + (max + STEP + 1) + " increment by " + STEP);
            }
        }
    }
}
