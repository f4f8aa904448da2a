package news.verbatim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The soak run, off by default: {@code ./mvnw verify -Dsoak.minutes=15 -Dit.test=SoakIT} ingests articles
 * continuously through the packaged service on H2 (two writers, one verifier) for that long on a fresh data
 * directory, and fails if any write or verification is answered with anything but success, then restarts the
 * service and checks that every acknowledged quote is there. (H2 2.4.240 closed the database after about ten
 * minutes of this; every write then failed until restart.)
 */
class SoakIT {

    private static final String KEY = "soak-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void continuousIngestionNeverFails() throws Exception {
        Assumptions.assumeTrue(PackagedService.isBuilt(), "runs on the packaged application (failsafe)");
        double minutes = Double.parseDouble(System.getProperty("soak.minutes", "0"));
        Assumptions.assumeTrue(minutes > 0, "the soak runs only when -Dsoak.minutes is set");
        Path dir = Files.createTempDirectory(Path.of("target"), "soak-it-");
        PackagedService service = new PackagedService("soak", dir.resolve("data"), Map.of("VERBATIM_API_KEYS", KEY));
        service.start();
        long deadline =
                System.nanoTime() + Duration.ofSeconds((long) (minutes * 60)).toNanos();
        AtomicInteger serial = new AtomicInteger();
        AtomicLong quotes = new AtomicLong();
        AtomicLong verifications = new AtomicLong();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(3);
        try {
            for (int w = 0; w < 2; w++) {
                workers.submit(() -> {
                    while (System.nanoTime() < deadline && failures.size() < 10) {
                        int n = serial.incrementAndGet();
                        try {
                            HttpResponse<String> r = service.post("/api/v1/articles", article(n), KEY);
                            if (r.statusCode() != 201) {
                                failures.add("article " + n + ": " + r.statusCode() + " " + r.body());
                            } else {
                                quotes.addAndGet(
                                        JSON.readTree(r.body()).path("quotes").size());
                            }
                        } catch (Exception e) {
                            failures.add("article " + n + ": " + e);
                        }
                    }
                    return null;
                });
            }
            workers.submit(() -> {
                while (System.nanoTime() < deadline && failures.size() < 10) {
                    int n = Math.max(1, serial.get() - 5);
                    ObjectNode v =
                            JSON.createObjectNode().put("quote", "We will deliver soak promise " + n + " part 0");
                    try {
                        HttpResponse<String> r = service.post("/api/v1/verify", v.toString(), null);
                        if (r.statusCode() != 200) {
                            failures.add("verify " + n + ": " + r.statusCode() + " " + r.body());
                        }
                        verifications.incrementAndGet();
                    } catch (Exception e) {
                        failures.add("verify " + n + ": " + e);
                    }
                }
                return null;
            });
            workers.shutdown();
            workers.awaitTermination((long) (minutes * 60) + 120, TimeUnit.SECONDS);
            System.out.printf(
                    "soak: %.1f min, %d articles, %d quotes, %d verifications, %d failures%n",
                    minutes, serial.get(), quotes.get(), verifications.get(), failures.size());
            assertEquals(List.of(), failures);
            service.stop();
            service.start();
            JsonNode total = JSON.readTree(service.get("/api/v1/quotes?size=1").body());
            assertEquals(quotes.get(), total.path("total").asLong(), "every acknowledged quote after a restart");
        } finally {
            workers.shutdownNow();
            service.kill();
        }
    }

    private static String article(int n) {
        StringBuilder text = new StringBuilder("Soak item " + n + " was discussed.\n\n");
        for (int q = 0; q < 4; q++) {
            text.append("“We will deliver soak promise ")
                    .append(n)
                    .append(" part ")
                    .append(q)
                    .append(" for everyone,” Ann Roe said.\n\n");
        }
        return JSON.createObjectNode()
                .put("outlet", "Soak Times " + (n % 13))
                .put("title", "Soak item " + n)
                .put("publishedAt", "2024-08-06")
                .put("text", text.toString())
                .toString();
    }
}
