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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two packaged instances (the PostgreSQL build, {@code target/quarkus-app-pg}) on one fresh database on
 * 127.0.0.1:5432, each with a data directory and an index of its own: what is written through one is found
 * through the other within 2 s, a delete through one disappears on the other, the same remark posted to both
 * at the same moment is one statement, and an instance killed with kill -9 mid-ingest catches up from its
 * last index commit, without a rebuild, and loses nothing acknowledged. Skipped with {@code -Dpg.skip}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIT {

    private static final Path PG_JAR = Path.of("target", "quarkus-app-pg", "quarkus-run.jar");
    private static final String ADMIN_URL =
            System.getProperty("it.pg.admin-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String KEY = "multi-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String database;
    private static PackagedService a;
    private static PackagedService b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("pg.skip"), "PostgreSQL tests are skipped (-Dpg.skip)");
        Assumptions.assumeTrue(Files.isRegularFile(PG_JAR), "runs on the PostgreSQL package (failsafe)");
        database = "verbatim_it_" + System.currentTimeMillis();
        admin("create database " + database);
        Path dir = Files.createTempDirectory(Path.of("target"), "multi-it-");
        Map<String, String> env = Map.of(
                "VERBATIM_API_KEYS",
                KEY,
                "VERBATIM_PG_URL",
                "jdbc:postgresql://127.0.0.1:5432/" + database + "?reWriteBatchedInserts=true",
                "VERBATIM_INDEX_POLL_INTERVAL",
                "100ms");
        a = new PackagedService("node-a", dir.resolve("a"), env, List.of(), PG_JAR);
        b = new PackagedService("node-b", dir.resolve("b"), env, List.of(), PG_JAR);
        a.start();
        b.start();
    }

    @AfterAll
    static void stopAndDrop() throws Exception {
        if (a != null) {
            a.kill();
        }
        if (b != null) {
            b.kill();
        }
        if (database != null) {
            admin("drop database if exists " + database + " with (force)");
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, System.getProperty("it.pg.user", "postgres"), "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String article(String outlet, String title, String... quotes) {
        StringBuilder text = new StringBuilder("The board met on Thursday, " + outlet + " reports.\n\n");
        for (String q : quotes) {
            text.append("“").append(q).append("” Mayor Linda Okafor said.\n\n");
        }
        return JSON.createObjectNode()
                .put("outlet", outlet)
                .put("title", title)
                .put("publishedAt", "2024-08-06")
                .put("text", text.toString())
                .toString();
    }

    private static String verdict(PackagedService s, String quote) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("quote", quote);
        return JSON.readTree(s.post("/api/v1/verify", body.toString(), null).body())
                .path("verdict")
                .asText();
    }

    /** Milliseconds until {@code s} answers {@code wanted} for {@code quote}, or -1 after {@code limitMs}. */
    private static long until(PackagedService s, String quote, String wanted, long limitMs) throws Exception {
        long started = System.nanoTime();
        while ((System.nanoTime() - started) / 1_000_000 < limitMs) {
            if (verdict(s, quote).equals(wanted)) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            Thread.sleep(10);
        }
        return -1;
    }

    /**
     * The statement ids of the quotes of remark {@code n} that a word search through {@code s} finds, asked
     * again until it finds {@code wanted} of them or {@code limitMs} have passed.
     */
    private static List<Long> statementsOfRemark(PackagedService s, int n, int wanted, long limitMs) throws Exception {
        long started = System.nanoTime();
        List<Long> statements = new ArrayList<>();
        while ((System.nanoTime() - started) / 1_000_000 < limitMs) {
            statements.clear();
            JsonNode found = JSON.readTree(
                    s.get("/api/v1/quotes?size=10&q=remark+number+" + n).body());
            found.path("items").forEach(q -> {
                if (q.path("text").asText().endsWith(" " + n)) {
                    statements.add(q.path("statementId").asLong());
                }
            });
            if (statements.size() >= wanted) {
                break;
            }
            Thread.sleep(10);
        }
        return statements;
    }

    @Test
    @Order(1)
    void anArticlePostedToOneIsFoundThroughTheOtherWithinTwoSeconds() throws Exception {
        // Warm both up first: the first requests of a fresh JVM are slow for reasons of their own.
        String warm = "The warm-up plan will open on time for every family in the county";
        a.post("/api/v1/articles", article("Node A Times", "Warm-up", warm), KEY);
        assertTrue(until(b, warm, "VERIFIED", 30_000) >= 0);
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String quote = "The harbour bridge plan number " + i + " will open on time for every family";
            HttpResponse<String> posted =
                    a.post("/api/v1/articles", article("Node A Times", "Bridge " + i, quote), KEY);
            assertEquals(201, posted.statusCode(), posted.body());
            long delay = until(b, quote, "VERIFIED", 2_000);
            assertTrue(delay >= 0, "article " + i + " not found through B within 2 s");
            delays.add(delay);
        }
        System.out.println("multi: visibility delays in posting order (ms): " + delays);
        Collections.sort(delays);
        System.out.printf(
                "multi: visibility A->B over %d articles: p50 %d ms, p99 %d ms, max %d ms%n",
                delays.size(),
                delays.get(delays.size() / 2),
                delays.get((int) Math.ceil(delays.size() * 0.99) - 1),
                delays.get(delays.size() - 1));
    }

    @Test
    @Order(2)
    void aQuoteDeletedThroughOneDisappearsOnTheOther() throws Exception {
        String quote = "The old ferry timetable will be withdrawn after the winter season ends";
        JsonNode stored = JSON.readTree(a.post("/api/v1/articles", article("Node A Times", "Ferry", quote), KEY)
                .body());
        long id = stored.path("quotes").path(0).path("id").asLong();
        assertEquals("VERIFIED", verdict(a, quote));
        HttpResponse<String> deleted = b.delete("/api/v1/quotes/" + id, KEY);
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertTrue(until(a, quote, "NOT_FOUND", 2_000) >= 0, "the delete through B reached A's index");
        assertEquals(404, a.get("/api/v1/quotes/" + id).statusCode());
    }

    @Test
    @Order(3)
    void theSameRemarkPostedToBothAtOnceIsOneStatement() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 10; i++) {
                String quote = "Every school in the district will stay open through remark number " + i;
                CountDownLatch gate = new CountDownLatch(1);
                int n = i;
                Future<HttpResponse<String>> toA = pool.submit(() -> {
                    gate.await();
                    return a.post("/api/v1/articles", article("Gazette A", "Schools A " + n, quote), KEY);
                });
                Future<HttpResponse<String>> toB = pool.submit(() -> {
                    gate.await();
                    return b.post("/api/v1/articles", article("Gazette B", "Schools B " + n, quote), KEY);
                });
                gate.countDown();
                assertEquals(201, toA.get(60, TimeUnit.SECONDS).statusCode());
                assertEquals(201, toB.get(60, TimeUnit.SECONDS).statusCode());
                // word search goes through A's index, which has B's write once it follows the change log
                List<Long> statements = statementsOfRemark(a, i, 2, 5_000);
                assertEquals(2, statements.size(), "both outlets' quotes of remark " + i);
                assertEquals(statements.get(0), statements.get(1), "remark " + i + " is one statement");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(4)
    void anInstanceKilledMidIngestCatchesUpWithoutARebuildAndLosesNothing() throws Exception {
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        for (int w = 0; w < 2; w++) {
            PackagedService target = w == 0 ? a : b;
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String quote = "Writer " + writer + " promise " + i + " will be kept for the whole county";
                    try {
                        HttpResponse<String> r = target.post(
                                "/api/v1/articles", article("Writer " + writer, "Promise " + i, quote), KEY);
                        if (r.statusCode() == 201) {
                            acknowledged.put(
                                    JSON.readTree(r.body())
                                            .path("article")
                                            .path("id")
                                            .asLong(),
                                    quote);
                        }
                    } catch (IOException killed) {
                        // A is being killed: this post was not acknowledged
                    }
                }
                return null;
            });
        }
        Thread.sleep(3_000);
        a.kill();
        Thread.sleep(2_000); // B goes on writing while A is down
        stop.set(true);
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
        long started = System.nanoTime();
        a.start();
        long catchUpMs = (System.nanoTime() - started) / 1_000_000;
        String log = a.output();
        String lastStart = log.substring(log.lastIndexOf("===== node-a start"));
        assertTrue(lastStart.contains("catching up from change"), "A caught up from its last commit");
        assertFalse(lastStart.contains("will be rebuilt"), "A was not rebuilt");
        for (Map.Entry<Long, String> e : acknowledged.entrySet()) {
            assertEquals(200, a.get("/api/v1/articles/" + e.getKey()).statusCode(), "acknowledged article lost");
        }
        List<String> sample = new ArrayList<>(acknowledged.values());
        Collections.shuffle(sample);
        for (String quote : sample.subList(0, Math.min(20, sample.size()))) {
            assertEquals("VERIFIED", verdict(a, quote));
            assertEquals("VERIFIED", verdict(b, quote));
        }
        System.out.printf(
                "multi: A killed mid-ingest, restarted and ready (caught up) in %d ms; %d acknowledged articles, 0 lost%n",
                catchUpMs, acknowledged.size());
    }
}
