package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import news.verbatim.copies.CopyBands;
import news.verbatim.copies.MinHashSignature;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Migrations V8 and V9 on a database written before copy-detection keys: every stored article gets its keys. */
class V9ArticleBandKeysTest {

    private static final String URL = "jdbc:h2:mem:v9-article-bands;DB_CLOSE_DELAY=-1";

    private static Flyway flyway(String target) {
        return MigrationSupport.flyway(URL, target);
    }

    @Test
    void computesTheKeysOfEveryStoredArticleButTheManualOnes() throws Exception {
        String wire = Files.readString(Path.of("src/test/resources/ingest/reprints/wire-ferry-strike.txt"));
        String other = Files.readString(Path.of("src/test/resources/ingest/reprints/island-radio-ferry.txt"));
        flyway("7").migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("insert into outlet (id, name, name_key) values (1, 'A', 'a')");
            try (PreparedStatement insert = c.prepareStatement("insert into article (id, outlet_id, title,"
                    + " published_at, body, text_sha256, manual, created_at)"
                    + " values (?, 1, 't', date '2025-01-01', ?, ?, ?, current_timestamp)")) {
                Object[][] rows = {{1L, wire, false}, {2L, other, false}, {3L, "A quote added by hand.", true}};
                for (Object[] row : rows) {
                    insert.setLong(1, (Long) row[0]);
                    insert.setString(2, (String) row[1]);
                    insert.setString(3, String.valueOf(row[0]).repeat(64));
                    insert.setBoolean(4, (Boolean) row[2]);
                    insert.executeUpdate();
                }
            }
        }

        flyway("9").migrate();

        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement()) {
            assertEquals(keys(wire), stored(s, 1));
            assertEquals(keys(other), stored(s, 2));
            assertEquals(Set.of(), stored(s, 3));
        }
    }

    private static Set<Long> keys(String text) {
        return new HashSet<>(
                Arrays.stream(CopyBands.of(MinHashSignature.of(text))).boxed().toList());
    }

    private static Set<Long> stored(Statement s, long article) throws Exception {
        Set<Long> out = new HashSet<>();
        try (ResultSet rs = s.executeQuery("select band_key from article_band where article_id = " + article)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
