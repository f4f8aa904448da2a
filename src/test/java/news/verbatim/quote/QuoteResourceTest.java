package news.verbatim.quote;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.KEY;
import static news.verbatim.ApiTestSupport.problem;
import static news.verbatim.ApiTestSupport.quoteId;
import static news.verbatim.ApiTestSupport.withKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quote endpoints through HTTP: listing, search, filters, adding and deleting by hand, sources and statements.
 *
 * <p>Longer than the usual limit on purpose: one test class per unit (here {@code /api/v1/quotes}), and its cases are many short
 * scenarios over the same fixtures; split by sub-feature it would repeat the same set-up in each file.
 */
@QuarkusTest
class QuoteResourceTest {

    private static io.restassured.path.json.JsonPath addQuote(String text, String outlet) {
        return withKey()
                .body(Map.of(
                        "text", text, "speaker", "Test Harbourmaster Ivo Lind", "outlet", outlet, "date", "2025-06-02"))
                .post("/api/v1/quotes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    @Test
    void twoOutletsHouseStylesOfOneRemarkAreOneStatementWithEachWording() {
        String british = "The U.K. harbour defence programme is iron-clad and ten thousand people, 10 per cent of"
                + " the town, will see it finished in its first year";
        String american = "The UK harbor defense program is ironclad and 10,000 people, 10% of the town, will see"
                + " it finished in its 1st year";
        var first = addQuote(british, "Test Harbour Times");
        var second = addQuote(american, "Test Harbor Post");
        assertEquals(first.getLong("statementId"), second.getLong("statementId"), "one remark, one statement");
        given().get("/api/v1/quotes/" + second.getLong("id") + "/sources")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.text", hasItems(british, american))
                .body("items.find { it.outlet == 'Test Harbor Post' }.text", is(american));
        // A changed value is another remark.
        var other = addQuote(american.replace("10,000", "1,000"), "Test Harbor Post");
        assertNotEquals(first.getLong("statementId"), other.getLong("statementId"));
    }

    @Test
    void listIsPagedWithDefaults() {
        given().get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("page", is(0))
                .body("size", is(20))
                .body("total", greaterThanOrEqualTo(40))
                .body("items", hasSize(20))
                .body("items[0].id", notNullValue())
                .body("items[0].text", notNullValue())
                .body("items[0].speaker", notNullValue())
                .body("items[0].speakerId", notNullValue())
                .body("items[0].outlet", notNullValue())
                .body("items[0].date", notNullValue())
                .body("items[0].articleId", notNullValue())
                .body("items[0].statementId", notNullValue());
    }

    @Test
    void secondPageContinuesTheFirst() {
        var first = given().queryParam("size", 5)
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        var second = given().queryParam("size", 5)
                .queryParam("page", 1)
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("page", is(1))
                .body("items", hasSize(5))
                .extract()
                .jsonPath();
        org.junit.jupiter.api.Assertions.assertNotEquals(first.getLong("items[0].id"), second.getLong("items[0].id"));
    }

    @Test
    void speakerFilterMatchesEveryAlias() {
        for (String alias : new String[] {
            "Blinken", "antony blinken", "Secretary of State Antony Blinken", "US Secretary of State Antony Blinken"
        }) {
            given().queryParam("speaker", alias)
                    .queryParam("size", 100)
                    .get("/api/v1/quotes")
                    .then()
                    .statusCode(200)
                    .body("total", greaterThanOrEqualTo(8))
                    .body("items.speaker", everyItem(is("Antony Blinken")));
        }
        given().queryParam("speaker", "Nobody Atall")
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("total", is(0))
                .body("items", hasSize(0));
    }

    @Test
    void outletAndDateFiltersCombine() {
        given().queryParam("outlet", "jerusalem post")
                .queryParam("size", 100)
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("items.outlet", everyItem(is("Jerusalem Post")))
                .body("items.date", everyItem(is("2024-08-06")))
                .body("total", greaterThanOrEqualTo(15));
        given().queryParam("from", "2024-10-01")
                .queryParam("to", "2024-10-31")
                .queryParam("size", 100)
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(5))
                .body("items.date", everyItem(startsWith("2024-10")))
                .body("items.outlet", everyItem(is("CNN")));
        given().queryParam("speaker", "Gallant")
                .queryParam("outlet", "Bloomberg")
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("items.outlet", everyItem(is("Bloomberg")))
                .body("items.speaker", everyItem(is("Yoav Gallant")))
                .body("items.date", everyItem(is("2024-08-02")));
    }

    @Test
    void wordsFilterNeedsEveryWordIgnoringCaseAndPunctuation() {
        given().queryParam("q", "INTENSE diplomacy,")
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("items.text", everyItem(containsString("intense diplomacy")))
                .body("items.outlet", hasItems("CNN", "Jerusalem Post"));
        given().queryParam("q", "diplomacy giraffe")
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("total", is(0));
    }

    @Test
    void articleFilterListsThatArticleInTextOrder() {
        long article = news.verbatim.ApiTestSupport.articleId("head off Iranian attack");
        given().queryParam("articleId", article)
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("items.articleId", everyItem(is((int) article)))
                .body("items[0].text", startsWith("The secretary has delivered a consistent message"))
                .body("items[0].speaker", is("Matthew Miller"));
    }

    @Test
    void oneQuoteById() {
        long id = quoteId("Jerusalem Post", "Israel has no interest in a war of attrition");
        given().get("/api/v1/quotes/" + id)
                .then()
                .statusCode(200)
                .body("id", is((int) id))
                .body("text", is("Israel has no interest in a war of attrition."))
                .body("speaker", is("Gideon Sa'ar"))
                .body("outlet", is("Jerusalem Post"))
                .body("date", is("2024-08-06"))
                .body("kind", is("FULL"));
    }

    @Test
    void sourcesOfARemarkTwoOutletsPrintedListBothEarliestFirstWithTheirOwnWording() {
        long cnn = quoteId("CNN", "We’ve been engaged in intense diplomacy");
        given().get("/api/v1/quotes/" + cnn + "/sources")
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items[0].outlet", is("Jerusalem Post"))
                .body("items[0].date", is("2024-08-06"))
                .body("items[0].first", is(true))
                .body("items[0].text", containsString("allies and partners, communicating"))
                .body("items[1].outlet", is("CNN"))
                .body("items[1].date", is("2024-08-07"))
                .body("items[1].first", is(false))
                .body("items[1].text", containsString("allies and partners communicating"))
                .body(
                        "items[1].title",
                        is("Preparing to again defend Israel, US presses Iran and Israel to de-escalate"));
        long cnnEveryone = quoteId("CNN", "Everyone in the region should understand");
        given().get("/api/v1/quotes/" + cnnEveryone + "/sources")
                .then()
                .statusCode(200)
                .body("items.outlet", hasItems("CNN", "Jerusalem Post"))
                .body("items.text", hasItem(startsWith("But everyone in the region")));
    }

    @Test
    void aFragmentLinksToTheFullSentenceButATranslationVariantDoesNot() {
        long fragment = quoteId("CNN", "part of the punishment");
        given().get("/api/v1/quotes/" + fragment + "/sources")
                .then()
                .statusCode(200)
                .body("items.outlet", hasItems("CNN", "Jerusalem Post"))
                .body("items.text", hasItem(containsString("Making the enemy wait is part of the punishment")));
        long variant = quoteId("CNN", "regardless of the consequences");
        given().get("/api/v1/quotes/" + variant + "/sources")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].outlet", is("CNN"));
    }

