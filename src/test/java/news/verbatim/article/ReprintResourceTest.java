package news.verbatim.article;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.article;
import static news.verbatim.ApiTestSupport.articleId;
import static news.verbatim.ApiTestSupport.quoteId;
import static news.verbatim.ApiTestSupport.withKey;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Originals and reprints through the public API: a wire story reprinted by two outlets (one keeping the credit
 * line, one dropping it with its dateline and last paragraph), an independent report that shares one quotation
 * with it, a story signed off "— Associated Press" with a near-duplicate whose paragraph was rewritten, and the
 * seed Bloomberg story carried via Tribune Content Agency by another paper.
 */
@QuarkusTest
class ReprintResourceTest {

    private static final String WIRE_QUOTE = "We will not sail a single boat until the night rota is off the table";
    private static final String SHARED_QUOTE = "People here cannot wait for two sides to stop shouting at each other";
    private static final String LIBRARY_QUOTE = "We have run out of ways to stretch the money";

    private static String reprint(String name) {
        try (var in = ReprintResourceTest.class.getResourceAsStream("/ingest/reprints/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonPath post(String outlet, String title, String date, String text, int status) {
        return withKey()
                .body(Map.of("outlet", outlet, "title", title, "publishedAt", date, "text", text))
                .post("/api/v1/articles")
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    private static JsonPath sources(long quoteId) {
        return given().get("/api/v1/quotes/" + quoteId + "/sources")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long quoteOf(JsonPath stored, String prefix) {
        List<Map<String, Object>> quotes = stored.getList("quotes");
        return quotes.stream()
                .filter(q -> ((String) q.get("text")).startsWith(prefix))
                .map(q -> ((Number) q.get("id")).longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with " + prefix + ": " + quotes));
    }

    @Test
    void aWireStoryReprintedByTwoOutletsIsOneIndependentOutletWithTwoCopies() {
        // the reprint keeping the credit arrives first, with the same text the wire itself posts after it
        JsonPath courier =
                post("Valley Courier", "Ferry crews strike", "2025-06-10", reprint("courier-ferry-strike.txt"), 201);
        assertEquals("Reuters", courier.getString("article.creditedTo"));
        assertNull(courier.get("article.copyOf"), "no original stored yet");
        long courierId = courier.getLong("article.id");

        // the same text by another outlet is an article of its own, not a repeat of the first
        JsonPath wire =
                post("Reuters", "Canada ferry crews strike", "2025-06-10", reprint("wire-ferry-strike.txt"), 201);
        long wireId = wire.getLong("article.id");
        assertTrue(wire.getBoolean("created"));
        assertNull(wire.get("article.copyOf"), "the wire's own story is the original");
        assertEquals(wireId, article(courierId).getLong("copyOf.articleId"), "the earlier reprint now points at it");

        JsonPath gazette = post(
                "Harbour Gazette",
                "Ferry strike strands commuters",
                "2025-06-11",
                reprint("gazette-ferry-strike.txt"),
                201);
        assertNull(gazette.get("article.creditedTo"), "the gazette dropped the credit line");
        assertEquals(wireId, gazette.getLong("article.copyOf.articleId"));
        assertEquals("Reuters", gazette.getString("article.copyOf.outlet"));

        JsonPath radio = post(
                "Island Radio", "Islands brace for shortages", "2025-06-11", reprint("island-radio-ferry.txt"), 201);
        assertNull(radio.get("article.copyOf"), "an independent report sharing one quotation is no copy");

        // the same text by the same outlet again is still a repeat
        post("Valley Courier", "Ferry crews strike", "2025-06-10", reprint("courier-ferry-strike.txt"), 200)
                .getBoolean("created");
        given().get("/api/v1/articles/" + courierId).then().body("id", is((int) courierId));

        JsonPath wireQuote = sources(quoteOf(wire, WIRE_QUOTE));
        assertEquals(3, wireQuote.getInt("total"));
        assertEquals(1, wireQuote.getInt("independentOutlets"));
        assertEquals(2, wireQuote.getInt("copies"));
        assertEquals(List.of("Reuters", "Valley Courier", "Harbour Gazette"), wireQuote.getList("items.outlet"));
        assertEquals(List.of(true, false, false), wireQuote.getList("items.first"));
        assertEquals(List.of(false, true, true), wireQuote.getList("items.copy"));
        assertNull(wireQuote.get("items[0].copyOf"));
        assertEquals(wireId, wireQuote.getLong("items[1].copyOf.articleId"));
        assertEquals(wireId, wireQuote.getLong("items[2].copyOf.articleId"));

        JsonPath shared = sources(quoteOf(radio, SHARED_QUOTE));
        assertEquals(4, shared.getInt("total"));
        assertEquals(2, shared.getInt("independentOutlets"), "the wire and the radio");
        assertEquals(2, shared.getInt("copies"));
        assertEquals(
                List.of("Reuters", "Valley Courier", "Harbour Gazette", "Island Radio"),
                shared.getList("items.outlet"));
        assertEquals(List.of(false, true, true, false), shared.getList("items.copy"));

        // the verify answer groups and counts its sources the same way
        JsonPath verified = given().contentType(ContentType.JSON)
                .body(Map.of("quote", WIRE_QUOTE, "speaker", "Colm Brennan"))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("VERIFIED", verified.getString("verdict"), verified.prettify());
        assertEquals(1, verified.getInt("matches[0].independentOutlets"));
        assertEquals(2, verified.getInt("matches[0].copies"));
        assertEquals("Reuters", verified.getString("matches[0].sources[0].outlet"));
        assertTrue(verified.getBoolean("matches[0].sources[0].first"));
    }

    @Test
    void aStorySignedOffByTheWireAndANearDuplicateOfItAreTwoCopiesOfOneOutlet() {
        JsonPath ledger = post(
                "Northfield Ledger",
                "Libraries cut Saturday hours",
                "2025-05-05",
                reprint("ledger-library-cuts.txt"),
                201);
        assertEquals("Associated Press", ledger.getString("article.creditedTo"));
        JsonPath times = post(
                "Lakeside Times", "Saturday library hours cut", "2025-05-06", reprint("times-library-cuts.txt"), 201);
        assertNull(times.get("article.creditedTo"));
        assertEquals(
                ledger.getLong("article.id"), times.getLong("article.copyOf.articleId"), "one paragraph rewritten");

        JsonPath answer = sources(quoteOf(times, LIBRARY_QUOTE));
        assertEquals(2, answer.getInt("total"));
        assertEquals(1, answer.getInt("independentOutlets"), "the Associated Press, whose story is not stored");
        assertEquals(2, answer.getInt("copies"));
        assertEquals(List.of("Northfield Ledger", "Lakeside Times"), answer.getList("items.outlet"));
        assertEquals("Associated Press", answer.getString("items[0].creditedTo"));
        // no original is stored: the earliest copy is the first appearance found
        assertEquals(List.of(true, false), answer.getList("items.first"));
    }

    @Test
    void copiesPostedAtOnceByFourOutletsEndAsOneOriginalWithThreeCopies() throws Exception {
        // A round-up quoting every remark of the story, with the same name forms, first: the copies then find each
        // remark's statement and each speaker's alias stored and insert no key of their own, so nothing makes their
        // transactions wait for each other and none sees the others' articles.
        post(
                "Weekly Roundup",
                "What they said this week",
                "2025-03-06",
                "Our weekly round-up of the voices from the county halls, gathered by the politics desk for readers"
                        + " who missed the meetings.\n\n"
                        + "On the pool, the council leader was firm. \"We did not take this decision lightly, and we"
                        + " will not leave families without anywhere to swim,\" council leader Aisha Moreno said.\n\n"
                        + "\"Patching a tank that is fifty years old is throwing good money after bad,\" said Gareth"
                        + " Lowe, the council's chief engineer.\n\n"
                        + "\"Our swimmers have nowhere to go from Monday, and nobody has told us what happens next,\""
                        + " club secretary Helen Marsh said.\n\n"
                        + "Next week the round-up returns to the harbour, where the ferry timetable is under review.",
                201);
        String text = reprint("wire-pool-closure.txt");
        List<String> outlets = List.of("Vale North Post", "Vale South Post", "Vale East Post", "Vale West Post");
        ExecutorService pool = Executors.newFixedThreadPool(outlets.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonPath>> posts = new ArrayList<>();
        try {
            for (String outlet : outlets) {
                posts.add(pool.submit(() -> {
                    start.await();
                    return post(outlet, "Town pool to close", "2025-03-07", text, 201);
                }));
            }
            start.countDown();
            List<JsonPath> stored = new ArrayList<>();
            for (Future<JsonPath> p : posts) {
                stored.add(p.get(60, TimeUnit.SECONDS));
            }
            // Two writers can each take the other's article for the original, and a link written from an older
            // view can leave a chain of copies; every reader follows it, so the posts name one original and every
            // source is listed under it (a chain once dropped one of them from the sources).
            Set<Long> originals = new HashSet<>();
            for (JsonPath copy : stored) {
                JsonPath read = article(copy.getLong("article.id"));
                originals.add(read.get("copyOf") == null ? read.getLong("id") : read.getLong("copyOf.articleId"));
            }
            assertEquals(1, originals.size(), "one original among the four posts: " + originals);
            JsonPath answer = sources(quoteOf(stored.get(0), "Patching a tank"));
            assertEquals(5, answer.getInt("total"), "the round-up and the four posts");
            assertEquals(2, answer.getInt("independentOutlets"), answer.prettify());
            assertEquals(3, answer.getInt("copies"));
            assertEquals("Weekly Roundup", answer.getString("items[0].outlet"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSeedBloombergStoryCarriedViaTribuneIsOneIndependentOutletPlusAReprint() throws IOException {
        String seed = Files.readString(
                Path.of("fixtures/articles/004-bloomberg-israel-coordinates-us-uk-iran-strike.txt"),
                StandardCharsets.UTF_8);
        long bloomberg = articleId("Israel coordinates with US and UK");
        assertEquals("Bloomberg", article(bloomberg).getString("creditedTo"));
        assertNull(article(bloomberg).get("copyOf"));
        JsonPath copy = post("Valley Courier", "Israel readies for Iranian strike", "2024-08-03", seed, 201);
        try {
            assertEquals(bloomberg, copy.getLong("article.copyOf.articleId"));
            assertEquals("Bloomberg", copy.getString("article.creditedTo"));

            JsonPath answer = sources(quoteId("Bloomberg", "emphasized the importance"));
            assertEquals(2, answer.getInt("total"));
            assertEquals(1, answer.getInt("independentOutlets"));
            assertEquals(1, answer.getInt("copies"));
            assertEquals(List.of("Bloomberg", "Valley Courier"), answer.getList("items.outlet"));
            assertEquals(List.of(true, false), answer.getList("items.first"));
            assertEquals((int) bloomberg, answer.getInt("items[1].copyOf.articleId"));

            // checking the reprint's page: only its own copy is left out, and Bloomberg is the first appearance
            JsonPath check = given().contentType(ContentType.JSON)
                    .body(Map.of("text", seed, "outlet", "Valley Courier"))
                    .post("/api/v1/check")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(List.of(copy.getInt("article.id")), check.getList("leftOutArticles"));
            List<Map<String, Object>> quotes = check.getList("quotes");
            assertFalse(quotes.isEmpty());
            for (int i = 0; i < quotes.size(); i++) {
                if (check.get("quotes[" + i + "].firstAppearance") != null) {
                    assertEquals("Bloomberg", check.getString("quotes[" + i + "].firstAppearance.outlet"));
                    assertEquals(1, check.getInt("quotes[" + i + "].independentOutlets"));
                }
            }
        } finally {
            // the copy's quotes leave the seed statements as the other tests expect them
            for (Object id : copy.getList("quotes.id")) {
                withKey().delete("/api/v1/quotes/" + id).then().statusCode(204);
            }
        }
    }
}
