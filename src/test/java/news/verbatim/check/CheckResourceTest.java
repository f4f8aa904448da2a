package news.verbatim.check;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.articleId;
import static news.verbatim.ApiTestSupport.problem;
import static news.verbatim.ApiTestSupport.withKey;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/check} on an article written for this test that reprints seed quotes: one as printed, one
 * with its "not" dropped, one given to the wrong person, and one made up; and on a stored fixture article itself.
 */
@QuarkusTest
class CheckResourceTest {

    private static final String EXACT = "Israel has no interest in a war of attrition";
    private static final String NOT_DROPPED = "Whatever the consequences, the resistance will let";
    private static final String WRONG_PERSON = "Our punch will be powerful";
    private static final String INVENTED = "We have stocked every shelter";

    static String resource(String name) {
        try (var in = CheckResourceTest.class.getResourceAsStream("/check/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonPath check(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/check")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();
    }

    /** The checked quote whose text starts with {@code prefix}, with its index. */
    private static Map<String, Object> quote(JsonPath answer, String prefix) {
        List<Map<String, Object>> quotes = answer.getList("quotes");
        return quotes.stream()
                .filter(q -> ((String) q.get("text")).startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no checked quote starting with " + prefix + ": " + quotes));
    }

    private static int index(JsonPath answer, String prefix) {
        return answer.getList("quotes").indexOf(quote(answer, prefix));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> q, String key) {
        return (Map<String, Object>) q.get(key);
    }

    @Test
    void everyQuoteOfTheReprintGetsTheVerdictOfItsAttribution() {
        String text = resource("reprint-article.txt");
        JsonPath answer = check(Map.of("text", text, "outlet", "Example Daily", "publishedAt", "2024-08-08"));

        List<Map<String, Object>> quotes = answer.getList("quotes");
        assertEquals(4, quotes.size(), "quotes: " + quotes);
        for (Map<String, Object> q : quotes) {
            int start = (Integer) q.get("start");
            int end = (Integer) q.get("end");
            assertEquals(q.get("text"), text.substring(start, end), "span of " + q.get("text"));
            assertEquals(text.indexOf((String) q.get("text")), start, "first place the words occur");
        }

        Map<String, Object> exact = quote(answer, EXACT);
        assertTrue(List.of("VERIFIED", "EXCERPT").contains(exact.get("verdict")), "exact: " + exact);
        assertEquals("Gideon Sa'ar", map(exact, "speaker").get("name"));
        assertEquals("Gideon Sa'ar", map(exact, "bestMatch").get("speaker"));
        assertEquals("Jerusalem Post", map(exact, "bestMatch").get("outlet"));
        assertEquals("Jerusalem Post", map(exact, "firstAppearance").get("outlet"));
        assertEquals(1, exact.get("sourceCount"));
        assertEquals(false, exact.get("needsAttention"));
        assertEquals(false, map(exact, "claimedSource").get("carried"), "Example Daily carried nothing");

        Map<String, Object> altered = quote(answer, NOT_DROPPED);
        assertEquals("ALTERED", altered.get("verdict"), "altered: " + altered);
        assertEquals("Hassan Nasrallah", map(altered, "speaker").get("name"));
        assertEquals(true, map(altered, "bestMatch").get("meaningChanged"));
        List<Map<String, Object>> changes =
                (List<Map<String, Object>>) map(altered, "bestMatch").get("meaningChanges");
        assertTrue(
                changes.stream().anyMatch(c -> "NEGATION".equals(c.get("type")) && "not".equals(c.get("attested"))),
                "changes: " + changes);
        assertEquals(true, altered.get("needsAttention"));

        Map<String, Object> wrong = quote(answer, WRONG_PERSON);
        assertEquals("MISATTRIBUTED", wrong.get("verdict"), "wrong person: " + wrong);
        assertEquals("John Healey", map(wrong, "speaker").get("name"));
        assertEquals("Yoav Gallant", map(wrong, "bestMatch").get("speaker"));
        assertTrue(((String) wrong.get("explanation")).contains("Yoav Gallant"), (String) wrong.get("explanation"));

        Map<String, Object> invented = quote(answer, INVENTED);
        assertEquals("NOT_FOUND", invented.get("verdict"), "invented: " + invented);
        assertNull(invented.get("bestMatch"));
        assertNull(invented.get("firstAppearance"));
        assertEquals(0, invented.get("sourceCount"));

        assertEquals(4, answer.getInt("summary.quotesFound"));
        assertEquals(4, answer.getInt("summary.quotesChecked"));
        assertEquals(0, answer.getInt("summary.unchecked"));
        assertEquals(1, answer.getInt("summary.byVerdict.ALTERED"));
        assertEquals(1, answer.getInt("summary.byVerdict.MISATTRIBUTED"));
        assertEquals(1, answer.getInt("summary.byVerdict.NOT_FOUND"));
        assertEquals(1, answer.getInt("summary.byVerdict.VERIFIED") + answer.getInt("summary.byVerdict.EXCERPT"));
        assertEquals(0, answer.getInt("summary.byVerdict.UNATTRIBUTED"));
        assertEquals(
                List.of(index(answer, WRONG_PERSON), index(answer, NOT_DROPPED), index(answer, INVENTED)),
                answer.getList("summary.attention"));
        assertEquals(List.of(), answer.getList("leftOutArticles"));
    }

    @Test
    void spansPointIntoTheTextAsSentWhenCleaningDropsLines() {
        // Page furniture and Windows line breaks before the quotes: the cleaner drops and shifts lines.
        String text = "Share\r\nAdvertisement\r\n\r\n   "
                + resource("reprint-article.txt").replace("\n", "\r\n") + "\r\nClose\r\n";
        JsonPath answer = check(Map.of("text", text));
        List<Map<String, Object>> quotes = answer.getList("quotes");
        assertEquals(4, quotes.size());
        for (Map<String, Object> q : quotes) {
            assertEquals(q.get("text"), text.substring((Integer) q.get("start"), (Integer) q.get("end")));
            Map<String, Object> attribution = map(q, "attribution");
            if (attribution.get("cueStart") != null) {
                assertEquals(attribution.get("cue"), text.substring((Integer) attribution.get("cueStart"), (Integer)
                        attribution.get("cueEnd")));
            }
        }
        assertFalse(answer.getList("quotes.claimedSource").stream().anyMatch(s -> s != null), "none claimed");
    }

    @Test
    void aStoredArticleCheckedAgainstTheCorpusDoesNotMatchItself() throws IOException {
        String text = Files.readString(
                Path.of("fixtures/articles/001-jpost-us-urges-israel-iran-constrain-reprisals.txt"),
                StandardCharsets.UTF_8);
        long self = articleId("US urges Israel and Iran to constrain reprisal responses");
        JsonPath answer = check(Map.of("text", text, "outlet", "Jerusalem Post"));

        assertEquals(List.of((int) self), answer.getList("leftOutArticles"));
        List<Map<String, Object>> quotes = answer.getList("quotes");
        assertTrue(quotes.size() >= 10, "quotes: " + quotes.size());
        for (Map<String, Object> q : quotes) {
            // real web copy: the cleaner drops furniture lines, and every span still points into the text as sent
            assertEquals(q.get("text"), text.substring((Integer) q.get("start"), (Integer) q.get("end")));
            Map<String, Object> first = map(q, "firstAppearance");
            if (first != null) {
                assertNotEquals(self, ((Number) first.get("articleId")).longValue(), "matched itself: " + q);
            }
        }
        // Only this article printed Sa'ar's words: without it, nothing is left to match.
        assertEquals("NOT_FOUND", quote(answer, EXACT).get("verdict"));
        // Blinken's words were printed by CNN too: that is the source found, not this article.
        Map<String, Object> blinken = quote(answer, "We’ve been engaged in intense diplomacy");
        assertEquals("CNN", map(blinken, "firstAppearance").get("outlet"));
        assertEquals("Antony Blinken", map(blinken, "bestMatch").get("speaker"));
    }

    @Test
    void theSameTextFromAnotherOutletIsNotTakenForTheStoredArticle() throws IOException {
        String text = Files.readString(
                Path.of("fixtures/articles/001-jpost-us-urges-israel-iran-constrain-reprisals.txt"),
                StandardCharsets.UTF_8);
        JsonPath answer = check(Map.of("text", text, "outlet", "Example Daily"));
        assertEquals(List.of(), answer.getList("leftOutArticles"));
        Map<String, Object> saar = quote(answer, EXACT);
        assertEquals("Jerusalem Post", map(saar, "firstAppearance").get("outlet"));
    }

    /**
     * A page stored at a URL and checked again after an edit (other text, so another text key): the URL alone
     * makes it the same page, and its quote is not confirmed by its own earlier version.
     */
    @Test
    void aStoredPageAtTheSameUrlIsLeftOutAfterAnEdit() {
        String quote = "The lighthouse keepers of Quillmere will vote on the merger by candlelight";
        String stored = "Quillmere keepers to vote\n\n“" + quote + ",” union steward Odile Ferrante said.";
        String url = "https://check-test.example/quillmere-keepers";
        long id = ((Number) withKey()
                        .body(Map.of(
                                "outlet",
                                "Check Test Gazette",
                                "title",
                                "Quillmere keepers to vote",
                                "url",
                                url,
                                "publishedAt",
                                "2025-02-03",
                                "text",
                                stored))
                        .post("/api/v1/articles")
                        .then()
                        .statusCode(anyOf(is(201), is(200)))
                        .extract()
                        .path("article.id"))
                .longValue();
        String edited = stored + "\n\nThe vote is expected on Friday.";

        JsonPath samePage = check(Map.of("text", edited, "url", url, "outlet", "Check Test Gazette"));
        assertEquals(List.of((int) id), samePage.getList("leftOutArticles"));
        assertEquals("NOT_FOUND", quote(samePage, quote).get("verdict"));

        JsonPath anotherPage = check(Map.of("text", edited, "outlet", "Check Test Gazette"));
        assertEquals(List.of(), anotherPage.getList("leftOutArticles"));
        Map<String, Object> found = quote(anotherPage, quote);
        assertEquals("VERIFIED", found.get("verdict"), "found: " + found);
        assertEquals(true, map(found, "claimedSource").get("carried"));
        assertEquals(((Number) map(found, "firstAppearance").get("articleId")).longValue(), id);
    }

    @Test
    void theOpenApiExampleGetsTheVerdictsItShows() {
        String answer = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "text", CheckExamples.REQUEST_TEXT, "outlet", "Example Daily", "publishedAt", "2024-08-08"))
                .post("/api/v1/check")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonPath json = new JsonPath(answer);
        assertEquals(List.of("VERIFIED", "ALTERED"), json.getList("quotes.verdict"));
        assertEquals(List.of(1), json.getList("summary.attention"));
    }