    @Test
    void addGetAndDeleteAQuoteByHand() {
        Map<String, Object> body = Map.of(
                "text",
                "The library will stay open on Sundays, whatever the budget says.",
                "speaker",
                "Councillor Jane Roe",
                "outlet",
                "Test Gazette",
                "date",
                "2024-03-05",
                "url",
                "https://gazette.example/library",
                "title",
                "Library keeps Sunday hours");
        var created = withKey()
                .body(body)
                .post("/api/v1/quotes")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/quotes/"))
                .body("text", is(body.get("text")))
                .body("speaker", is("Councillor Jane Roe"))
                .body("outlet", is("Test Gazette"))
                .body("date", is("2024-03-05"))
                .body("url", is("https://gazette.example/library"))
                .body("articleTitle", is("Library keeps Sunday hours"))
                .extract()
                .jsonPath();
        long id = created.getLong("id");
        given().get("/api/v1/quotes/" + id).then().statusCode(200).body("speaker", is("Councillor Jane Roe"));
        given().queryParam("speaker", "Roe")
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        given().get("/api/v1/quotes/" + id + "/sources")
                .then()
                .statusCode(200)
                .body("items[0].outlet", is("Test Gazette"))
                .body("items[0].first", is(true));

        withKey()
                .body(body)
                .post("/api/v1/quotes")
                .then()
                .spec(problem(409))
                .body("detail", containsString("already recorded"));

        given().delete("/api/v1/quotes/" + id).then().spec(problem(401));
        withKey().delete("/api/v1/quotes/" + id).then().statusCode(204);
        given().get("/api/v1/quotes/" + id)
                .then()
                .spec(problem(404))
                .body("detail", is("quote " + id + " does not exist"));
        withKey().delete("/api/v1/quotes/" + id).then().spec(problem(404));
    }

    @Test
    void aQuoteAddedByHandJoinsTheStatementItRepeats() {
        Map<String, Object> body = Map.of(
                "text",
                "Israel has no interest in a war of attrition!",
                "speaker",
                "Sa’ar",
                "outlet",
                "Test Wire",
                "date",
                "2024-08-09");
        long id = withKey()
                .body(body)
                .post("/api/v1/quotes")
                .then()
                .statusCode(201)
                .body("speaker", is("Gideon Sa'ar"))
                .extract()
                .jsonPath()
                .getLong("id");
        try {
            given().get("/api/v1/quotes/" + id + "/sources")
                    .then()
                    .statusCode(200)
                    .body("total", is(2))
                    .body("items[0].outlet", is("Jerusalem Post"))
                    .body("items[0].first", is(true))
                    .body("items[1].outlet", is("Test Wire"))
                    .body("items[1].text", endsWith("attrition!"));
        } finally {
            withKey().delete("/api/v1/quotes/" + id).then().statusCode(204);
        }
    }

