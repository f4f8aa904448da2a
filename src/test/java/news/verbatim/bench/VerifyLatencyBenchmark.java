package news.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import news.verbatim.index.QuoteIndexService;
import news.verbatim.verify.SubmittedQuote;
import news.verbatim.verify.VerifyRequest;
import news.verbatim.verify.VerifyService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * In-process latency of a whole verification (parse, speaker resolution, index retrieval, database load,
 * alignment, sources) on the fixture corpus, over the labelled cases' submissions. A benchmark, not a test:
 * it asserts nothing about time and is excluded from the normal run. Run it with
 * {@code ./mvnw test -Dpg.skip -Dsurefire.excludedGroups=none -Dgroups=benchmark -Dtest=VerifyLatencyBenchmark}.
 *
 * <p>Baseline, measured in the same run: retrieval alone (parse + Lucene candidates), so the ratio shows what
 * alignment, database and sources add. Passages (the labelled passages, each verified whole and then part by
 * part) are timed in the same run against the single quotes.
 */
@QuarkusTest
@Tag("benchmark")
class VerifyLatencyBenchmark {

    private static final int RUNS = 5;
    private static final int ROUNDS_PER_RUN = 40;

    @Inject
    VerifyService verify;

    @Inject
    QuoteIndexService index;

    private List<VerifyRequest> labelled(String set) throws java.io.IOException {
        List<VerifyRequest> requests = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/verify/" + set)) {
            for (JsonNode c : new ObjectMapper().readTree(in).get("cases")) {
                requests.add(new VerifyRequest(
                        c.get("quote").asText(),
                        c.has("speaker") ? c.get("speaker").asText() : null,
                        null,
                        null));
            }
        }
        return requests;
    }

    @Test
    void measure() throws Exception {
        List<VerifyRequest> requests = labelled("labelled-cases.json");
        List<VerifyRequest> passages = labelled("labelled-passages.json");
        for (int i = 0; i < 20; i++) { // warm-up: JIT, caches, connection pool
            requests.forEach(verify::verify);
            passages.forEach(verify::verify);
        }
        double[][] full = new double[RUNS][];
        double[][] baseline = new double[RUNS][];
        double[][] passage = new double[RUNS][];
        for (int run = 0; run < RUNS; run++) {
            full[run] = LatencyRuns.time(requests, ROUNDS_PER_RUN, r -> verify.verify(r));
            passage[run] = LatencyRuns.time(passages, ROUNDS_PER_RUN, r -> verify.verify(r));
            baseline[run] = LatencyRuns.time(requests, ROUNDS_PER_RUN, r -> {
                SubmittedQuote s = SubmittedQuote.parse(r.quote());
                index.index().candidates(s.parts(), 30);
            });
        }
        System.out.printf(
                "verification latency over %d submissions x %d rounds, %d runs (median of runs)%n",
                requests.size(), ROUNDS_PER_RUN, RUNS);
        LatencyRuns.report("full verify (in-process)", full);
        LatencyRuns.report("baseline: parse + retrieval", baseline);
        System.out.printf(
                "ratio full/baseline at p50: %.2f%n", LatencyRuns.median(full, 50) / LatencyRuns.median(baseline, 50));
        // Passages (labelled-passages.json, 2–6 sentences each) against single quotes, in the same run.
        LatencyRuns.report("passages (in-process)", passage);
        System.out.printf(
                "ratio passage/single at p50: %.2f, at p99: %.2f%n",
                LatencyRuns.median(passage, 50) / LatencyRuns.median(full, 50),
                LatencyRuns.median(passage, 99) / LatencyRuns.median(full, 99));
    }
}