    @Test
    void emptyTextIsAProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "  "))
                .post("/api/v1/check")
                .then()
                .spec(problem(400, "text"));
        given().contentType(ContentType.JSON)
                .body(Map.of("outlet", "CNN"))
                .post("/api/v1/check")
                .then()
                .spec(problem(400));
    }

    @Test
    void textOverTheArticleLimitIsTooLarge() {
        String big = "Words of a page. ".repeat(70_000); // ~1.2 MB, under the HTTP body limit
        given().contentType(ContentType.JSON)
                .body(Map.of("text", big))
                .post("/api/v1/check")
                .then()
                .spec(problem(413, "text"));
    }

    @Test
    void malformedJsonAndWrongTypesAreProblems() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"“A quote,” Ann Roe said.\"")
                .post("/api/v1/check")
                .then()
                .spec(problem(400));
        given().contentType(ContentType.JSON)
                .body("{\"text\": 42}")
                .post("/api/v1/check")
                .then()
                .spec(problem(400));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "“A quote,” Ann Roe said.", "publishedAt", "yesterday"))
                .post("/api/v1/check")
                .then()
                .spec(problem(400));
    }

    @Test
    void noKeyIsNeeded() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "“Israel has no interest in a war of attrition,” Gideon Sa'ar said."))
                .post("/api/v1/check")
                .then()
                .statusCode(200)
                .body("quotes[0].verdict", is("VERIFIED"));
    }
}
