package news.verbatim.verify;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.quoteId;
import static news.verbatim.ApiTestSupport.withKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VerifyResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static JsonPath post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();
    }

    @Test
    void verifiedAnswerExplainsItselfAndListsEverySourceEarliestFirst() {
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "quote",
                                "“We’ve been engaged in intense diplomacy with allies and partners communicating that message "
                                        + "directly to Iran. We communicated that message directly to Israel,” Blinken said on Tuesday."))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .body("verdict", is("VERIFIED"))
                .body("explanation", containsString("Antony Blinken"))
                .body("submitted", containsString("We’ve been engaged"))
                .body("submitted", not(containsString("Blinken said")))
                .body("claimedSpeaker", is("Blinken"))
                .body("speakerResolution.speaker", is("Antony Blinken"))
                .body("speakerResolution.matchedAlias", is("Blinken"))
                .body("weakEvidence", is(false))
                .body("matches[0].wording", is("EXACT"))
                .body("matches[0].score", is(1.0f))
                .body("matches[0].speaker", is("Antony Blinken"))
                .body("matches[0].statementId", notNullValue())
                .body("matches[0].diff.op", everyItem(is("equal")))
                .body("matches[0].sources.outlet", hasItems("Jerusalem Post", "CNN"))
                .body("matches[0].sources[0].outlet", is("Jerusalem Post"))
                .body("matches[0].sources[0].date", is("2024-08-06"))
                .body("matches[0].sources[0].first", is(true))
                .body("matches[0].sources[0].text", containsString("partners, communicating"))
                .body("matches[0].sources[1].text", containsString("partners communicating"));
    }

    @Test
    void getAndPostGiveTheSameAnswer() {
        String quote = "Israel has interest in a war of attrition";
        JsonPath posted = post(Map.of("quote", quote, "speaker", "Sa'ar"));
        JsonPath linked = given().queryParam("quote", quote)
                .queryParam("speaker", "Sa'ar")
                .get("/api/v1/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(posted.getMap(""), linked.getMap(""));
        assertEquals("ALTERED", linked.getString("verdict"));
    }

    @Test
    void alteredWordingShowsTheDiffAndFlagsADroppedNegation() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "quote",
                        "Whatever the consequences, the resistance will let these Israeli attacks pass by",
                        "speaker",
                        "Nasrallah"))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .body("verdict", is("ALTERED"))
                .body("explanation", containsString("not"))
                .body("matches[0].wording", is("ALTERED"))
                .body("matches[0].meaningChanged", is(true))
                .body("matches[0].meaningChanges[0].type", is("NEGATION"))
                .body("matches[0].meaningChanges[0].attested", is("not"))
                .body("matches[0].diff.find { it.op == 'delete' }.attested", is("not"))
                .body("matches[0].diff.find { it.op == 'delete' }.submitted", is(""))
                .body("matches[0].score", is(org.hamcrest.Matchers.lessThan(1.0f)));
    }

    @Test
    void aChangedNumberIsAMeaningChange() {
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "quote",
                                "Nobody in Lebanon or abroad can ask us to deal with the aggression that happened last "
                                        + "Tuesday as a normal aggression within the context of the battle that has been going on for 12 months"))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .body("verdict", is("ALTERED"))
                .body("matches[0].meaningChanges.type", hasItem("NUMBER"))
                .body("matches[0].diff.find { it.op == 'replace' }.submitted", is("12"))
                .body("matches[0].diff.find { it.op == 'replace' }.attested", is("10"));
    }

    @Test
    void misattributionNamesTheRealSpeaker() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "quote",
                        "Our punch will be powerful, precise and, above all, surprising",
                        "speaker",
                        "Netanyahu"))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .body("verdict", is("MISATTRIBUTED"))
                .body("explanation", containsString("Yoav Gallant"))
                .body("attestedSpeakers.name", hasItem("Yoav Gallant"))
                .body("speakerResolution.speaker", is("Benjamin Netanyahu"))
                .body("matches[0].speaker", is("Yoav Gallant"))
                .body("matches[0].wording", is("EXCERPT"));
    }

    @Test
    void anUnknownClaimedNameIsReportedAsUnresolved() {
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", "No one should escalate this conflict", "speaker", "Jane Nobody"))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .body("verdict", is("MISATTRIBUTED"))
                .body("speakerResolution.claimed", is("Jane Nobody"))
                .body("speakerResolution.speakerId", nullValue())
                .body("attestedSpeakers.name", hasItem("Antony Blinken"));
    }

    @Test
    void fabricatedQuotesAreNotFound() {
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", "We will never negotiate with anyone about anything", "speaker", "Blinken"))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .body("verdict", is("NOT_FOUND"))
                .body("explanation", notNullValue())
                .body("attestedSpeakers", empty());
    }

    @Test
    void theClaimedOutletIsCheckedAgainstTheSources() {
        JsonPath carried = post(Map.of(
                "quote", "No one should escalate this conflict", "outlet", "Jerusalem Post", "date", "2024-08-06"));
        assertEquals(true, carried.getBoolean("claimedSource.carried"));
        JsonPath notCarried = post(Map.of("quote", "No one should escalate this conflict", "outlet", "Bloomberg"));
        assertEquals(false, notCarried.getBoolean("claimedSource.carried"));
        assertEquals("Bloomberg", notCarried.getString("claimedSource.outlet"));
    }

    @Test
    void verifyAndSourcesAgreeOnTheSourcesOfAStatement() {
        long id = quoteId("CNN", "Everyone in the region should understand");
        List<Map<String, Object>> viaSources = given().get("/api/v1/quotes/" + id + "/sources")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        JsonPath verified = post(
                Map.of(
                        "quote",
                        "Everyone in the region should understand that further attacks only perpetuate conflict, instability, insecurity for everyone."));
        assertEquals(viaSources, verified.getList("matches[0].sources"));
    }

    @Test
    void newQuotesVerifyAtOnceAndDeletedOnesStop() {
        String words = "The harbour bridge will reopen to cyclists on the first of June";
        assertEquals("NOT_FOUND", post(Map.of("quote", words)).getString("verdict"));
        long id = withKey()
                .body(Map.of(
                        "text",
                        words,
                        "speaker",
                        "Test Engineer Ann Vale",
                        "outlet",
                        "Test Harbour News",
                        "date",
                        "2025-04-01"))
                .post("/api/v1/quotes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        JsonPath found = post(Map.of("quote", words, "speaker", "Vale"));
        assertEquals("VERIFIED", found.getString("verdict"));
        assertEquals(id, found.getLong("matches[0].quoteId"));
        withKey().delete("/api/v1/quotes/" + id).then().statusCode(204);
        assertEquals("NOT_FOUND", post(Map.of("quote", words)).getString("verdict"));
    }

    @Test
    void badRequestsAreProblems() {
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", ""))
                .post("/api/v1/verify")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", is("quote"));
        given().contentType(ContentType.JSON)
                .body(Map.of("speaker", "Blinken"))
                .post("/api/v1/verify")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("quote"));
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", "“ … ”"))
                .post("/api/v1/verify")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", is("quote"));
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", "x", "date", "last week"))
                .post("/api/v1/verify")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", is("date"));
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", "x", "confidence", 3))
                .post("/api/v1/verify")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", is("confidence"));
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", "word ".repeat(2500)))
                .post("/api/v1/verify")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", is("quote"));
        given().get("/api/v1/verify")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", is("quote"));
        given().queryParam("quote", "x")
                .queryParam("date", "2024-02-31")
                .get("/api/v1/verify")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", is("date"));
        given().contentType(ContentType.JSON)
                .body("{\"quote\": ")
                .post("/api/v1/verify")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void oneWordFragmentsAreWeakEvidence() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "quote", "The minister said the response would be severe and immediate and felt everywhere"))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .body("verdict", is("NOT_FOUND"))
                .body("weakEvidence", is(true))
                .body("explanation", containsString("weak"));
        given().queryParam("quote", "proportionate")
                .get("/api/v1/verify")
                .then()
                .statusCode(200)
                .body("weakEvidence", is(true))
                .body("matches.size()", greaterThan(0));
    }
}
