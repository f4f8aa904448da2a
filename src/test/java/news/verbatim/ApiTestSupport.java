package news.verbatim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;
import java.util.List;
import java.util.Map;

/**
 * Shared helpers of the REST Assured tests: the test API key, the shape every error answer has, and look-ups of
 * fixture data by content.
 *
 * <pre>{@code
 * given().get("/api/v1/quotes/0").then().spec(problem(400, "id"));
 * }</pre>
 */
public final class ApiTestSupport {

    /** Configured for the test profile in application.properties. */
    public static final String KEY = "test-key";

    /** The media type of every error answer (RFC 9457). */
    public static final String PROBLEM = "application/problem+json";

    private ApiTestSupport() {}

    /**
     * An error answer as every endpoint gives it: the status, {@code application/problem+json}, and a body that
     * repeats the status and carries one of the service's problem types and a title.
     */
    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType(PROBLEM)
                .expectBody("status", is(status))
                .expectBody("type", startsWith("urn:verbatim:problem:"))
                .expectBody("title", not(emptyOrNullString()))
                .build();
    }

    /** A validation problem that names {@code field} among the offending fields. */
    public static ResponseSpecification problem(int status, String field) {
        return new ResponseSpecBuilder()
                .addResponseSpecification(problem(status))
                .expectBody("errors.field", hasItem(field))
                .build();
    }

    public static RequestSpecification withKey() {
        return given().header("X-API-Key", KEY).contentType(ContentType.JSON);
    }

    /** Adds a quote by hand ({@code POST /api/v1/quotes}, which must answer 201) and returns its id. */
    public static long addQuote(String text, String speaker, String outlet, String date) {
        return withKey()
                .body(Map.of("text", text, "speaker", speaker, "outlet", outlet, "date", date))
                .post("/api/v1/quotes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The answer of {@code POST /api/v1/verify} for {@code body}, which must be 200. */
    public static JsonPath verified(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();
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

    /** The stored article {@code id} as {@code GET /api/v1/articles/{id}} answers it (which must be 200). */
    public static JsonPath article(long id) {
        return given().get("/api/v1/articles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
