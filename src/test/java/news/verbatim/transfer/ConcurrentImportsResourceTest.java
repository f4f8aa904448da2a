package news.verbatim.transfer;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two bulk imports sent at the same moment, each article of one carrying the same remark as an article of the other
 * (a wire story and its reprint), all naming the same new speakers: every article of both is stored and counted as
 * imported (never as a duplicate), each speaker exists once with all its quotes, and each remark is one statement.
 */
@QuarkusTest
class ConcurrentImportsResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ARTICLES_PER_IMPORT = 30;
    private static final List<String> SURNAMES = List.of("Okonkwo", "Lindqvist", "Barrow", "Tamura", "Quist", "Fenn");

    /** Letters no other test's text holds, so that the speakers and outlets are new to this run. */
    private static String nonce() {
        Random random = new Random();
        StringBuilder out = new StringBuilder("Zq");
        for (int i = 0; i < 6; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    private static String speaker(String word, int n) {
        return "Ada " + SURNAMES.get(n % SURNAMES.size()) + word;
    }

    private static String outlet(String word, int side) {
        return (side == 1 ? "Morning Ledger " : "Evening Ledger ") + word;
    }

    /** The words of remark {@code n}, which only this run's articles carry. */
    private static String remark(String word, int n) {
        return "The crossing number " + n + " to " + word + " will run every hour from spring";
    }

    /** Article {@code n} of import {@code side}: remark {@code n}, which the other import's article n carries too. */
    private static String line(String word, int side, int n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outlet", outlet(word, side));
        body.put("title", "Ferry timetable " + word + " " + n);
        body.put("publishedAt", "2001-02-0" + (1 + n % 9));
        body.put(
                "text",
                (side == 1 ? "The ferry service met on Monday." : "Ferry bosses met on Monday.") + "\n\n“"
                        + remark(word, n) + ",” said " + speaker(word, n) + ".\n\nA vote follows.");
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String body(String word, int side) {
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < ARTICLES_PER_IMPORT; n++) {
            out.append(line(word, side, n)).append('\n');
        }
        return out.toString();
    }

    private static Response importing(String body) {
        return given().header("X-API-Key", KEY)
                .contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import");
    }

    @Test
    void twoImportsOfTheSameRemarksAtOnceStoreEveryArticleEachSpeakerOnceAndEachRemarkAsOneStatement()
            throws Exception {
        String word = nonce();
        List<String> bodies = List.of(body(word, 1), body(word, 2));
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        List<Response> answers = new ArrayList<>();
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Response>> sent = new ArrayList<>();
            for (String b : bodies) {
                sent.add(pool.submit(() -> {
                    gate.await();
                    return importing(b);
                }));
            }
            gate.countDown();
            for (Future<Response> f : sent) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        for (Response answer : answers) {
            assertEquals(200, answer.statusCode(), answer.asString());
            JsonPath summary = answer.jsonPath();
            assertEquals(ARTICLES_PER_IMPORT, summary.getInt("imported"), answer.asString());
            assertEquals(ARTICLES_PER_IMPORT, summary.getInt("quotes"), answer.asString());
            assertEquals(0, summary.getInt("rejectedCount"), answer.asString());
            assertEquals(0, summary.getInt("duplicates"), answer.asString());
        }
        int perSpeaker = 2 * ARTICLES_PER_IMPORT / SURNAMES.size();
        for (int n = 0; n < SURNAMES.size(); n++) {
            JsonPath found = given().queryParam("q", speaker(word, n))
                    .get("/api/v1/speakers")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(List.of(speaker(word, n)), found.getList("items.name", String.class), found.prettify());
            assertEquals(perSpeaker, found.getLong("items[0].quoteCount"), found.prettify());
        }
        for (int side = 1; side <= 2; side++) {
            JsonPath stored = given().queryParam("outlet", outlet(word, side))
                    .get("/api/v1/articles")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(ARTICLES_PER_IMPORT, stored.getInt("total"), outlet(word, side));
        }
        for (int n = 0; n < ARTICLES_PER_IMPORT; n++) {
            JsonPath found = given().queryParam("q", remark(word, n))
                    .get("/api/v1/quotes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(2, found.getInt("total"), "remark " + n + ": " + found.prettify());
            assertEquals(
                    1,
                    new HashSet<>(found.getList("items.statementId", Long.class)).size(),
                    "remark " + n + " is one statement: " + found.prettify());
        }
    }
}
