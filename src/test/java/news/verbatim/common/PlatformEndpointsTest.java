package news.verbatim.common;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The documented contract, health, and the error format of requests no resource handles. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void openApiDocumentsEveryOperationWithProblemResponses() {
        given().accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", is("Verbatim API"))
                .body("paths", hasKey("/api/v1/quotes"))
                .body("paths", hasKey("/api/v1/quotes/{id}/sources"))
                .body("paths", hasKey("/api/v1/articles/{id}/quotes"))
                .body("paths", hasKey("/api/v1/speakers/{id}/quotes"))
                .body("paths.'/api/v1/quotes'.get.summary", notNullValue())
                .body("paths.'/api/v1/quotes'.post.responses.'401'.$ref", is("#/components/responses/Unauthorized"))
                .body("paths.'/api/v1/quotes/{id}'.get.responses.'404'.$ref", is("#/components/responses/NotFound"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.securitySchemes.api-key.name", is("X-API-Key"));
    }

    @Test
    void swaggerUiAndHealthAnswer() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void unsupportedMethodsAndMediaTypesAreProblems() {
        given().put("/api/v1/quotes").then().spec(problem(405)).body("status", is(405));
        given().header("X-API-Key", "test-key")
                .contentType("text/plain")
                .body("hello")
                .post("/api/v1/quotes")
                .then()
                .spec(problem(415));
        given().get("/api/v1/no-such-thing")
                .then()
                .spec(problem(404))
                .body("type", is("urn:verbatim:problem:not-found"));
    }

    @Test
    void corsAllowsOnlyConfiguredOrigins() {
        given().header("Origin", "chrome-extension://verbatimtestextension")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/quotes")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", is("chrome-extension://verbatimtestextension"));
        given().header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/quotes")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void pagesAndApiCarrySecurityHeadersButSwaggerUiStillWorks() {
        given().get("/api/v1/speakers")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", is("nosniff"));
        given().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.nullValue());
    }
}
