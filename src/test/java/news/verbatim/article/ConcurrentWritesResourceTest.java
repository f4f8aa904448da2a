package news.verbatim.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import news.verbatim.ApiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Writers that race: the same remark syndicated by two outlets at the same moment is one statement every time,
 * a fragment and its longer quote stored at once end up as one statement too, and the same article posted twice
 * at once is stored once, the second post answered 200 with the stored article.
 */
@QuarkusTest
class ConcurrentWritesResourceTest {

    /** Pairs of posts raced against each other, two at a time per pair, several pairs at once. */
    private static final int SYNDICATED_PAIRS = 100;

    /** A word nobody else in the corpus uses, one per {@code n}: letters, so normalisation keeps it whole. */
    private static String code(int n) {
        StringBuilder b = new StringBuilder("kx");
        int k = n;
        do {
            b.append((char) ('a' + k % 26));
            k /= 26;
        } while (k > 0);
        return b.toString();
    }

    /** A remark nobody else in the corpus makes. */
    private static String remark(String prefix, int n) {
        return "We will keep the " + prefix + " " + code(n) + " promise for every family in this town.";
    }

    private static Map<String, Object> article(String outlet, String lead, String quote, String speaker) {
        String text =
                lead + "\n\n“" + quote + "” " + speaker + " said on Monday.\n\nThe plan goes to a vote next week.";
        return Map.of(
                "outlet",
                outlet,
                "title",
                "Council backs plan " + Math.abs(text.hashCode()),
                "publishedAt",
                // long ago, so that lists of the newest articles and quotes other tests read stay theirs
                "2001-01-01",
                "text",
                text);
    }

    private static Response post(Map<String, Object> body) {
        return ApiTestSupport.withKey().body(body).post("/api/v1/articles");
    }

    /** Posts every body of {@code group} at the same moment; returns the responses in order. */
    private static List<Response> race(ExecutorService pool, List<Map<String, Object>> group) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (Map<String, Object> body : group) {
            futures.add(pool.submit(() -> {
                gate.await();
                return post(body);
            }));
        }
        gate.countDown();
        List<Response> out = new ArrayList<>();
        for (Future<Response> f : futures) {
            out.add(f.get(60, TimeUnit.SECONDS));
        }
        return out;
    }

    private interface PoolWork {
        void run(ExecutorService pool) throws Exception;
    }

    private static void withPool(int threads, PoolWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            work.run(pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Set<Long> statementsOf(String words) {
        JsonPath found = given().queryParam("q", words)
                .queryParam("size", 100)
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return new HashSet<>(found.getList("items.statementId", Long.class));
    }

    @Test
    void aRemarkSyndicatedByTwoOutletsAtOnceIsOneStatement() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            int splits = 0;
            for (int batch = 0; batch < SYNDICATED_PAIRS; batch += 4) {
                List<Future<List<Response>>> pairs = new ArrayList<>();
                ExecutorService racers = Executors.newFixedThreadPool(4);
                for (int p = batch; p < Math.min(SYNDICATED_PAIRS, batch + 4); p++) {
                    String quote = remark("syndicated", p);
                    List<Map<String, Object>> pair = List.of(
                            article("Wire Desk " + p, "The council met on Monday.", quote, "Mayor Linda Okafor"),
                            article("Echo " + p, "Councillors voted late on Monday.", quote, "Linda Okafor"));
                    pairs.add(racers.submit(() -> race(pool, pair)));
                }
                for (Future<List<Response>> f : pairs) {
                    for (Response r : f.get(120, TimeUnit.SECONDS)) {
                        assertEquals(201, r.statusCode(), r.asString());
                    }
                }
                racers.shutdown();
            }
            for (int p = 0; p < SYNDICATED_PAIRS; p++) {
                String words =
                        remark("syndicated", p).replace("We will keep the ", "").replace(".", "");
                Set<Long> statements = statementsOf(words);
                if (statements.size() != 1) {
                    splits++;
                }
            }
            assertEquals(0, splits, "pairs split into two statements");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFragmentAndItsLongerQuoteStoredAtOnceAreOneStatement() throws Exception {
        withPool(2, pool -> {
            for (int p = 0; p < 10; p++) {
                String longer = remark("contained", p);
                String fragment = longer.substring(0, longer.indexOf(" promise")) + " promise";
                List<Response> rs = race(
                        pool,
                        List.of(
                                article("Gazette " + p, "A long meeting ended.", longer, "Mayor Ben Castle"),
                                article("Courier " + p, "The mayor spoke briefly.", fragment, "Ben Castle")));
                rs.forEach(r -> assertEquals(201, r.statusCode(), r.asString()));
                assertEquals(1, statementsOf("contained " + code(p)).size(), "fragment and quote of pair " + p);
            }
        });
    }

    @Test
    void theSameArticlePostedTwiceAtOnceIsStoredOnce() throws Exception {
        withPool(2, pool -> {
            for (int round = 0; round < 20; round++) {
                Map<String, Object> body =
                        article("Twice Daily", "Round " + round + " of the test.", remark("twice", round), "Ann Roe");
                List<Response> rs = race(pool, List.of(body, body));
                List<Integer> codes =
                        rs.stream().map(Response::statusCode).sorted().toList();
                assertEquals(List.of(200, 201), codes, "one stored, one answered with the stored article");
                long first = rs.get(0).jsonPath().getLong("article.id");
                long second = rs.get(1).jsonPath().getLong("article.id");
                assertEquals(first, second);
                assertTrue(rs.stream().anyMatch(r -> !r.jsonPath().getBoolean("created")));
            }
        });
    }
}
