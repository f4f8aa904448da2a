package news.verbatim.quote;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import news.verbatim.ApiTestSupport;
import org.junit.jupiter.api.Test;

/** A statement split by a past race is merged back by the repair, which needs the API key. */
@QuarkusTest
class StatementRepairResourceTest {

    private static final long SPLIT_STATEMENT = 900_000_001L;

    @Inject
    AgroalDataSource dataSource;

    private static List<Long> statementsOfIntenseDiplomacy() {
        return given().queryParam("q", "intense diplomacy with allies")
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.statementId", Long.class);
    }

    @Test
    void aSplitStatementIsMergedBack() throws Exception {
        List<Long> before = statementsOfIntenseDiplomacy();
        assertEquals(2, before.size(), "two outlets printed the remark");
        assertEquals(before.get(0), before.get(1));
        long moved = given().queryParam("q", "intense diplomacy with allies")
                .get("/api/v1/quotes")
                .then()
                .extract()
                .jsonPath()
                .getLong("items[1].id");
        // What a race before the linking key existed left behind: one printing in a statement of its own.
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps =
                    c.prepareStatement("insert into statement (id, created_at) values (?, current_timestamp)")) {
                ps.setLong(1, SPLIT_STATEMENT);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("update quote set statement_id = ? where id = ?")) {
                ps.setLong(1, SPLIT_STATEMENT);
                ps.setLong(2, moved);
                ps.executeUpdate();
            }
        }
        List<Long> split = statementsOfIntenseDiplomacy();
        assertNotEquals(split.get(0), split.get(1), "the remark is split");

        given().post("/api/v1/statements/repair").then().statusCode(401);
        ApiTestSupport.withKey()
                .post("/api/v1/statements/repair")
                .then()
                .statusCode(200)
                .body("statementsMerged", greaterThanOrEqualTo(1))
                .body("quotesChecked", greaterThanOrEqualTo(46));
        List<Long> after = statementsOfIntenseDiplomacy();
        assertEquals(after.get(0), after.get(1), "one remark, one statement again");
        assertEquals(before.get(0), after.get(0), "the older statement is kept");
    }
}
