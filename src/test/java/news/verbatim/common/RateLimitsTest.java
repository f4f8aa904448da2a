package news.verbatim.common;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.problem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Verification, previews and writes are limited per client: a burst, then a refill rate; a refused request is
 * 429 problem+json with Retry-After and RateLimit headers; a client with a valid key has its own, higher limit;
 * reads are not limited.
 */
@QuarkusTest
@TestProfile(RateLimitsTest.LowLimits.class)
class RateLimitsTest {

    /** Limits low enough to reach in a test. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "verbatim.rate-limit.enabled", "true",
                    "verbatim.rate-limit.verify-burst", "5",
                    "verbatim.rate-limit.verify-per-second", "1",
                    "verbatim.rate-limit.check-burst", "2",
                    "verbatim.rate-limit.check-per-second", "1",
                    "verbatim.rate-limit.write-burst", "3",
                    "verbatim.rate-limit.write-per-second", "1",
                    "verbatim.rate-limit.keyed-factor", "2");
        }
    }

    private static Response verify(String key) {
        var request = given().contentType(ContentType.JSON);
        if (key != null) {
            request = request.header("X-API-Key", key);
        }
        return request.body(Map.of("quote", "No one should escalate this conflict"))
                .post("/api/v1/verify");
    }

    @Test
    void aBurstPassesThenTheClientWaits() throws InterruptedException {
        Thread.sleep(5_000); // a full bucket, whatever the other tests of this class spent
        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            Response ok = verify(null);
            assertEquals(200, ok.statusCode(), "request " + i);
            assertEquals("5", ok.header("RateLimit-Limit"));
            // On a loaded machine a request may take over a second, and the bucket refills 1 a second meanwhile.
            int remaining = Integer.parseInt(ok.header("RateLimit-Remaining"));
            assertTrue(remaining >= 4 - i && remaining <= 4 - i + refilledSince(started), "remaining " + remaining);
        }
        Response refused = verify(null);
        for (int extra = 0; refused.statusCode() == 200 && extra < refilledSince(started); extra++) {
            refused = verify(null); // tokens that refilled while the burst was sent
        }
        refused.then()
                .spec(problem(429))
                .body("type", is("urn:verbatim:problem:rate-limited"))
                .body("status", is(429))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", is("0"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);

        // A client with a valid key is another client, with twice the burst (and refill: a few more may pass).
        int keyedOk = 0;
        for (int i = 0; i < 20; i++) {
            keyedOk += verify("test-key").statusCode() == 200 ? 1 : 0;
        }
        assertTrue(keyedOk >= 10 && keyedOk < 20, keyedOk + " of 20 keyed requests passed");
        // Reads are not limited.
        for (int i = 0; i < 20; i++) {
            given().get("/api/v1/quotes").then().statusCode(200);
        }
        Thread.sleep(retryAfter * 1000 + 200);
        assertEquals(200, verify(null).statusCode(), "the bucket refilled");
    }

    /** How many tokens a bucket refilling 1 a second can have gained since {@code started}, rounded up. */
    private static int refilledSince(long started) {
        return (int) Math.ceil((System.nanoTime() - started) / 1e9);
    }

    @Test
    void anAbusiveClientIsRefusedWithinASecond() throws InterruptedException {
        Thread.sleep(5_000);
        int refused = 0;
        long started = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            if (verify(null).statusCode() == 429) {
                refused++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // 5 at once and 1 a second: everything beyond that is refused.
        assertTrue(refused >= 200 - 5 - (int) Math.ceil(seconds) - 1, refused + " refused in " + seconds + " s");
    }

    @Test
    void writesAreLimitedAndRefusedBeforeTheirBodyIsRead() throws InterruptedException {
        Thread.sleep(3_000);
        int refused = 0;
        long started = System.nanoTime();
        for (int i = 0; i < 12; i++) {
            Response r = given().header("X-API-Key", "test-key")
                    .contentType(ContentType.JSON)
                    .body("{\"not\": \"even valid for this endpoint\"}")
                    .post("/api/v1/quotes");
            if (r.statusCode() == 429) {
                refused++;
            } else {
                assertEquals(400, r.statusCode());
            }
        }
        // Burst 6 for a keyed client, refilling 2 a second while the requests are sent.
        int allowed = 6 + 2 * refilledSince(started);
        assertTrue(refused >= Math.min(5, 12 - allowed), refused + " of 12 writes refused, " + allowed + " allowed");
        assertTrue(refused > 0 || allowed >= 12, "no write refused although only " + allowed + " were allowed");
    }

    /** A page check costs many verifications: it has a bucket of its own, smaller than verification's. */
    @Test
    void pageChecksHaveABucketOfTheirOwn() throws InterruptedException {
        Thread.sleep(3_000);
        long started = System.nanoTime();
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            Response r = given().contentType(ContentType.JSON)
                    .body(Map.of("text", "“No one should escalate this conflict,” Antony Blinken said."))
                    .post("/api/v1/check");
            if (r.statusCode() == 429) {
                refused++;
                assertTrue(r.asString().contains("check requests"), r.asString());
            } else {
                assertEquals(200, r.statusCode());
                assertEquals("2", r.header("RateLimit-Limit"));
            }
        }
        // Burst 2, refilling 1 a second while the checks are sent.
        int allowed = 2 + refilledSince(started);
        assertTrue(refused >= 8 - allowed, refused + " of 8 checks refused, " + allowed + " allowed");
        assertTrue(refused > 0 || allowed >= 8, "no check refused although only " + allowed + " were allowed");
    }
}
