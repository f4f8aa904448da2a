package news.verbatim;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Shared helpers of the REST Assured tests: the test API key and look-ups of fixture data by content. */
public final class ApiTestSupport {

    /** Configured for the test profile in application.properties. */
    public static final String KEY = "test-key";

    private ApiTestSupport() {}

    public static RequestSpecification withKey() {
        return given().header("X-API-Key", KEY).contentType(ContentType.JSON);
    }

    /** The id of the fixture quote whose text starts with {@code prefix} in the given outlet. */
    public static long quoteId(String outlet, String prefix) {
        JsonPath page = given().queryParam("outlet", outlet)
                .queryParam("size", 100)
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream()
                .filter(q -> ((String) q.get("text")).startsWith(prefix))
                .map(q -> ((Number) q.get("id")).longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + outlet + " quote starting with: " + prefix));
    }

    /** The id of the fixture article of that outlet whose title contains {@code titlePart}. */
    public static long articleId(String titlePart) {
        List<Map<String, Object>> items = given().queryParam("size", 100)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(a -> ((String) a.get("title")).contains(titlePart))
                .map(a -> ((Number) a.get("id")).longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no article titled like " + titlePart));
    }
}
