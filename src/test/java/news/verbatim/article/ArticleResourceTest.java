package news.verbatim.article;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.articleId;
import static news.verbatim.ApiTestSupport.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleResourceTest {

    @Test
    void listsTheFixtureArticlesNewestFirstWithQuoteCounts() {
        given().queryParam("size", 100)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("page", is(0))
                .body("size", is(100))
                .body("items.outlet", hasItems("CNN", "Jerusalem Post", "Bloomberg"))
                .body(
                        "items.title",
                        hasItems(
                                "Preparing to again defend Israel, US presses Iran and Israel to de-escalate",
                                "US urges Israel and Iran to constrain reprisal responses, avoid all out war"))
                .body("items.publishedAt", hasItems("2024-08-07", "2024-08-06", "2024-10-11", "2024-08-02"))
                .body("items.findAll { it.outlet == 'CNN' }.publishedAt", hasItems("2024-10-11", "2024-08-07"))
                .body("items.quoteCount", everyItem(greaterThanOrEqualTo(0)));
        // newest first: other tests may add articles, so check the order rather than the first item
        List<String> dates = given().queryParam("size", 100)
                .get("/api/v1/articles")
                .then()
                .extract()
                .jsonPath()
                .getList("items.publishedAt");
        for (int i = 1; i < dates.size(); i++) {
            assertEquals(true, dates.get(i - 1).compareTo(dates.get(i)) >= 0, "newest first: " + dates);
        }
    }

    @Test
    void outletAndHeadlineFilters() {
        given().queryParam("outlet", "bloomberg")
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.outlet", everyItem(is("Bloomberg")));
        given().queryParam("q", "urgent diplomacy")
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].publishedAt", is("2024-10-11"));
    }

    @Test
    void oneArticleWithItsTextAndItsQuotesPointingIntoIt() {
        long id = articleId("constrain reprisal");
        JsonPath article = given().get("/api/v1/articles/" + id)
                .then()
                .statusCode(200)
                .body("outlet", is("Jerusalem Post"))
                .body("publishedAt", is("2024-08-06"))
                .body("sha256", matchesPattern("[0-9a-f]{64}"))
                .body("text", containsString("No one should escalate this conflict"))
                .extract()
                .jsonPath();
        String text = article.getString("text");
        JsonPath quotes = given().queryParam("size", 100)
                .get("/api/v1/articles/" + id + "/quotes")
                .then()
                .statusCode(200)
                .body("total", is(article.getInt("quoteCount")))
                .body("items[0].text", is("No one should escalate this conflict"))
                .body("items[0].speaker", is("Antony Blinken"))
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = quotes.getList("items");
        int previousStart = -1;
        for (Map<String, Object> q : items) {
            int start = (Integer) q.get("startOffset");
            int end = (Integer) q.get("endOffset");
            assertEquals(q.get("text"), text.substring(start, end), "offsets must point at the quote");
            assertEquals(true, start > previousStart, "text order");
            previousStart = start;
        }
    }

    @Test
    void unknownArticlesAndBadPagingAreProblems() {
        given().get("/api/v1/articles/424242")
                .then()
                .spec(problem(404))
                .body("detail", is("article 424242 does not exist"));
        given().get("/api/v1/articles/424242/quotes").then().spec(problem(404));
        given().queryParam("size", 1000)
                .get("/api/v1/articles")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("size"));
        given().queryParam("page", "x")
                .get("/api/v1/articles/" + articleId("constrain reprisal") + "/quotes")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("page"));
    }

    @Test
    void pagesOfAnArticlesQuotes() {
        long id = articleId("constrain reprisal");
        given().queryParam("size", 3)
                .queryParam("page", 1)
                .get("/api/v1/articles/" + id + "/quotes")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("page", is(1))
                .body("size", is(3));
    }
}