    @Test
    void writesNeedAValidKey() {
        Map<String, Object> body =
                Map.of("text", "Never stored.", "speaker", "Jane Roe", "outlet", "Test Gazette", "date", "2024-03-05");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/quotes")
                .then()
                .spec(problem(401))
                .body("status", is(401))
                .body("title", is("API key required"))
                .body("type", is("urn:verbatim:problem:unauthorized"));
        given().contentType(ContentType.JSON)
                .header("X-API-Key", KEY + "x")
                .body(body)
                .post("/api/v1/quotes")
                .then()
                .spec(problem(401))
                .body("title", is("Invalid API key"));
        given().queryParam("q", "Never stored").get("/api/v1/quotes").then().body("total", is(0));
        given().contentType(ContentType.JSON)
                .header("X-API-Key", "second-test-key")
                .body(body)
                .post("/api/v1/quotes")
                .then()
                .statusCode(201);
        long id = news.verbatim.ApiTestSupport.quoteId("Test Gazette", "Never stored.");
        withKey().delete("/api/v1/quotes/" + id).then().statusCode(204);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        long before = given().get("/api/v1/quotes").then().extract().jsonPath().getLong("total");
        withKey()
                .body(Map.of("text", "Half a quote"))
                .post("/api/v1/quotes")
                .then()
                .spec(problem(400))
                .body("type", is("urn:verbatim:problem:validation"))
                .body("errors.field", hasItems("speaker", "outlet", "date"));
        withKey()
                .body("{\"text\":\"x y z\",\"speaker\":\"A B\",\"outlet\":\"O\",\"date\":\"2024-02-30\"}")
                .post("/api/v1/quotes")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("date"))
                .body("errors[0].message", containsString("yyyy-MM-dd"));
        withKey()
                .body("{\"text\":\"x y z\",\"speaker\":\"A B\",\"outlet\":\"O\",\"date\":\"2024-02-03\",\"mood\":1}")
                .post("/api/v1/quotes")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("mood"))
                .body("detail", containsString("unknown property 'mood'"));
        withKey()
                .body("{\"text\": \"unterminated")
                .post("/api/v1/quotes")
                .then()
                .spec(problem(400))
                .body("type", is("urn:verbatim:problem:malformed-json"));
        withKey().body("").post("/api/v1/quotes").then().spec(problem(400)).body("errors[0].field", is("body"));
        withKey().body("[1,2]").post("/api/v1/quotes").then().spec(problem(400));
        withKey()
                .body(Map.of(
                        "text",
                        "x y",
                        "speaker",
                        "A B",
                        "outlet",
                        "O",
                        "date",
                        "2024-02-03",
                        "url",
                        "javascript:alert(1)"))
                .post("/api/v1/quotes")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("url"));
        withKey()
                .body(Map.of("text", "...!!!", "speaker", "A B", "outlet", "O", "date", "2024-02-03"))
                .post("/api/v1/quotes")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("text"));
        withKey()
                .body(Map.of("text", "x".repeat(5001), "speaker", "A B", "outlet", "O", "date", "2024-02-03"))
                .post("/api/v1/quotes")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("text"));
        given().get("/api/v1/quotes").then().body("total", is((int) before));
        given().queryParam("speaker", "A B").get("/api/v1/quotes").then().body("total", is(0));
    }

    @Test
    void badQueryParametersAreProblemsNotServerErrors() {
        given().queryParam("size", 101)
                .get("/api/v1/quotes")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("size"));
        given().queryParam("size", 0).get("/api/v1/quotes").then().statusCode(400);
        given().queryParam("page", -1)
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("page"));
        given().queryParam("page", "two")
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .body("detail", containsString("whole number"));
        given().queryParam("from", "yesterday")
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("from"));
        given().queryParam("from", "2024-09-01")
                .queryParam("to", "2024-08-01")
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("after"));
        given().queryParam("articleId", "x1")
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("articleId"));
        given().queryParam("size", 100)
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("items.size()", lessThanOrEqualTo(100));
    }

    @Test
    void unknownIdsAreNotFound() {
        given().get("/api/v1/quotes/987654321")
                .then()
                .spec(problem(404))
                .body("status", is(404))
                .body("instance", is("/api/v1/quotes/987654321"));
        given().get("/api/v1/quotes/987654321/sources").then().spec(problem(404));
        given().get("/api/v1/quotes/not-a-number").then().spec(problem(400)).body("errors[0].field", is("id"));
    }
}
