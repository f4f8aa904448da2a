package news.verbatim.common;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.ResponseSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which browser origins may call what: verify and check answer any origin without credentials; every write, and
 * every other read, only the origins of {@code verbatim.cors.origins} (in tests chrome-extension://verbatimtestextension
 * and http://allowed.example).
 */
@QuarkusTest
class CorsRulesTest {

    private static final String UNLISTED = "chrome-extension://freshlyinstalledextensionid";
    private static final String LISTED = "http://allowed.example";

    @Test
    void anUnlistedOriginsPreflightOnVerifyAndCheckIsAllowedWithoutKeyOrCredentials() {
        for (String path : new String[] {"/api/v1/verify", "/api/v1/check"}) {
            given().header("Origin", UNLISTED)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type")
                    .options(path)
                    .then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", is("*"))
                    .header("Access-Control-Allow-Methods", containsString("POST"))
                    .header("Access-Control-Allow-Headers", containsString("Content-Type"))
                    .header("Access-Control-Allow-Headers", not(containsString("X-API-Key")))
                    .header("Access-Control-Allow-Credentials", nullValue())
                    .header("Vary", containsString("Origin"));
        }
    }

    @Test
    void anUnlistedOriginGetsTheAnswersOfVerifyAndCheck() {
        given().header("Origin", UNLISTED)
                .contentType(ContentType.JSON)
                .body(Map.of("quote", "Israel has no interest in a war of attrition"))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", is("*"))
                .header("Access-Control-Allow-Credentials", nullValue())
                .body("verdict", is("VERIFIED"));
        given().header("Origin", UNLISTED)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "“Israel has no interest in a war of attrition,” Gideon Sa'ar said."))
                .post("/api/v1/check/")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", is("*"))
                .header("Access-Control-Allow-Credentials", nullValue())
                .body("quotes[0].verdict", is("VERIFIED"));
    }

    /** A refusal must be readable by the page too: the header is on problem answers as well. */
    @Test
    void anUnlistedOriginCanReadWhyAPublicReadWasRefused() {
        given().header("Origin", UNLISTED)
                .contentType(ContentType.JSON)
                .body(Map.of("quote", ""))
                .post("/api/v1/verify")
                .then()
                .spec(problem(400))
                .header("Access-Control-Allow-Origin", is("*"));
    }

    /**
     * Refused as problem+json (outside the contract check: the contract describes what a caller that sends no
     * Origin gets; a browser page's refusal is in the README's security section).
     */
    @Test
    void anUnlistedOriginCannotWriteOrReadTheCorpus() {
        given().noFilters()
                .header("Origin", UNLISTED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .options("/api/v1/articles")
                .then()
                .spec(originRefused("/api/v1/articles"));
        given().noFilters()
                .header("Origin", UNLISTED)
                .header("X-API-Key", "test-key")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "text", "“Never stored,” the unlisted origin's user said.",
                        "outlet", "Cors Unlisted",
                        "title", "Never stored",
                        "publishedAt", "2024-08-08"))
                .post("/api/v1/articles")
                .then()
                .spec(originRefused("/api/v1/articles"));
        given().noFilters()
                .header("Origin", UNLISTED)
                .header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/quotes/1")
                .then()
                .spec(originRefused("/api/v1/quotes/1"));
        given().noFilters()
                .header("Origin", UNLISTED)
                .get("/api/v1/quotes")
                .then()
                .spec(originRefused("/api/v1/quotes"));
        // A look-alike path is not a public read; an origin that is no URI at all is refused the same way.
        given().noFilters()
                .header("Origin", UNLISTED)
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/articles/preview")
                .then()
                .spec(originRefused("/api/v1/articles/preview"));
        given().noFilters()
                .header("Origin", "not a uri at all")
                .get("/api/v1/speakers")
                .then()
                .spec(originRefused("/api/v1/speakers"));
        // Nothing was stored by the refused write.
        given().get("/api/v1/articles?outlet=Cors Unlisted")
                .then()
                .statusCode(200)
                .body("total", is(0));
    }

    /** The service's own pages send their origin on every POST: the same host is never refused here. */
    @Test
    void theServicesOwnOriginStillReachesTheWholeApi() {
        String own = "http://localhost:" + io.restassured.RestAssured.port;
        given().header("Origin", own).get("/api/v1/speakers").then().statusCode(200);
        given().noFilters()
                .header("Origin", "http://somewhere-else.example")
                .get("/api/v1/speakers")
                .then()
                .spec(originRefused("/api/v1/speakers"));
    }

    /** A method no operation takes, from a listed origin: the 405 problem any client gets, never an empty 403. */
    @Test
    void aListedOriginUsingAMethodNoOperationTakesGetsTheMethodProblem() {
        given().header("Origin", LISTED)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "x", "outlet", "Cors Put"))
                .put("/api/v1/articles")
                .then()
                .spec(problem(405))
                .body("type", is("urn:verbatim:problem:method-not-allowed"));
    }

    /**
     * The service's host on another port or scheme is another origin, which the browser's same-origin rule and
     * Quarkus' filter both refuse: the answer says so in the contract's shape, never an empty 403.
     */
    @Test
    void theOwnHostOnAnotherPortOrSchemeIsRefusedWithAProblem() {
        int port = io.restassured.RestAssured.port;
        for (String other : new String[] {"http://localhost:" + (port + 1), "https://localhost:" + port}) {
            given().noFilters()
                    .header("Origin", other)
                    .contentType(ContentType.JSON)
                    .body(Map.of("text", "x", "outlet", "Cors Other Port"))
                    .post("/api/v1/articles")
                    .then()
                    .spec(originRefused("/api/v1/articles"));
            given().noFilters()
                    .header("Origin", other)
                    .header("Access-Control-Request-Method", "POST")
                    .options("/api/v1/articles")
                    .then()
                    .spec(originRefused("/api/v1/articles"));
        }
    }

    private static ResponseSpecification originRefused(String path) {
        return new ResponseSpecBuilder()
                .addResponseSpecification(problem(403))
                .expectBody("type", is("urn:verbatim:problem:origin-refused"))
                .expectBody("instance", is(path))
                .expectBody("detail", containsString("not " + path + ": check the server address"))
                .expectBody("detail", containsString("verbatim.cors.origins"))
                .expectHeader("Access-Control-Allow-Origin", nullValue(String.class))
                .build();
    }

    @Test
    void listedOriginsKeepTheirFullAccessIncludingTheKeyHeader() {
        given().header("Origin", LISTED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .options("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", is(LISTED))
                .header("Access-Control-Allow-Headers", containsString("X-API-Key"));
        given().header("Origin", LISTED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .options("/api/v1/verify")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", is(LISTED))
                .header("Access-Control-Allow-Headers", containsString("X-API-Key"));
        given().header("Origin", LISTED).get("/api/v1/speakers").then().statusCode(200);
        // an editor's front end corrects a quote's speaker with PATCH
        given().header("Origin", LISTED)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .options("/api/v1/quotes/1")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", is(LISTED))
                .header("Access-Control-Allow-Methods", containsString("PATCH"));
    }

    @Test
    void onlyTheTwoPublicReadsMatch() {
        assertTrue(CorsRules.isPublicRead("/api/v1/verify"));
        assertTrue(CorsRules.isPublicRead("/api/v1/check/"));
        assertFalse(CorsRules.isPublicRead("/api/v1/verify/x"));
        assertFalse(CorsRules.isPublicRead("/api/v1/checks"));
        assertFalse(CorsRules.isPublicRead("/api/v1/articles/preview"));
        assertFalse(CorsRules.isPublicRead("/"));
        assertFalse(CorsRules.isPublicRead(null));
    }
}
