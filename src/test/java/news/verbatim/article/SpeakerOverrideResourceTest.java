package news.verbatim.article;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.problem;
import static news.verbatim.ApiTestSupport.withKey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /api/v1/articles with the speakers an editor changed in the preview. */
@QuarkusTest
class SpeakerOverrideResourceTest {

    private static final String TEXT = "The school will close early on Friday.\n\n"
            + "“The heating failed overnight and we cannot keep pupils warm,” Hanna Berg said. "
            + "“We will reopen on Monday.”\n\n"
            + "“Parents were told by text message at seven,” Lars Moe said.\n\n"
            + "Repairs are expected to take two days.";

    private static Map<String, Object> article(String text, Object overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("outlet", "Override Tribune");
        body.put("title", "School closes early after heating failure");
        body.put("publishedAt", "2025-01-17");
        body.put("text", text);
        if (overrides != null) {
            body.put("speakerOverrides", overrides);
        }
        return body;
    }

    private static Map<String, Object> previewQuote(JsonPath preview, String prefix) {
        return preview.<Map<String, Object>>getList("quotes").stream()
                .filter(q -> ((String) q.get("text")).startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no preview quote starting with " + prefix));
    }

    @Test
    void theChosenSpeakersAreStoredAndALaterPartFollowsItsFirstPart() {
        JsonPath preview = given().contentType(ContentType.JSON)
                .body(article(TEXT, null))
                .post("/api/v1/articles/preview")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> heating = previewQuote(preview, "The heating failed");
        Map<String, Object> parents = previewQuote(preview, "Parents were told");
        assertEquals("Hanna Berg", heating.get("speaker"));
        assertEquals(true, previewQuote(preview, "We will reopen").get("continuesPrevious"));
        List<Map<String, Object>> overrides = List.of(
                Map.of(
                        "start",
                        heating.get("start"),
                        "end",
                        heating.get("end"),
                        "speaker",
                        "Ingrid Berg",
                        "speakerKind",
                        "PERSON"),
                Map.of("start", parents.get("start"), "end", parents.get("end"), "speakerKind", "UNKNOWN"));
        // the preview takes the same body and ignores the overrides
        given().contentType(ContentType.JSON)
                .body(article(TEXT, overrides))
                .post("/api/v1/articles/preview")
                .then()
                .statusCode(200)
                .body("quotes.find { it.text.startsWith('The heating') }.speaker", is("Hanna Berg"));

        withKey()
                .body(article(TEXT, overrides))
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .body("quotes.find { it.text.startsWith('The heating') }.speaker", is("Ingrid Berg"))
                .body("quotes.find { it.text.startsWith('The heating') }.attribution.method", is("CORRECTED"))
                .body("quotes.find { it.text.startsWith('We will reopen') }.speaker", is("Ingrid Berg"))
                .body(
                        "quotes.find { it.text.startsWith('We will reopen') }.continuesQuoteId",
                        is(org.hamcrest.Matchers.notNullValue()))
                .body("quotes.find { it.text.startsWith('Parents were told') }.speaker", is("unknown"))
                .body("quotes.find { it.text.startsWith('Parents were told') }.speakerKind", is("UNKNOWN"));
    }

    @Test
    void overridesThatNameNoQuoteOrBreakTheRulesAreRefused() {
        String text = TEXT.replace("Friday", "Thursday");
        given().contentType(ContentType.JSON).body(article(text, null)).post("/api/v1/articles/preview");
        withKey()
                .body(article(text, List.of(Map.of("start", 3, "end", 9, "speaker", "Ann Roe"))))
                .post("/api/v1/articles")
                .then()
                .spec(problem(422))
                .body("errors.field", contains("speakerOverrides"));
        List<Map.Entry<String, Object[]>> bad = List.of(
                Map.entry("speakerOverrides[0].speaker", new Object[] {Map.of("start", 1, "end", 5, "speaker", " ")}),
                Map.entry("speakerOverrides[0].end", new Object[] {Map.of("start", 9, "end", 5, "speaker", "Ann Roe")}),
                Map.entry(
                        "speakerOverrides[0].speaker",
                        new Object[] {Map.of("start", 1, "end", 5, "speaker", "Ann Roe", "speakerKind", "UNKNOWN")}),
                Map.entry("speakerOverrides[1]", new Object[] {
                    Map.of("start", 1, "end", 5, "speaker", "Ann Roe"),
                    Map.of("start", 1, "end", 5, "speaker", "Ben Cole")
                }),
                Map.entry("speakerOverrides[0].start", new Object[] {Map.of("start", -1, "end", 5, "speaker", "Ann Roe")
                }),
                Map.entry("speakerOverrides[0].end", new Object[] {Map.of("start", 1, "speaker", "Ann Roe")}));
        for (Map.Entry<String, Object[]> e : bad) {
            withKey()
                    .body(article(text, List.of(e.getValue())))
                    .post("/api/v1/articles")
                    .then()
                    .spec(problem(400))
                    .body("errors.field", hasItem(e.getKey()));
        }
        // nothing was stored: the same text without overrides is new
        withKey().body(article(text, null)).post("/api/v1/articles").then().statusCode(201);
    }
}
