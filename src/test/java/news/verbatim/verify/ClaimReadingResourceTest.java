package news.verbatim.verify;

import static news.verbatim.ApiTestSupport.withKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.verbatim.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the verify answer reads a claimed name that is nearly a known one ({@code speakerResolution.nearName}) and a
 * claimed outlet or date ({@code claimedSource}), through the API; every answer is validated against the OpenAPI
 * document (ContractValidation).
 */
@QuarkusTest
class ClaimReadingResourceTest {

    private static final String HOLLIS = "The new terminal will open before the end of the summer season";
    private static final String HOLLINS = "Our members were never consulted about the night shifts";

    /** The wire copy of the labelled names set: Reuters' story printed by Test Morning Ledger. */
    @BeforeEach
    void ingestWireCopy() {
        Map<String, Object> body = new HashMap<>();
        body.put("outlet", "Test Morning Ledger");
        body.put("title", "Port authority and dock union split over night shifts");
        body.put("publishedAt", "2025-06-12");
        try (InputStream in = getClass().getResourceAsStream("/ingest/names-wire-copy.txt")) {
            body.put("text", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        int status =
                withKey().body(body).post("/api/v1/articles").then().extract().statusCode();
        assertTrue(status == 201 || status == 200, "ingest: " + status);
    }

    @Test
    void aMisspeltNameIsReadAsThePersonAndSaysSo() {
        JsonPath v =
                ApiTestSupport.verified(Map.of("quote", "No one should escalate this conflict", "speaker", "Blinkin"));
        assertEquals("VERIFIED", v.getString("verdict"));
        assertEquals("Antony Blinken", v.getString("speakerResolution.speaker"));
        assertEquals("SPELLING", v.getString("speakerResolution.nearName.kind"));
        assertFalse(v.getBoolean("speakerResolution.nearName.ambiguous"));
        assertEquals(List.of("Antony Blinken"), v.getList("speakerResolution.nearName.near"));
        assertEquals(
                "read \u201CBlinkin\u201D as Antony Blinken (a near spelling)",
                v.getString("speakerResolution.nearName.note"));
        assertTrue(v.getString("explanation").contains("; read \u201CBlinkin\u201D as Antony Blinken"));
    }

    @Test
    void aTransliterationIsReadAsThePerson() {
        JsonPath v = ApiTestSupport.verified(
                Map.of("quote", "try to stop the Zionist regime's crimes in Lebanon and Gaza", "speaker", "Araqchi"));
        assertEquals("VERIFIED", v.getString("verdict"));
        assertEquals("Abbas Araghchi", v.getString("speakerResolution.speaker"));
        assertEquals("TRANSLITERATION", v.getString("speakerResolution.nearName.kind"));
    }

    @Test
    void anExactNameKeepsItsSpeakerAndHasNoNearReading() {
        JsonPath v = ApiTestSupport.verified(Map.of("quote", HOLLIS, "speaker", "Hollins"));
        assertEquals("MISATTRIBUTED", v.getString("verdict"));
        assertEquals("Carl Hollins", v.getString("speakerResolution.speaker"));
        assertNull(v.get("speakerResolution.nearName"));
        assertEquals(List.of("Mark Hollis"), v.getList("attestedSpeakers.name"));
    }

    @Test
    void aNameNearTwoNamesResolvesToNobodyAndSaysSo() {
        JsonPath v = ApiTestSupport.verified(Map.of("quote", HOLLIS, "speaker", "Hollin"));
        assertEquals("MISATTRIBUTED", v.getString("verdict"));
        assertNull(v.get("speakerResolution.speakerId"));
        assertTrue(v.getBoolean("speakerResolution.nearName.ambiguous"));
        assertEquals(List.of("Mark Hollis", "Carl Hollins"), v.getList("speakerResolution.nearName.near"));
        assertTrue(
                v.getString("explanation")
                        .contains("not \u201CHollin\u201D (close to both Mark Hollis and Carl Hollins, so it is read as"
                                + " neither)"),
                v.getString("explanation"));
    }

    @Test
    void aShortNameMustBeExact() {
        JsonPath v = ApiTestSupport.verified(
                Map.of("quote", "Every crane on the quay has been tested under full load", "speaker", "Vind"));
        assertEquals("MISATTRIBUTED", v.getString("verdict"));
        assertNull(v.get("speakerResolution.nearName"));
        assertTrue(v.getString("explanation").contains("who is not a known speaker"));
    }

    @Test
    void aClaimedWireIsCarriedByThePaperThatPrintedItsCopy() {
        JsonPath v = ApiTestSupport.verified(Map.of("quote", HOLLINS, "speaker", "Carl Hollins", "outlet", "Reuters"));
        assertTrue(v.getBoolean("claimedSource.carried"));
        assertTrue(v.getBoolean("claimedSource.outletCarried"));
        assertNull(v.get("claimedSource.dateCarried"));
        assertEquals("Test Morning Ledger", v.getString("claimedSource.syndicatedIn"));
        assertEquals("Reuters", v.getString("claimedSource.credit"));
        assertTrue(v.getString("explanation").endsWith("; Test Morning Ledger printed it as a Reuters copy."));
    }

    @Test
    void aWrongOutletOrDateIsStatedInTheExplanation() {
        String words = "try to stop the Zionist regime's crimes in Lebanon and Gaza";
        JsonPath outlet = ApiTestSupport.verified(Map.of("quote", words, "outlet", "Fox News"));
        JsonPath date = ApiTestSupport.verified(Map.of("quote", words, "outlet", "CNN", "date", "2024-10-12"));
        JsonPath right = ApiTestSupport.verified(Map.of("quote", words, "outlet", "cnn", "date", "2024-10-11"));

        // carried, outletCarried, dateCarried of each claim
        assertEquals(
                List.of(false, false),
                List.of(outlet.getBoolean("claimedSource.carried"), outlet.getBoolean("claimedSource.outletCarried")));
        assertNull(outlet.get("claimedSource.dateCarried"));
        assertNull(outlet.get("claimedSource.syndicatedIn"));
        assertEquals(
                List.of(false, true, false),
                List.of(
                        date.getBoolean("claimedSource.carried"),
                        date.getBoolean("claimedSource.outletCarried"),
                        date.getBoolean("claimedSource.dateCarried")));
        assertTrue(right.getBoolean("claimedSource.carried"));

        assertTrue(outlet.getString("explanation")
                .endsWith("; it was printed by CNN on 2024-10-11, not by the claimed Fox News."));
        assertTrue(date.getString("explanation")
                .endsWith("; CNN printed it on 2024-10-11, not on the claimed 2024-10-12."));
        assertFalse(right.getString("explanation").contains("claimed"));
    }
}
