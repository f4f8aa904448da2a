package news.verbatim.article;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.problem;
import static news.verbatim.ApiTestSupport.withKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleIngestResourceTest {

    static String resource(String name) {
        try (InputStream in = ArticleIngestResourceTest.class.getResourceAsStream("/ingest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, Object> article(String outlet, String date, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("outlet", outlet);
        body.put("title", "Council approves new cycle lanes after heated debate");
        body.put("url", "https://echo.example/news/cycle-lanes");
        body.put("publishedAt", date);
        body.put("author", "Sam Reporter");
        body.put("text", text);
        return body;
    }

    private static long articleTotal() {
        return given().get("/api/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    @Test
    void ingestsAnArticleWithItsQuotesThenRepostingIsIdempotent() {
        String text = resource("council-cycle-lanes.txt");
        JsonPath created = withKey()
                .body(article("Test Echo", "2025-03-04", text))
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", containsString("/api/v1/articles/"))
                .body("created", is(true))
                .body("article.outlet", is("Test Echo"))
                .body("article.publishedAt", is("2025-03-04"))
                .body("article.author", is("Sam Reporter"))
                .body("article.text", containsString("The city council voted 7-2"))
                .body(
                        "quotes.text",
                        hasItems(
                                "This is a promise kept to every family who wants to ride safely",
                                "We will start building in the spring.",
                                "Nobody asked the traders on Mill Street what they think",
                                "The numbers do not lie: 40 percent of trips here are under two miles",
                                "It is a sad day for small business"))
                .body("quotes.find { it.text.startsWith('This is a promise') }.speaker", is("Linda Okafor"))
                .body("quotes.find { it.text.startsWith('We will start') }.continuesQuoteId", notNullValue())
                .body("quotes.find { it.text.startsWith('Nobody asked') }.speaker", is("Raj Patel"))
                .body("quotes.find { it.text.startsWith('It is a sad day') }.speaker", is("Raj Patel"))
                .body("quotes.find { it.text.startsWith('The numbers') }.speaker", is("Helen Marsh"))
                .body("quotes.find { it.text == 'a turning point' }.kind", is("FRAGMENT"))
                .body("quotes.find { it.text.startsWith('disappointed') }.speakerKind", is("ANONYMOUS"))
                .extract()
                .jsonPath();
        long id = created.getLong("article.id");
        int quoteCount = created.getList("quotes").size();
        String stored = created.getString("article.text");
        for (Map<String, Object> q : created.<Map<String, Object>>getList("quotes")) {
            assertEquals(q.get("text"), stored.substring((Integer) q.get("startOffset"), (Integer) q.get("endOffset")));
        }
        long articlesBefore = articleTotal();
        long patelQuotes = speakerQuoteCount("Raj Patel");

        // the same copy again, with other line breaks and spacing: nothing new is written
        withKey()
                .body(article("Test Echo", "2025-03-04", text.replace("\n\n", "\r\n\r\n  ")))
                .post("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("created", is(false))
                .body("article.id", is((int) id))
                .body("quotes", hasSize(quoteCount));
        assertEquals(articlesBefore, articleTotal());
        assertEquals(patelQuotes, speakerQuoteCount("Raj Patel"));
        given().queryParam("q", "Patel").get("/api/v1/speakers").then().body("total", is(1));

        given().get("/api/v1/articles/" + id + "/quotes").then().statusCode(200).body("total", is(quoteCount));
        given().queryParam("speaker", "Councillor Raj Patel")
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("items.speaker", hasItem("Raj Patel"));
    }

    private static long speakerQuoteCount(String name) {
        return given().queryParam("q", name)
                .get("/api/v1/speakers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].quoteCount");
    }

    @Test
    void aSpeakerNamedInSeveralArticlesIsOneSpeakerWithEveryNameForm() {
        String text = "Antony Blinken arrived in Cairo on Monday.\n\n"
                + "“We are working every hour of every day for a ceasefire that holds,” Blinken said at a news conference.";
        withKey()
                .body(article("Test Nile Times", "2024-08-20", text))
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("quotes[0].speaker", is("Antony Blinken"));
        given().queryParam("q", "Blinken")
                .get("/api/v1/speakers")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].aliases", hasItems("Blinken", "Antony Blinken", "Secretary of State Antony Blinken"));
    }

    @Test
    void previewShowsWhatWouldBeExtractedAndStoresNothing() {
        long before = articleTotal();
        String text = "“Nothing here will be stored,” said Preview Person, a tester. "
                + "She called it “a dry run” for the newsroom.";
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/api/v1/articles/preview")
                .then()
                .statusCode(200)
                .body("text", containsString("Nothing here will be stored"))
                .body("quotes[0].text", is("Nothing here will be stored"))
                .body("quotes[0].speaker", is("Preview Person"))
                .body("quotes[0].speakerKind", is("PERSON"))
                .body("quotes[0].start", is(text.indexOf("Nothing")))
                .body("quotes.text", hasItem("a dry run"));
        // the same body as a full article is accepted too, so a client can preview then save
        given().contentType(ContentType.JSON)
                .body(article("Test Echo", "2025-01-01", text))
                .post("/api/v1/articles/preview")
                .then()
                .statusCode(200);
        assertEquals(before, articleTotal());
        given().queryParam("q", "Preview Person").get("/api/v1/speakers").then().body("total", is(0));
    }

    @Test
    void badArticlesAreProblemsAndStoreNothing() {
        long before = articleTotal();
        Map<String, Object> noText = article("Test Echo", "2025-03-04", null);
        noText.remove("text");
        withKey().body(noText).post("/api/v1/articles").then().spec(problem(400, "text"));
        Map<String, Object> noOutlet = article(" ", "2025-03-04", "“Words,” she said.");
        withKey().body(noOutlet).post("/api/v1/articles").then().spec(problem(400, "outlet"));
        withKey()
                .body(article("Test Echo", "4 March 2025", "“Words,” she said."))
                .post("/api/v1/articles")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("publishedAt"))
                .body("errors[0].message", containsString("yyyy-MM-dd"));
        String huge = "“A long speech,” she said. ".repeat(45_000);
        withKey()
                .body(article("Test Echo", "2025-03-04", huge))
                .post("/api/v1/articles")
                .then()
                .spec(problem(413))
                .body("errors[0].field", is("text"))
                .body("detail", containsString("1 MB"));
        withKey()
                .body(article("Test Echo", "2025-03-04", "PK\u0003\u0004\u0000\u0000binary zip"))
                .post("/api/v1/articles")
                .then()
                .spec(problem(400))
                .body("detail", containsString("control characters"));
        withKey()
                .body(article("Test Echo", "2025-03-04", "0x3F 0x2A 99 %% ## $$ 1234 5678 !! ?? ** ++"))
                .post("/api/v1/articles")
                .then()
                .spec(problem(400))
                .body("detail", containsString("does not look like article text"));
        withKey()
                .body(Map.of(
                        "outlet",
                        "X",
                        "title",
                        "T",
                        "publishedAt",
                        "2025-01-01",
                        "text",
                        "Hi there",
                        "tags",
                        List.of()))
                .post("/api/v1/articles")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("tags"));
        given().contentType(ContentType.JSON)
                .body(article("Test Echo", "2025-03-04", "“Words,” she said."))
                .post("/api/v1/articles")
                .then()
                .spec(problem(401));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", ""))
                .post("/api/v1/articles/preview")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("text"));
        given().contentType(ContentType.JSON)
                .body("{\"text\": 42")
                .post("/api/v1/articles/preview")
                .then()
                .spec(problem(400));
        assertEquals(before, articleTotal());
        given().queryParam("outlet", "Test Echo")
                .queryParam("q", "Words")
                .get("/api/v1/quotes")
                .then()
                .body("items", empty());
    }

    @Test
    void anArticleWithoutQuotesIsStoredWithNone() {
        String text = "The library reopened on Monday after a two-week refurbishment. Opening hours are unchanged.";
        withKey()
                .body(article("Test Echo", "2025-02-01", text))
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("quotes", empty())
                .body("article.quoteCount", is(0))
                .body("article.id", not(is(0)));
    }

    @Test
    void theSameArticlePostedConcurrentlyIsStoredOnceAndNeverFailsWithAServerError() throws Exception {
        String text = "“Four requests, one article,” said Concurrency Tester, a reporter at the Echo.\n\n"
                + "The test posts the same copy several times at once. " + System.nanoTime();
        long before = articleTotal();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> withKey()
                        .body(article("Test Echo", "2025-06-01", text))
                        .post("/api/v1/articles")
                        .then()
                        .extract()
                        .statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var r : results) {
                statuses.add(r.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one creates it: " + statuses);
            assertEquals(
                    true, statuses.stream().allMatch(s -> s == 201 || s == 200 || s == 409), "no 5xx: " + statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 1, articleTotal());
        given().queryParam("q", "Concurrency Tester")
                .get("/api/v1/speakers")
                .then()
                .body("total", is(1));
    }
}
