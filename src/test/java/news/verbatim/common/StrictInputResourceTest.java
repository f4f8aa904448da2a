package news.verbatim.common;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import news.verbatim.ApiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Input is read strictly and totally: ids are ASCII digits, a body is exactly one JSON value of the declared
 * type, text carries no control characters, dates are real yyyy-MM-dd days in the documented range and come
 * back exactly as sent, and paging never overflows. Every refusal is a problem naming the field, and writes
 * nothing.
 */
@QuarkusTest
class StrictInputResourceTest {

    private static long quoteCount() {
        return given().get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    private static Map<String, Object> article(String outlet, String date, String text) {
        return Map.of("outlet", outlet, "title", "Strict input " + text.hashCode(), "publishedAt", date, "text", text);
    }

    @Test
    void idsAreAsciiDigitsOnly() {
        long before = quoteCount();
        // "５４" in full-width digits: Long.parseLong would read it as 54.
        given().urlEncodingEnabled(false)
                .get("/api/v1/quotes/%EF%BC%95%EF%BC%94")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("id"));
        ApiTestSupport.withKey()
                .urlEncodingEnabled(false)
                .delete("/api/v1/quotes/%EF%BC%95%EF%BC%94")
                .then()
                .statusCode(400);
        given().get("/api/v1/quotes/0").then().statusCode(400).body("errors[0].field", is("id"));
        given().get("/api/v1/quotes/-3").then().statusCode(400);
        given().get("/api/v1/quotes/99999999999999999999").then().statusCode(400);
        given().get("/api/v1/speakers/1x").then().spec(problem(400));
        given().get("/api/v1/articles/%D9%A1").then().statusCode(400);
        given().queryParam("articleId", "١").get("/api/v1/quotes").then().statusCode(400);
        given().queryParam("page", "１").get("/api/v1/quotes").then().statusCode(400);
        org.junit.jupiter.api.Assertions.assertEquals(before, quoteCount(), "nothing deleted");
    }

    @Test
    void pagingNeverOverflows() {
        given().queryParam("page", 21474837)
                .queryParam("size", 100)
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("page"));
        for (String list : new String[] {"/api/v1/quotes", "/api/v1/articles", "/api/v1/speakers"}) {
            given().queryParam("page", PageRequest.MAX_PAGE)
                    .queryParam("size", PageRequest.MAX_SIZE)
                    .get(list)
                    .then()
                    .statusCode(200)
                    .body("items.size()", is(0));
        }
        given().queryParam("page", "99999999999").get("/api/v1/speakers").then().statusCode(400);
    }

    @Test
    void aBodyIsExactlyOneJsonValueOfTheDeclaredType() {
        for (String body : new String[] {
            "{\"quote\": \"No one should escalate\"} xyz",
            "{\"quote\":\"a\"}{}",
            "[]",
            "\"No one should escalate\"",
            "null",
            "42",
            "{\"quote\": [\"a\"]}"
        }) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/verify")
                    .then()
                    .spec(problem(400));
        }
        given().contentType("text/plain")
                .body("No one should escalate")
                .post("/api/v1/verify")
                .then()
                .spec(problem(415));
    }

    @Test
    void textFieldsRefuseControlCharacters() {
        long before = quoteCount();
        given().contentType(ContentType.JSON)
                .body("{\"quote\": \"No one should\\u0000 escalate this conflict\"}")
                .post("/api/v1/verify")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("quote"))
                .body("detail", containsString("U+0000"));
        ApiTestSupport.withKey()
                .body(article("Echo\u0007Desk", "2024-08-06", "“We will act,” Mayor Ann Roe said."))
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("outlet"));
        ApiTestSupport.withKey()
                .body(Map.of(
                        "text", "We will act.",
                        "speaker", "Ann\u001bRoe",
                        "outlet", "Echo",
                        "date", "2024-08-06"))
                .post("/api/v1/quotes")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("speaker"));
        given().queryParam("quote", "No one\u0001 should escalate")
                .get("/api/v1/verify")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("quote"));
        given().queryParam("outlet", "CNN\u0000").get("/api/v1/quotes").then().statusCode(400);
        org.junit.jupiter.api.Assertions.assertEquals(before, quoteCount());
    }

    @Test
    void datesAreRealDaysInRangeAndComeBackExactly() {
        long before = quoteCount();
        for (String bad : new String[] {
            "1582-10-10",
            "1799-12-31",
            "2024-8-6",
            "2024-02-30",
            "20240806",
            "+2024-08-06",
            "2024-08-06T10:00:00",
            LocalDate.now(ZoneOffset.UTC).plusDays(2).toString()
        }) {
            ApiTestSupport.withKey()
                    .body(article("Calendar Post", bad, "“Dates matter,” Mayor Ann Roe said on " + bad + "."))
                    .post("/api/v1/articles")
                    .then()
                    .spec(problem(400))
                    .body("errors[0].field", is("publishedAt"));
        }
        ApiTestSupport.withKey()
                .body("{\"outlet\":\"Calendar Post\",\"title\":\"Array date\",\"publishedAt\":[2024,8,6],"
                        + "\"text\":\"“Arrays are not dates,” Mayor Ann Roe said.\"}")
                .post("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("publishedAt"));
        org.junit.jupiter.api.Assertions.assertEquals(before, quoteCount(), "nothing stored");

        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        for (String good : new String[] {"1800-01-01", "1900-02-28", tomorrow}) {
            long id = ApiTestSupport.withKey()
                    .body(article("Calendar Post", good, "“The date is kept,” Mayor Ann Roe said of " + good + "."))
                    .post("/api/v1/articles")
                    .then()
                    .statusCode(201)
                    .body("article.publishedAt", is(good))
                    .extract()
                    .jsonPath()
                    .getLong("article.id");
            given().get("/api/v1/articles/" + id).then().statusCode(200).body("publishedAt", is(good));
        }
        given().queryParam("from", "2024-13-01").get("/api/v1/quotes").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", "No one should escalate this conflict", "date", "1700-01-01"))
                .post("/api/v1/verify")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("date"));
    }
}
