package news.verbatim.quote;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.withKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import news.verbatim.ApiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/quotes?q=} answered by the quote index: it pages and counts like every list, and it follows
 * what changes a quote's place in the results (a corrected speaker, a deletion) before the change answers.
 */
@QuarkusTest
class QuoteWordSearchResourceTest {

    private static final String TEXT = "The lighthouse ledger records every tide since the storm of 1911";

    private static JsonPath search(Map<String, Object> params) {
        return given().queryParams(params)
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void pagesAreNewestFirstAndTheTotalCountsEveryMatch() {
        JsonPath first = search(Map.of("q", "the", "size", 3, "page", 0));
        JsonPath second = search(Map.of("q", "the", "size", 3, "page", 1));
        long total = first.getLong("total");
        assertTrue(total > 6, "the fixtures have many quotes with 'the': " + total);
        assertEquals(total, second.getLong("total"));
        List<Long> ids = new ArrayList<>(first.getList("items.id", Long.class));
        ids.addAll(second.getList("items.id", Long.class));
        assertEquals(6, new HashSet<>(ids).size(), "two pages, six different quotes");
        List<String> dates = new ArrayList<>(first.getList("items.date", String.class));
        dates.addAll(second.getList("items.date", String.class));
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(dates.get(i - 1).compareTo(dates.get(i)) >= 0, "newest first: " + dates);
        }
        JsonPath all = search(Map.of("q", "the", "size", 100));
        assertEquals(Math.min(total, 100), all.getList("items").size());
        JsonPath past = search(Map.of("q", "the", "size", 100, "page", 10_000));
        assertEquals(0, past.getList("items").size());
        assertEquals(total, past.getLong("total"), "a page past the end still counts");
    }

    @Test
    void aCorrectedSpeakerAndADeletionAreSearchedAsTheyAreNow() {
        long id = ApiTestSupport.addQuote(TEXT, "Test Lighthouse Warden Aino Kask", "Test Coast Gazette", "2025-06-03");
        try {
            assertEquals(
                    List.of(id),
                    search(Map.of("q", "ledger tide 1911", "speaker", "Aino Kask"))
                            .getList("items.id", Long.class));
            assertEquals(
                    List.of(id),
                    search(Map.of("q", "Ledger, tide!", "outlet", "Test Coast")).getList("items.id", Long.class),
                    "an outlet name matched as the database matches it");
            assertEquals(
                    0,
                    search(Map.of("q", "ledger", "outlet", "Test Coast Herald")).getLong("total"));
            assertEquals(0, search(Map.of("q", "ledger", "to", "2025-06-02")).getLong("total"));
            assertEquals(
                    1,
                    search(Map.of("q", "ledger", "from", "2025-06-03", "to", "2025-06-03"))
                            .getLong("total"));

            withKey()
                    .body("{\"speaker\": {\"name\": \"Test Harbour Pilot Mart Saarik\"}}")
                    .patch("/api/v1/quotes/" + id)
                    .then()
                    .statusCode(200);
            assertEquals(
                    List.of(id),
                    search(Map.of("q", "ledger tide 1911", "speaker", "Mart Saarik"))
                            .getList("items.id", Long.class),
                    "found under the corrected speaker");
            assertEquals(
                    0,
                    search(Map.of("q", "ledger tide 1911", "speaker", "Aino Kask"))
                            .getLong("total"));
        } finally {
            withKey().delete("/api/v1/quotes/" + id).then().statusCode(204);
        }
        assertEquals(0, search(Map.of("q", "lighthouse ledger 1911")).getLong("total"), "gone with the quote");
    }
}
