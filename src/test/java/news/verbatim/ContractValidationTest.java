package news.verbatim;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The contract check every REST test runs through really fails on undocumented answers. */
@QuarkusTest
class ContractValidationTest {

    private static OpenApiInteractionValidator validator() {
        return ContractValidation.validator(
                given().accept("application/json").get("/q/openapi").asString());
    }

    private static boolean fails(String method, String path, SimpleResponse response) {
        return validator()
                .validateResponse(path, Request.Method.valueOf(method), response)
                .hasErrors();
    }

    @Test
    void everyRequestOfTheRunIsChecked() {
        assertTrue(ContractValidation.isRegistered(), "the contract filter is installed before each test");
    }

    @Test
    void documentedAnswersPass() {
        SimpleResponse problem = SimpleResponse.Builder.status(404)
                .withContentType("application/problem+json")
                .withBody("{\"type\":\"urn:verbatim:problem:not-found\",\"title\":\"Not found\",\"status\":404}")
                .build();
        assertFalse(fails("GET", "/api/v1/quotes/1", problem));
    }

    @Test
    void anUndocumentedBodyOrStatusFails() {
        assertTrue(
                fails(
                        "GET",
                        "/api/v1/quotes",
                        SimpleResponse.Builder.ok()
                                .withContentType("application/json")
                                .withBody("{\"items\": \"not a list\", \"page\": 0, \"size\": 20, \"total\": 1}")
                                .build()),
                "a body off its schema");
        assertTrue(
                fails(
                        "DELETE",
                        "/api/v1/quotes/1",
                        SimpleResponse.Builder.status(200)
                                .withContentType("application/json")
                                .withBody("{}")
                                .build()),
                "a delete documents 204, not 200");
        assertTrue(
                fails(
                        "GET",
                        "/api/v1/quotes/1",
                        SimpleResponse.Builder.status(404)
                                .withContentType("text/html")
                                .withBody("<h1>Not found</h1>")
                                .build()),
                "errors are problem+json");
    }
}
