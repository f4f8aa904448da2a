package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lowering the band capacity keeps each key's first articles, by id, and leaves keys within it alone. */
class BandTrimTest {

    @Test
    void eachKeyKeepsItsFirstArticlesAndKeysWithinTheCapacityAreUntouched() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:band-trim;DB_CLOSE_DELAY=-1");
                Statement s = c.createStatement()) {
            s.execute("create table article_band (band_key bigint, article_id bigint,"
                    + " primary key (band_key, article_id))");
            // key 7 is held by five articles, key 8 by two, key 9 by one
            s.execute("insert into article_band values (7, 50), (7, 10), (7, 40), (7, 20), (7, 30),"
                    + " (8, 60), (8, 11), (9, 5)");

            BandTrim.toCapacity(c, 2);

            assertEquals(List.of("7:10", "7:20", "8:11", "8:60", "9:5"), rows(s));
            BandTrim.toCapacity(c, 2); // again: nothing left to trim
            assertEquals(5, rows(s).size());
        }
    }

    private static List<String> rows(Statement s) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery("select band_key, article_id from article_band order by 1, 2")) {
            while (r.next()) {
                out.add(r.getLong(1) + ":" + r.getLong(2));
            }
        }
        return out;
    }
}
