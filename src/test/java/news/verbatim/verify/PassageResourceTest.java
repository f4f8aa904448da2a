package news.verbatim.verify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import news.verbatim.ApiTestSupport;
import org.junit.jupiter.api.Test;

/** Passages of several sentences that span several stored quotes, through {@code POST /api/v1/verify}. */
@QuarkusTest
class PassageResourceTest {

    private static final String COMMITMENT =
            "Our commitment to Israel's security is ironclad. We will continue to defend"
                    + " Israel against attacks from terrorist groups with their sponsors, just as we'll continue to defend our"
                    + " troops.";
    private static final String ESCALATE = "No one should escalate this conflict.";
    private static final String EVERYONE = "Everyone in the region should understand that further attacks only"
            + " perpetuate conflict, instability, insecurity for everyone.";

    private static JsonPath verify(String quote, String speaker) {
        return ApiTestSupport.verified(
                speaker == null ? Map.of("quote", quote) : Map.of("quote", quote, "speaker", speaker));
    }

    @Test
    void consecutiveQuotesOfOneSpeakerVerifyAsOnePassageWithEachPartsMatch() {
        String passage = ESCALATE + " " + COMMITMENT;
        JsonPath answer = verify(passage, "Blinken");
        assertEquals("VERIFIED", answer.getString("verdict"), answer.getString("explanation"));
        assertEquals(
                "Passage of 2 parts by Antony Blinken, weakest VERIFIED: parts 1 and 2 verified.",
                answer.getString("explanation"));
        List<Map<String, Object>> parts = answer.getList("parts");
        assertEquals(2, parts.size());
        for (Map<String, Object> p : parts) {
            int start = (Integer) p.get("start");
            int end = (Integer) p.get("end");
            assertEquals(p.get("text"), answer.getString("submitted").substring(start, end));
        }
        assertEquals(ESCALATE, parts.get(0).get("text"));
        assertEquals("VERIFIED", parts.get(1).get("verdict"));
        assertEquals(2, answer.getList("matches").size(), "one match per part");
        assertEquals(answer.getLong("parts[0].match.quoteId"), answer.getLong("matches[0].quoteId"));
    }

    @Test
    void aDroppedNotInsideAPassageIsFoundInItsPart() {
        String passage = ESCALATE + " " + COMMITMENT.replace("We will continue", "We will not continue");
        JsonPath answer = verify(passage, "Blinken");
        assertEquals("ALTERED", answer.getString("verdict"), answer.getString("explanation"));
        assertEquals("VERIFIED", answer.getString("parts[0].verdict"));
        assertEquals("ALTERED", answer.getString("parts[1].verdict"));
        // the deciding part's match comes first, with its meaning change
        assertEquals(true, answer.getBoolean("matches[0].meaningChanged"));
        assertEquals(List.of("NEGATION"), answer.getList("matches[0].meaningChanges.type"));
        assertEquals(answer.getLong("parts[1].match.quoteId"), answer.getLong("matches[0].quoteId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", passage, "speaker", "Blinken"))
                .post("/api/v1/verify")
                .then()
                .body(
                        "explanation",
                        containsString("part 2 altered (Altered: a quote by Antony Blinken with 1 word added (“not”)"));
    }

    @Test
    void aPassageMixingSpeakersNamesEachPartsSpeaker() {
        String passage = EVERYONE + " It's not helped.";
        JsonPath open = verify(passage, null);
        assertEquals("VERIFIED", open.getString("verdict"), open.getString("explanation"));
        assertEquals(List.of("Antony Blinken", "Joe Biden"), open.getList("attestedSpeakers.name"));
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", passage, "speaker", "Blinken"))
                .post("/api/v1/verify")
                .then()
                .body("verdict", is("MISATTRIBUTED"))
                .body("parts", hasSize(2))
                .body("parts[0].verdict", is("VERIFIED"))
                .body("parts[1].verdict", is("MISATTRIBUTED"))
                .body("parts[1].attestedSpeakers.name", hasItem("Joe Biden"))
                .body("explanation", containsString("said by Antony Blinken (part 1) and Joe Biden (part 2)"));
    }

    @Test
    void oneQuoteOfSeveralSentencesIsStillOneAnswer() {
        given().contentType(ContentType.JSON)
                .body(Map.of("quote", COMMITMENT.replace("ironclad", "solid"), "speaker", "Blinken"))
                .post("/api/v1/verify")
                .then()
                .body("verdict", is("ALTERED"))
                .body("parts", nullValue())
                .body("matches[0].diff.op", hasItem("replace"));
    }
}
