package news.verbatim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * kill -9 during ingestion, over and over: the packaged service on H2 ingests articles from two writers, is
 * killed at a random moment, and restarted on the same data directory. After every restart, every article it
 * acknowledged (201) is there with all its quotes, no article is half-written, the index holds exactly the
 * database's quotes and finds the acknowledged ones, and the index caught up from its last commit instead of
 * being rebuilt.
 *
 * <p>{@code -Dcrash.cycles} (default {@value #DEFAULT_CYCLES}; use 100 for the long run) and
 * {@code -Dcrash.seed} (default {@value #DEFAULT_SEED}) choose the run.
 */
class CrashRecoveryIT {

    static final int DEFAULT_CYCLES = 10;
    static final long DEFAULT_SEED = 42L;
    private static final String KEY = "crash-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NAMES = {"Ann Roe", "Ben Cole", "Maria Jensen", "Tom Reyes", "Ada Obi", "Li Wen"};

    /** Acknowledged articles: id to the number of quotes the 201 answer listed. */
    private final Map<Long, Integer> acknowledged = new ConcurrentHashMap<>();
    /** A quote text of each acknowledged article, to verify after the restart. */
    private final Map<Long, String> sampleQuote = new ConcurrentHashMap<>();

    private final Map<Long, Long> ackedAt = new ConcurrentHashMap<>();
    private volatile long killedAt;
    /** Articles already found whole: written once, they need not be previewed again. */
    private final java.util.Set<Long> foundWhole = new java.util.HashSet<>();

    @Test
    void acknowledgedWritesSurviveKill9() throws Exception {
        Assumptions.assumeTrue(PackagedService.isBuilt(), "runs on the packaged application (failsafe)");
        int cycles = Integer.getInteger("crash.cycles", DEFAULT_CYCLES);
        Random random = new Random(Long.getLong("crash.seed", DEFAULT_SEED));
        Path dir = Files.createTempDirectory(Path.of("target"), "crash-it-");
        PackagedService service = new PackagedService("crash", dir.resolve("data"), Map.of("VERBATIM_API_KEYS", KEY));
        AtomicInteger serial = new AtomicInteger();
        service.start();
        try {
            for (int cycle = 1; cycle <= cycles; cycle++) {
                ingestUntilKilled(service, random, serial, 1000 + random.nextInt(3000));
                service.start();
                checkEverything(service, cycle);
            }
            String output = service.output();
            int rebuilds = output.split("will be rebuilt", -1).length - 1;
            assertEquals(1, rebuilds, "only the very first start builds the index; restarts catch up");
            System.out.printf(
                    "crash: %d kill -9 cycles, %d acknowledged articles, %d acknowledged quotes, 0 lost%n",
                    cycles,
                    acknowledged.size(),
                    acknowledged.values().stream().mapToInt(Integer::intValue).sum());
        } finally {
            service.kill();
        }
    }

    /** Two writers post articles until the service is killed {@code killAfterMs} later. */
    private void ingestUntilKilled(PackagedService service, Random random, AtomicInteger serial, int killAfterMs)
            throws InterruptedException {
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        long seed = random.nextLong();
        for (int w = 0; w < 2; w++) {
            Random own = new Random(seed + w);
            writers.submit(() -> {
                while (!killed.get()) {
                    int n = serial.incrementAndGet();
                    try {
                        HttpResponse<String> r = service.post("/api/v1/articles", article(n, own), KEY);
                        if (r.statusCode() == 201) {
                            JsonNode body = JSON.readTree(r.body());
                            long id = body.path("article").path("id").asLong();
                            acknowledged.put(id, body.path("quotes").size());
                            ackedAt.put(id, System.currentTimeMillis());
                            sampleQuote.put(
                                    id, body.path("quotes").path(0).path("text").asText());
                        } else if (!killed.get()) {
                            throw new AssertionError("ingestion answered " + r.statusCode() + ": " + r.body());
                        }
                    } catch (IOException e) {
                        return; // the service died under us: this article was never acknowledged
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        Thread.sleep(killAfterMs);
        killed.set(true);
        killedAt = System.currentTimeMillis();
        service.kill();
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
    }

    private void checkEverything(PackagedService service, int cycle) throws Exception {
        // Every acknowledged article, with every quote it was acknowledged with.
        List<Long> lost = new ArrayList<>();
        for (Long id : acknowledged.keySet()) {
            if (service.get("/api/v1/articles/" + id).statusCode() != 200) {
                lost.add(id);
            }
        }
        if (!lost.isEmpty()) {
            System.out.println("LOST " + lost + " of " + new java.util.TreeSet<>(acknowledged.keySet()) + " at "
                    + ackedAt.entrySet().stream()
                            .filter(e -> lost.contains(e.getKey()))
                            .toList() + " killed at "
                    + killedAt);
        }
        for (Map.Entry<Long, Integer> a : acknowledged.entrySet()) {
            HttpResponse<String> got = service.get("/api/v1/articles/" + a.getKey());
            assertEquals(200, got.statusCode(), "cycle " + cycle + ": acknowledged article " + a.getKey() + " lost");
            assertEquals(
                    a.getValue().intValue(),
                    JSON.readTree(got.body()).path("quoteCount").asInt(),
                    "cycle " + cycle + ": article " + a.getKey() + " lost quotes");
        }
        // No article half-written: each has exactly the quotes its text yields.
        long quotes = 0;
        for (int page = 0; ; page++) {
            JsonNode list = JSON.readTree(
                    service.get("/api/v1/articles?size=100&page=" + page).body());
            for (JsonNode a : list.path("items")) {
                quotes += a.path("quoteCount").asInt();
                if (!foundWhole.add(a.path("id").asLong())) {
                    continue;
                }
                JsonNode article = JSON.readTree(
                        service.get("/api/v1/articles/" + a.path("id").asLong()).body());
                ObjectNode preview =
                        JSON.createObjectNode().put("text", article.path("text").asText());
                int expected = JSON.readTree(service.post("/api/v1/articles/preview", preview.toString(), null)
                                .body())
                        .path("quotes")
                        .size();
                assertEquals(
                        expected,
                        a.path("quoteCount").asInt(),
                        "cycle " + cycle + ": article " + a.path("id") + " is half-written");
            }
            if (list.path("items").size() < 100) {
                break;
            }
        }
        // The index holds exactly the database's quotes, and finds what was acknowledged.
        long total = JSON.readTree(service.get("/api/v1/quotes?size=1").body())
                .path("total")
                .asLong();
        assertEquals(quotes, total);
        JsonNode ready = JSON.readTree(service.get("/q/health/ready").body());
        long indexed = -1;
        for (JsonNode check : ready.path("checks")) {
            if (check.path("name").asText().equals("quote-index")) {
                indexed = check.path("data").path("indexedQuotes").asLong();
            }
        }
        assertEquals(total, indexed, "cycle " + cycle + ": index and database disagree");
        List<Long> ids = new ArrayList<>(sampleQuote.keySet());
        Collections.shuffle(ids, new Random(cycle));
        for (Long id : ids.subList(0, Math.min(8, ids.size()))) {
            ObjectNode verify = JSON.createObjectNode().put("quote", sampleQuote.get(id));
            String verdict = JSON.readTree(service.post("/api/v1/verify", verify.toString(), null)
                            .body())
                    .path("verdict")
                    .asText();
            assertFalse(verdict.equals("NOT_FOUND"), "cycle " + cycle + ": an acknowledged quote is not found");
        }
    }

    /** An article of 3 to 6 quotes nobody else says, each attributed the plain way. */
    private static String article(int n, Random r) {
        StringBuilder text = new StringBuilder("The council met on Monday to discuss item " + n + ".\n\n");
        int quotes = 3 + r.nextInt(4);
        for (int q = 0; q < quotes; q++) {
            text.append("“We will deliver promise ")
                    .append(n)
                    .append(" part ")
                    .append(q)
                    .append(" for the people of this town,” ")
                    .append(NAMES[r.nextInt(NAMES.length)])
                    .append(" said.\n\n");
        }
        ObjectNode body = JSON.createObjectNode()
                .put("outlet", "Crash Gazette " + (n % 7))
                .put("title", "Council item " + n)
                .put("publishedAt", "2024-08-06")
                .put("text", text.toString());
        return body.toString();
    }
}
