package news.verbatim.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.verbatim.config.VerbatimConfig;
import org.junit.jupiter.api.Test;

/** What an operator reads: readiness with the index's position, metrics by route template, a private data dir. */
@QuarkusTest
class OperationsTest {

    @Inject
    VerbatimConfig config;

    @Test
    void readinessReportsTheIndexPosition() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("quote-index"))
                .body("checks.find { it.name == 'quote-index' }.data.lagChanges", is(0));
    }

    @Test
    void metricsAreTaggedByRouteTemplateAndCountVerdicts() {
        for (int i = 0; i < 150; i++) {
            given().get("/api/v1/quotes/" + (900_000 + i)).then().statusCode(404);
            given().get("/no/such/page/" + i).then().statusCode(404);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", "No one should escalate this conflict"))
                .post("/api/v1/verify")
                .then()
                .statusCode(200);
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher uris = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"")
                .matcher(metrics);
        int tags = 0;
        while (uris.find()) {
            tags++;
            assertFalse(uris.group(1).matches(".*/[0-9]+(/.*)?"), "a raw id became a tag: " + uris.group(1));
        }
        assertTrue(tags > 0 && tags < 60, tags + " uri tags");
        assertTrue(metrics.contains("uri=\"/api/v1/quotes/{id}\""), "the template is the tag");
        assertTrue(metrics.contains("verbatim_verifications_total{verdict=\"VERIFIED\""), "verdicts are counted");
        for (String gauge : new String[] {
            "verbatim_index_quotes",
            "verbatim_index_applied_seq",
            "verbatim_index_lag_changes",
            "verbatim_index_lag_seconds"
        }) {
            assertTrue(metrics.contains(gauge), gauge);
        }
    }

    @Test
    void theDataDirectoryIsPrivateToTheServiceUser() throws IOException {
        Path dir = config.dataDir();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        try (Stream<Path> files = Files.walk(dir, 1)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertEquals(
                        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
            }
        }
    }
}
