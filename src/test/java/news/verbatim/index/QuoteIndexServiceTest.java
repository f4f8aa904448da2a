package news.verbatim.index;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import news.verbatim.config.VerbatimConfig;
import org.junit.jupiter.api.Test;

/** The search index is derived data: it must follow the database, and come back from it when lost or stale. */
@QuarkusTest
class QuoteIndexServiceTest {

    @Inject
    QuoteIndexService service;

    @Inject
    VerbatimConfig config;

    private static long quotesInDatabase() {
        return given().get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    private static String verdictOf(String quote) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("quote", quote))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("verdict");
    }

    @Test
    void theIndexHoldsEveryQuoteOfTheDatabase() throws IOException {
        assertEquals(quotesInDatabase(), service.index().size());
    }

    @Test
    void aMissingIndexIsRebuiltFromTheDatabase() throws IOException {
        Path dir = config.dataDir().resolve("index");
        service.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertEquals(quotesInDatabase(), service.index().size());
        assertEquals("VERIFIED", verdictOf("Israel has no interest in a war of attrition."));
    }

    @Test
    void aStaleIndexIsRebuiltFromTheDatabase() throws IOException {
        long sharedQuoteId = given().queryParam("q", "war of attrition")
                .get("/api/v1/quotes")
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        service.close();
        // Simulate a crash between a database write and the index commit: the index lost a quote.
        try (QuoteIndex stale = QuoteIndex.open(config.dataDir().resolve("index"))) {
            stale.delete(sharedQuoteId);
            stale.commit(stale.fingerprint().orElse("quotes-v1"));
        }
        assertEquals(quotesInDatabase(), service.index().size());
        assertEquals("VERIFIED", verdictOf("Israel has no interest in a war of attrition."));
    }
}
