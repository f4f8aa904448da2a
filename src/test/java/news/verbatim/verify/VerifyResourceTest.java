package news.verbatim.verify;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.problem;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import news.verbatim.ApiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/verify} through HTTP: every verdict, the answer's fields, sources, claims and bad input.
 *
 * <p>Longer than the usual limit on purpose: one test class per unit (here {@code /api/v1/verify}), and its cases are many short
 * scenarios over the same fixtures; split by sub-feature it would repeat the same set-up in each file.
 */
@QuarkusTest
class VerifyResourceTest {

    private static JsonPath post(Map<String, Object> body) {
        return ApiTestSupport.verified(body);
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
    void houseStyleIsNotAlteration() {
        // Blinken's words as printed, but for "iron-clad" (printed "ironclad") and "we will" (printed "we'll")
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "quote",
                        "“Our commitment to Israel’s security is iron-clad. We will continue to defend Israel against"
                                + " attacks from terrorist groups with their sponsors, just as we will continue to"
                                + " defend our troops,” Blinken said."))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .body("verdict", is("VERIFIED"))
                .body("explanation", containsString("apart from house style (printed as “ironclad”, “we'll”)"))
                .body("styleVariants.submitted", is(List.of("iron-clad", "we will")))
                .body("styleVariants.printed", is(List.of("ironclad", "we'll")))
                .body("styleVariants.family", is(List.of("COMPOUND", "CONTRACTION")))
                .body("matches[0].wording", is("EXACT"))
                .body("matches[0].meaningChanged", is(false))
                .body("matches[0].diff.op", hasItem("style"))
                .body("matches[0].diff.op", not(hasItem("replace")));
        // The same words with a real edit beside the house style: altered, for the edit only.
        JsonPath edited = post(Map.of(
                "quote",
                "Our commitment to Israel's security is iron-clad. We will continue to defend Israel against attacks"
                        + " from terror groups with their sponsors"));
        assertEquals("ALTERED", edited.getString("verdict"));
        assertEquals(List.of("ironclad"), edited.getList("styleVariants.printed"));
        assertEquals(
                true,
                edited.getString("explanation").contains("1 word changed (“terrorist” → “terror”)"),
                edited.getString("explanation"));
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
        long id = ApiTestSupport.addQuote(words, "Test Engineer Ann Vale", "Test Harbour News", "2025-04-01");
        JsonPath found = post(Map.of("quote", words, "speaker", "Vale"));
        assertEquals("VERIFIED", found.getString("verdict"));
        assertEquals(id, found.getLong("matches[0].quoteId"));
        withKey().delete("/api/v1/quotes/" + id).then().statusCode(204);
        assertEquals("NOT_FOUND", post(Map.of("quote", words)).getString("verdict"));
    }

    // --- who said it: unattributed words, titled claims, groups, evidence ---

    private static void ingestFerryArticle() {
        ingest("/ingest/ferry-timetable.txt", "Test Island Gazette", "Harbour board weighs a winter ferry timetable");
    }

    /** Posts a test article (once: a second post of the same text is a duplicate, which is fine). */
    private static void ingest(String resource, String outlet, String title) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("outlet", outlet);
        body.put("title", title);
        body.put("publishedAt", "2025-10-07");
        try (java.io.InputStream in = VerifyResourceTest.class.getResourceAsStream(resource)) {
            body.put("text", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        int status =
                withKey().body(body).post("/api/v1/articles").then().extract().statusCode();
        assertEquals(true, status == 201 || status == 200, "ingest: " + status);
    }

    /**
     * Checks that a verify answer's first match carries its quote's stored attribution, in the match and in its
     * source, that a cue is the article's own text at the stored offsets, and returns the evidence line the
     * answer shows: the cue, else the method, never NONE.
     */
    private static String evidenceLine(JsonPath answer) {
        long quoteId = answer.getLong("matches[0].quoteId");
        Map<String, Object> stored = given().get("/api/v1/quotes/" + quoteId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("attribution");
        assertEquals(stored, answer.getMap("matches[0].attribution"), "the stored attribution");
        List<Map<String, Object>> sources = answer.getList("matches[0].sources");
        Map<String, Object> source = sources.stream()
                .filter(x -> ((Number) x.get("quoteId")).longValue() == quoteId)
                .findFirst()
                .orElseThrow();
        assertEquals(stored, source.get("attribution"), "the source's attribution");
        String cue = (String) stored.get("cue");
        if (cue != null) {
            String text = given().get("/api/v1/articles/" + source.get("articleId"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getString("text");
            assertEquals(cue, text.substring((Integer) stored.get("cueStart"), (Integer) stored.get("cueEnd")));
        }
        String method = (String) stored.get("method");
        String expected = cue != null ? cue : method.equals("NONE") ? null : method;
        assertEquals(expected, answer.getString("matches[0].attributedBy"));
        return expected;
    }

    @Test
    void wordsNoSourceAttributesAreUnattributedNotMisattributed() {
        ingestFerryArticle();
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "quote",
                        "Timetables change with the seasons, and so do the tides of this harbour",
                        "speaker",
                        "Mayor Reyes"))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .body("verdict", is("UNATTRIBUTED"))
                .body(
                        "explanation",
                        is("Unattributed: the words are attested in 1 source, which does not name the speaker; nothing"
                                + " confirms or refutes that Mayor Reyes said them."))
                .body("speakerResolution.speaker", is("Luis Reyes"))
                .body("attestedSpeakers.name", is(List.of("unknown")))
                .body("matches[0].attribution.method", is("NONE"))
                .body("matches[0].attributedBy", nullValue())
                .body("matches[0].sources[0].outlet", is("Test Island Gazette"))
                .body("matches[0].sources[0].attribution.method", is("NONE"))
                .body("matches[0].sources[0].attribution.cue", nullValue());
        JsonPath anonymous = post(Map.of(
                "quote",
                "We cannot keep running the late boats at a loss for another winter",
                "speaker",
                "Priya Patel"));
        assertEquals("UNATTRIBUTED", anonymous.getString("verdict"));
        String line = evidenceLine(anonymous);
        assertEquals(
                "Unattributed: the words are attested in 1 source, which does not name the speaker (it describes the"
                        + " speaker as “senior board official”); nothing confirms or refutes that Priya Patel said them"
                        + (line == null ? "" : " (attributed by: “" + line + "”)") + ".",
                anonymous.getString("explanation"));
        assertEquals(List.of("senior board official"), anonymous.getList("attestedSpeakers.name"));
        // Without a claim the words verify, whoever said them.
        assertEquals(
                "VERIFIED",
                post(Map.of("quote", "Timetables change with the seasons, and so do the tides of this harbour"))
                        .getString("verdict"));
    }

    @Test
    void aPronounTheEngineResolvedDoesNotRefuteAnotherPersonTheSourceNamesButStillRefutesAStranger() {
        ingest("/ingest/lane-crash-grandmother.txt", "Test Fenland Herald", "Two women hurt as car leaves lane");
        String quote = "The deer came out of nowhere and she did well to miss the wall";
        // "she said" after Tilly Holt: her grandmother, also named there, could be who spoke — we cannot tell.
        JsonPath relative = post(Map.of("quote", quote, "speaker", "Maren Holt"));
        assertEquals("UNATTRIBUTED", relative.getString("verdict"), relative.getString("explanation"));
        assertEquals(
                "Unattributed: the words are attested in 1 source; it gives them to Tilly Holt only by inference"
                        + " (“she said”), and also names Maren Holt; nothing confirms or refutes that “Maren Holt”,"
                        + " who is not a known speaker, said them (attributed by: “she said”).",
                relative.getString("explanation"));
        assertEquals(List.of("Tilly Holt"), relative.getList("attestedSpeakers.name"));
        // "she" cannot be Mr Brayfield, and a person the source never names is refuted as before.
        assertEquals(
                "MISATTRIBUTED",
                post(Map.of("quote", quote, "speaker", "Mr Brayfield")).getString("verdict"));
        JsonPath stranger = post(Map.of("quote", quote, "speaker", "Luis Reyes"));
        assertEquals("MISATTRIBUTED", stranger.getString("verdict"));
        assertTrue(stranger.getString("explanation").startsWith("Misattributed: these words were said by Tilly Holt"));
        assertEquals(
                "VERIFIED",
                post(Map.of("quote", quote, "speaker", "Tilly Holt")).getString("verdict"));
    }

    @Test
    void titledClaimsResolveLikePrintedNamesAndShowTheCue() {
        ingestFerryArticle();
        JsonPath v = post(Map.of(
                "quote",
                "Every family on the island depends on the early crossing to reach the mainland",
                "speaker",
                "Mayor Reyes"));
        assertEquals("VERIFIED", v.getString("verdict"), v.getString("explanation"));
        assertEquals("Luis Reyes", v.getString("speakerResolution.speaker"));
        assertEquals("Reyes", v.getString("speakerResolution.matchedAlias"));
        assertEquals(
                "Verified: the words match a quote by Luis Reyes exactly"
                        + (evidenceLine(v) == null ? "" : " (attributed by: “" + evidenceLine(v) + "”)") + ".",
                v.getString("explanation"));

        Map<String, String> claims = Map.of(
                "Secretary of State Blinken", "This harbour links a small town to the whole wide world",
                "Blinken's", "This harbour links a small town to the whole wide world",
                "Sgt Ana Ruiz", "Night crossings need two officers on every single boat",
                "Mrs Patel", "My regulars all come off the seven o'clock boat from the mainland",
                "Dr. Roe", "A tired crew is a real risk to every passenger on board");
        claims.forEach((claim, quote) -> {
            JsonPath answer = post(Map.of("quote", quote, "speaker", claim));
            assertEquals("VERIFIED", answer.getString("verdict"), claim + ": " + answer.getString("explanation"));
        });
        // A surname two people share resolves to both; neither one's words are misattributed to the other.
        JsonPath shared =
                post(Map.of("quote", "The crews have not been asked about any of this yet", "speaker", "Patel"));
        assertEquals("VERIFIED", shared.getString("verdict"), shared.getString("explanation"));
        List<String> alternatives = shared.getList("speakerResolution.alternatives.name");
        List<String> resolved = new java.util.ArrayList<>(alternatives);
        resolved.add(shared.getString("speakerResolution.speaker"));
        assertEquals(true, resolved.containsAll(List.of("Priya Patel", "Dev Patel")), resolved.toString());
        assertEquals(
                "MISATTRIBUTED",
                post(Map.of("quote", "Night crossings need two officers on every single boat", "speaker", "Dr. Roe"))
                        .getString("verdict"));
    }

    @Test
    void aGroupsWordsConfirmAClaimOfOneOfItsMembers() {
        String words = "The winter timetable keeps both ferry crews in work until the spring";
        withKey()
                .body(Map.of(
                        "text",
                        words,
                        "speaker",
                        "Ann Vole and Ben Cole",
                        "speakerKind",
                        "GROUP",
                        "outlet",
                        "Test Island Gazette",
                        "date",
                        "2025-10-08"))
                .post("/api/v1/quotes")
                .then()
                .statusCode(201);
        JsonPath member = post(Map.of("quote", words, "speaker", "Ann Vole"));
        assertEquals("VERIFIED", member.getString("verdict"), member.getString("explanation"));
        assertEquals(
                "Verified: the words match a quote by Ann Vole and Ben Cole exactly; Ann Vole said them as one of this"
                        + " group (attributed by: “MANUAL”).",
                member.getString("explanation"));
        JsonPath other = post(Map.of("quote", words, "speaker", "Luis Reyes"));
        assertEquals("MISATTRIBUTED", other.getString("verdict"), other.getString("explanation"));
    }

    @Test
    void badRequestsAreProblems() {
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", ""))
                .post("/api/v1/verify")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("quote"));
        given().contentType(ContentType.JSON)
                .body(Map.of("speaker", "Blinken"))
                .post("/api/v1/verify")
                .then()
                .spec(problem(400, "quote"));
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", "“ … ”"))
                .post("/api/v1/verify")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("quote"));
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", "x", "date", "last week"))
                .post("/api/v1/verify")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("date"));
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", "x", "confidence", 3))
                .post("/api/v1/verify")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("confidence"));
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", "word ".repeat(2500)))
                .post("/api/v1/verify")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("quote"));
        given().get("/api/v1/verify").then().spec(problem(400)).body("errors[0].field", is("quote"));
        given().queryParam("quote", "x")
                .queryParam("date", "2024-02-31")
                .get("/api/v1/verify")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("date"));
        given().contentType(ContentType.JSON)
                .body("{\"quote\": ")
                .post("/api/v1/verify")
                .then()
                .spec(problem(400));
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
