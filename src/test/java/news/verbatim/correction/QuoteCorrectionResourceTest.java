package news.verbatim.correction;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.problem;
import static news.verbatim.ApiTestSupport.withKey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PATCH /api/v1/quotes/{id} and GET /api/v1/quotes/{id}/corrections through the public API. */
@QuarkusTest
class QuoteCorrectionResourceTest {

    private static Map<String, Object> article(String outlet, String title, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("outlet", outlet);
        body.put("title", title);
        body.put("publishedAt", "2025-06-12");
        body.put("text", text);
        return body;
    }

    /** Ingests the text; the stored quotes of the article. */
    private static List<Map<String, Object>> ingest(String outlet, String title, String text) {
        return withKey()
                .body(article(outlet, title, text))
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getList("quotes");
    }

    private static Map<String, Object> quoteStarting(List<Map<String, Object>> quotes, String prefix) {
        return quotes.stream()
                .filter(q -> ((String) q.get("text")).startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with " + prefix + " in " + quotes));
    }

    private static long id(Map<String, Object> quote, String field) {
        return ((Number) quote.get(field)).longValue();
    }

    private static JsonPath patch(long quoteId, String json) {
        return withKey()
                .body(json)
                .patch("/api/v1/quotes/" + quoteId)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();
    }

    private static String verdict(String quote, String speaker) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("quote", quote, "speaker", speaker))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("verdict");
    }

    private static List<Long> quoteIdsOfSpeaker(long speakerId) {
        return given().queryParam("size", 100)
                .get("/api/v1/speakers/" + speakerId + "/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
    }

    @Test
    void aNewNameThenAKindAreKeptInTheHistoryShownByVerifyAndSurviveReingestion() {
        String text = "The audit of the harbour trust ended on Tuesday.\n\n"
                + "“We have checked every ledger twice and found nothing missing,” Peter Lund said.\n\n"
                + "The trust will publish the full report next month.";
        Map<String, Object> quote = quoteStarting(
                ingest("Correction Gazette", "Harbour trust audit finds no missing funds", text), "We have checked");
        long quoteId = id(quote, "id");
        assertEquals("Peter Lund", quote.get("speaker"));
        String words = "We have checked every ledger twice and found nothing missing";
        assertEquals("VERIFIED", verdict(words, "Peter Lund"));

        JsonPath corrected = patch(
                quoteId,
                "{\"speaker\": {\"name\": \"Greta Lindqvist\", \"kind\": \"PERSON\"}, "
                        + "\"note\": \"Lund read out the treasurer's statement\"}");
        assertEquals("Greta Lindqvist", corrected.getString("speaker"));
        assertEquals("PERSON", corrected.getString("speakerKind"));
        assertEquals("CORRECTED", corrected.getString("attribution.method"));
        assertEquals("FULL", corrected.getString("kind"));
        long newSpeaker = corrected.getLong("speakerId");
        given().get("/api/v1/speakers/" + newSpeaker)
                .then()
                .statusCode(200)
                .body("name", is("Greta Lindqvist"))
                .body("aliases", hasItem("Lindqvist"));
        // the index and the corpus answer with the new speaker at once
        assertEquals("VERIFIED", verdict(words, "Greta Lindqvist"));
        assertEquals("VERIFIED", verdict(words, "Lindqvist"));
        assertNotEquals("VERIFIED", verdict(words, "Peter Lund"));

        patch(quoteId, "{\"kind\": \"FRAGMENT\"}");
        given().get("/api/v1/quotes/" + quoteId + "/corrections")
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.field", contains("SPEAKER", "KIND"))
                .body("items[0].quoteId", is((int) quoteId))
                .body("items[0].oldValue", is("Peter Lund"))
                .body("items[0].newValue", is("Greta Lindqvist"))
                .body("items[0].oldSpeakerId", is(((Number) quote.get("speakerId")).intValue()))
                .body("items[0].newSpeakerId", is((int) newSpeaker))
                .body("items[0].note", is("Lund read out the treasurer's statement"))
                .body("items[0].correctedAt", notNullValue())
                .body("items[1].oldValue", is("FULL"))
                .body("items[1].newValue", is("FRAGMENT"))
                .body("items[1].oldSpeakerId", nullValue())
                .body("items[1].note", nullValue());

        // the same copy posted again keeps the corrected quotes as they are
        withKey()
                .body(article("Correction Gazette", "Harbour trust audit finds no missing funds", text))
                .post("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("created", is(false))
                .body("quotes.find { it.id == " + quoteId + " }.speaker", is("Greta Lindqvist"))
                .body("quotes.find { it.id == " + quoteId + " }.kind", is("FRAGMENT"))
                .body("quotes.find { it.id == " + quoteId + " }.attribution.method", is("CORRECTED"));
        given().get("/api/v1/quotes/" + quoteId + "/corrections").then().body("total", is(2));

        // repeating a correction changes nothing and adds no history
        patch(quoteId, "{\"kind\": \"FRAGMENT\", \"speaker\": {\"id\": " + newSpeaker + "}}");
        given().get("/api/v1/quotes/" + quoteId + "/corrections").then().body("total", is(2));

        // a deleted quote takes its history with it
        withKey().delete("/api/v1/quotes/" + quoteId).then().statusCode(204);
        given().get("/api/v1/quotes/" + quoteId + "/corrections").then().statusCode(404);
    }

    @Test
    void anExistingSpeakerByIdMovesTheQuoteToThatSpeakersStatementAndBackAgain() {
        List<Map<String, Object>> first = ingest(
                "Correction Courier",
                "Harbour board backs dredging plan",
                "Harbour board chair Ingrid Solberg defended the dredging plan on Monday.\n\n"
                        + "“The channel must be deepened before the winter storms arrive or the ferries will stop "
                        + "running,” Solberg said.\n\nThe work is expected to take four months.");
        Map<String, Object> full = quoteStarting(first, "The channel must be deepened");
        assertEquals("Ingrid Solberg", full.get("speaker"));
        List<Map<String, Object>> second = ingest(
                "Correction Weekly",
                "Residents split over dredging",
                "Residents packed the hall for the dredging debate.\n\n"
                        + "“The channel must be deepened before the winter storms arrive,” Tomas Brekke said.\n\n"
                        + "The board will vote next week.");
        Map<String, Object> part = quoteStarting(second, "The channel must be deepened");
        long partId = id(part, "id");
        long brekke = id(part, "speakerId");
        long solberg = id(full, "speakerId");
        assertEquals("Tomas Brekke", part.get("speaker"));
        // contained wording of another speaker: another statement
        assertNotEquals(id(full, "statementId"), id(part, "statementId"));

        JsonPath moved = patch(partId, "{\"speaker\": {\"id\": " + solberg + "}}");
        assertEquals("Ingrid Solberg", moved.getString("speaker"));
        assertEquals(id(full, "statementId"), moved.getLong("statementId"));
        given().get("/api/v1/quotes/" + partId + "/sources")
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.quoteId", contains((int) id(full, "id"), (int) partId));
        assertEquals(true, quoteIdsOfSpeaker(solberg).contains(partId));
        assertEquals(false, quoteIdsOfSpeaker(brekke).contains(partId));
        // the old statement, now empty, is gone: its id answers nothing
        assertEquals("Ingrid Solberg", moved.getString("speaker"));

        JsonPath back = patch(partId, "{\"speaker\": {\"id\": " + brekke + "}, \"note\": \"checked the recording\"}");
        assertNotEquals(id(full, "statementId"), back.getLong("statementId"));
        given().get("/api/v1/quotes/" + partId + "/sources")
                .then()
                .body("total", is(1))
                .body("items[0].quoteId", is((int) partId));
        given().get("/api/v1/quotes/" + id(full, "id") + "/sources")
                .then()
                .body("total", is(1))
                .body("items[0].quoteId", is((int) id(full, "id")));
        given().get("/api/v1/quotes/" + partId + "/corrections")
                .then()
                .body("items.newValue", contains("Ingrid Solberg", "Tomas Brekke"))
                .body("items[1].note", is("checked the recording"));
    }

    @Test
    void equalWordingStaysOneStatementWhoeverIsCorrectedToHaveSaidIt() {
        String words = "No council can promise that the river will never flood again";
        Map<String, Object> first = quoteStarting(
                ingest(
                        "Correction Mercury",
                        "Flood defences open",
                        "The new flood wall opened on Friday.\n\n“" + words + ",” Maja Lind said.\n\n"
                                + "It cost four million."),
                "No council can promise");
        Map<String, Object> second = quoteStarting(
                ingest(
                        "Correction Sentinel",
                        "River wall unveiled",
                        "Crowds watched the wall unveiled.\n\n“" + words + ",” Erik Holm said.\n\n"
                                + "Work began two years ago."),
                "No council can promise");
        // the same words printed for two speakers are one remark (a misattribution is still the same words)
        assertEquals(id(first, "statementId"), id(second, "statementId"));
        JsonPath corrected = patch(id(second, "id"), "{\"speaker\": {\"name\": \"Agnes Lind\"}}");
        assertEquals("Agnes Lind", corrected.getString("speaker"));
        assertEquals(id(first, "statementId"), corrected.getLong("statementId"));
        given().get("/api/v1/quotes/" + id(first, "id") + "/sources")
                .then()
                .body("total", is(2))
                .body("items.quoteId", hasItem((int) id(second, "id")));
        assertEquals("VERIFIED", verdict(words, "Agnes Lind"));
    }

    @Test
    void aSpeakerCorrectionAppliesToEveryPartOfASplitQuoteAndUnknownIsAllowed() {
        List<Map<String, Object>> quotes = ingest(
                "Correction Herald",
                "Library opening hours to be extended",
                "The library will open on Sundays from March.\n\n"
                        + "“Families asked us for this for years,” Nora Vik said. “Now we can finally say yes.”\n\n"
                        + "The change costs the council little.");
        Map<String, Object> a = quoteStarting(quotes, "Families asked us");
        Map<String, Object> b = quoteStarting(quotes, "Now we can finally");
        assertEquals(id(a, "id"), id(b, "continuesQuoteId"));
        patch(id(a, "id"), "{\"speaker\": {\"kind\": \"UNKNOWN\"}}");
        for (Map<String, Object> q : List.of(a, b)) {
            given().get("/api/v1/quotes/" + id(q, "id"))
                    .then()
                    .body("speaker", is("unknown"))
                    .body("speakerKind", is("UNKNOWN"))
                    .body("attribution.method", is("CORRECTED"));
            given().get("/api/v1/quotes/" + id(q, "id") + "/corrections")
                    .then()
                    .body("items.oldValue", contains("Nora Vik"))
                    .body("items.newValue", contains("unknown"));
        }
    }

    @Test
    void badCorrectionsAreRefusedAsProblemsAndChangeNothing() {
        Map<String, Object> quote = quoteStarting(
                ingest(
                        "Correction Post",
                        "Bridge repairs delayed again",
                        "Repairs to the old bridge will not start before autumn.\n\n"
                                + "“We cannot ask drivers to wait another winter,” Elin Dahl said.\n\n"
                                + "The county blamed a shortage of steel."),
                "We cannot ask drivers");
        long quoteId = id(quote, "id");
        String path = "/api/v1/quotes/" + quoteId;
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("{}", "body");
        bad.put("{\"note\": \"only a note\"}", "body");
        bad.put("{\"kind\": \"HALF\"}", "kind");
        bad.put("{\"speaker\": {}}", "speaker");
        bad.put("{\"speaker\": {\"id\": 1, \"name\": \"Ann Roe\"}}", "speaker");
        bad.put("{\"speaker\": {\"id\": 1, \"kind\": \"PERSON\"}}", "speaker.kind");
        bad.put("{\"speaker\": {\"id\": 0}}", "speaker.id");
        bad.put("{\"speaker\": {\"name\": \"  \"}}", "speaker.name");
        bad.put("{\"speaker\": {\"name\": \"Ann Roe\", \"kind\": \"UNKNOWN\"}}", "speaker.kind");
        bad.put("{\"speaker\": {\"name\": \"Ann Roe\", \"kind\": \"ROBOT\"}}", "speaker.kind");
        bad.put("{\"speaker\": {\"name\": \"" + "x".repeat(301) + "\"}}", "speaker.name");
        bad.put("{\"kind\": \"FULL\", \"note\": \"" + "n".repeat(1001) + "\"}", "note");
        bad.put("{\"kind\": \"FULL\", \"editor\": \"me\"}", "editor");
        bad.put("{\"speaker\": \"Ann Roe\"}", "speaker");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            withKey()
                    .body(e.getKey())
                    .patch(path)
                    .then()
                    .spec(problem(400))
                    .body("status", is(400))
                    .body("errors.field", hasItem(e.getValue()));
        }
        withKey().body("").patch(path).then().spec(problem(400));
        withKey().body("{\"kind\": ").patch(path).then().spec(problem(400));
        withKey()
                .body("{\"speaker\": {\"id\": 987654321}}")
                .patch(path)
                .then()
                .spec(problem(422))
                .body("errors.field", contains("speaker.id"))
                .body("detail", containsString("987654321"));
        given().header("X-API-Key", news.verbatim.ApiTestSupport.KEY)
                .contentType(ContentType.TEXT)
                .body("kind=FRAGMENT")
                .patch(path)
                .then()
                .spec(problem(415));
        given().contentType(ContentType.JSON)
                .body("{\"kind\": \"FRAGMENT\"}")
                .patch(path)
                .then()
                .spec(problem(401));
        given().header("X-API-Key", "not-a-key")
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"FRAGMENT\"}")
                .patch(path)
                .then()
                .spec(problem(401));
        withKey()
                .body("{\"kind\": \"FRAGMENT\"}")
                .patch("/api/v1/quotes/987654321")
                .then()
                .spec(problem(404));
        withKey()
                .body("{\"kind\": \"FRAGMENT\"}")
                .patch("/api/v1/quotes/abc")
                .then()
                .spec(problem(400));
        given().get("/api/v1/quotes/987654321/corrections").then().spec(problem(404));
        given().get("/api/v1/quotes/abc/corrections").then().spec(problem(400));

        given().get(path)
                .then()
                .body("speaker", is("Elin Dahl"))
                .body("kind", is("FULL"))
                .body("attribution.method", not(is("CORRECTED")));
        given().get(path + "/corrections")
                .then()
                .statusCode(200)
                .body("total", is(0))
                .body("items", hasSize(0));
    }
}
