package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Migration V10 on a database written before quote heads: every quote gets the first words of its wording key. */
class V10QuoteHeadWordsTest {

    private static final String URL = "jdbc:h2:mem:v10-head-words;DB_CLOSE_DELAY=-1";

    private static Flyway flyway(String target) {
        return MigrationSupport.flyway(URL, target);
    }

    @Test
    void everyQuoteGetsItsHead() throws Exception {
        flyway("9").migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("insert into outlet (id, name, name_key) values (1, 'A', 'a')");
            s.execute("insert into article (id, outlet_id, title, published_at, body, text_sha256, created_at) values"
                    + " (1, 1, 't', date '2025-01-01', 'x', '" + "1".repeat(64) + "', current_timestamp)");
            s.execute("insert into speaker (id, name, name_key, kind) values (1, 'Ann Roe', 'ann roe', 'PERSON')");
            s.execute("insert into statement (id, created_at) values (1, current_timestamp)");
            String[] norms = {"we will not sail a single boat", "no comment"};
            for (int i = 0; i < norms.length; i++) {
                s.execute("insert into quote (id, article_id, speaker_id, statement_id, body, norm_text, norm_sha256,"
                        + " word_count, kind, start_offset, end_offset, created_at) values (" + (i + 1) + ", 1, 1, 1,"
                        + " '" + norms[i] + "', '" + norms[i] + "', '" + "a".repeat(64) + "', "
                        + norms[i].split(" ").length + ", 'FULL', 0, 1, current_timestamp)");
            }
        }

        flyway("10").migrate();

        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select head_words from quote order by id")) {
            List<String> heads = new ArrayList<>();
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
            assertEquals(List.of("we will not", "no comment"), heads);
        }
    }
}
