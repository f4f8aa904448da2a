package news.verbatim.check;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code verbatim.check.max-quotes} caps the quotes verified; those past it are counted, not dropped silently. */
@QuarkusTest
@TestProfile(CheckLimitsTest.TwoQuotes.class)
class CheckLimitsTest {

    public static class TwoQuotes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verbatim.check.max-quotes", "2");
        }
    }

    @Test
    void quotesPastTheCapAreCountedAsUnchecked() {
        String text = CheckResourceTest.resource("reprint-article.txt");
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/api/v1/check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(4, answer.getInt("summary.quotesFound"));
        assertEquals(2, answer.getInt("summary.quotesChecked"));
        assertEquals(2, answer.getInt("summary.unchecked"));
        List<String> checked = answer.getList("quotes.text");
        assertEquals(2, checked.size());
        assertEquals(text.indexOf(checked.get(0)), answer.getInt("quotes[0].start"), "the first quotes, in text order");
        assertEquals(List.of(1), answer.getList("summary.attention"), "only the checked quotes are listed");
    }
}
