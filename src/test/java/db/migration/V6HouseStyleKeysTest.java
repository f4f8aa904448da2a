package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import news.verbatim.common.Hashes;
import news.verbatim.text.TextNormalizer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V6 on a database written before house style: stored wording keys are recomputed, and two outlets'
 * styles of one remark, stored as two statements, become one.
 */
class V6HouseStyleKeysTest {

    private static final String URL = "jdbc:h2:mem:v6-house-style;DB_CLOSE_DELAY=-1";

    private static final String BRITISH = "Our defence of the harbour is iron-clad and will cost 10 per cent more";
    private static final String AMERICAN = "Our defense of the harbor is ironclad and will cost 10% more";
    private static final String OTHER = "The ferry leaves at noon on weekdays";

    private static Flyway flyway(String target) {
        return MigrationSupport.flyway(URL, target);
    }

    @Test
    void recomputesWordingKeysAndMergesStatementsThatNowShareOne() throws Exception {
        flyway("5").migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("insert into outlet (id, name, name_key) values (1, 'A', 'a'), (2, 'B', 'b')");
            s.execute("insert into article (id, outlet_id, title, published_at, body, text_sha256, created_at) values"
                    + " (1, 1, 't', date '2025-01-01', 'x', '" + "1".repeat(64) + "', current_timestamp),"
                    + " (2, 2, 't', date '2025-01-02', 'y', '" + "2".repeat(64) + "', current_timestamp)");
            s.execute("insert into speaker (id, name, name_key, kind) values (1, 'Ann Roe', 'ann roe', 'PERSON')");
            s.execute("insert into statement (id, created_at) values (1, current_timestamp), (2, current_timestamp),"
                    + " (3, current_timestamp)");
            insertAsBefore(s, 1, 1, 1, BRITISH);
            insertAsBefore(s, 2, 2, 2, AMERICAN);
            insertAsBefore(s, 3, 2, 3, OTHER);
            for (long[] key : new long[][] {{1, 1}, {2, 2}, {3, 3}}) {
                s.execute("insert into statement_key (link_key, statement_id) values ('"
                        + Hashes.sha256Hex(TextNormalizer.normalize(
                                List.of(BRITISH, AMERICAN, OTHER).get((int) key[0] - 1)))
                        + "', " + key[1] + ")");
            }
        }

        flyway("6").migrate();

        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement()) {
            String key = TextNormalizer.styleKey(BRITISH);
            assertEquals(key, TextNormalizer.styleKey(AMERICAN));
            assertEquals(
                    List.of(
                            "1|" + key + "|" + Hashes.sha256Hex(key) + "|1",
                            "2|" + key + "|" + Hashes.sha256Hex(key) + "|1",
                            "3|" + TextNormalizer.styleKey(OTHER) + "|" + Hashes.sha256Hex(OTHER.toLowerCase()) + "|3"),
                    rows(s, "select id, norm_text, norm_sha256, statement_id from quote order by id"));
            assertEquals(List.of("1", "3"), rows(s, "select id from statement order by id"));
            assertEquals(
                    List.of(Hashes.sha256Hex(key) + "|1", Hashes.sha256Hex(OTHER.toLowerCase()) + "|3"),
                    rows(s, "select link_key, statement_id from statement_key order by statement_id"));
            assertEquals(List.of(key.split(" ").length + ""), rows(s, "select word_count from quote where id = 2"));
        }
    }

    /** A quote row as written before house style: its printed words as the wording key. */
    private static void insertAsBefore(Statement s, long id, long article, long statement, String text)
            throws Exception {
        String norm = TextNormalizer.normalize(text);
        s.execute("insert into quote (id, article_id, speaker_id, statement_id, body, norm_text, norm_sha256,"
                + " word_count, kind, start_offset, end_offset, created_at) values (" + id + ", " + article
                + ", 1, " + statement + ", '" + text + "', '" + norm + "', '" + Hashes.sha256Hex(norm) + "', "
                + norm.split(" ").length + ", 'FULL', 0, " + text.length() + ", current_timestamp)");
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i).strip());
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
