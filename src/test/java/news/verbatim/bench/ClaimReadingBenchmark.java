package news.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import news.verbatim.speaker.SpeakerKind;
import news.verbatim.speaker.SpeakerService;
import news.verbatim.verify.VerifyRequest;
import news.verbatim.verify.VerifyService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What reading a claim costs a whole verification: the labelled submissions with the claim as labelled (mostly
 * names an alias matches: today's path), with a name no alias matches (the near-name look-up runs and finds
 * nothing), a misspelt name (it runs and resolves), and a wrong claimed outlet (the sources' article texts are read
 * for credits). Measured after adding {@link #SYNTHETIC_PERSONS} persons, so the alias look-up reads a table of a
 * realistic size. A benchmark, not a test: run it with
 * {@code ./mvnw test -Dpg.skip -Dsurefire.excludedGroups=none -Dgroups=benchmark -Dtest=ClaimReadingBenchmark}.
 *
 * <p>Measured 2026-12-01 on the 2-core build machine (shared), 10,000 synthetic persons, 93 submissions x 5 rounds,
 * median of 3 runs: as labelled p50 14.1 ms / p99 38.9 ms; unknown name p50 18.0 / p99 44.9 (ratio 1.27 / 1.16);
 * misspelt name p50 17.1 / p99 38.9 (1.21 / 1.00); wrong outlet p50 13.8 / p99 39.0 (0.98 / 1.00).
 */
@QuarkusTest
@Tag("benchmark")
class ClaimReadingBenchmark {

    private static final int RUNS = 3;
    private static final int ROUNDS_PER_RUN = 5;
    static final int SYNTHETIC_PERSONS = 10_000;
    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ren", "sa", "to", "vi", "bel", "dor", "fa", "gen", "hal", "ko", "lin", "mar", "nes", "pol",
        "qua", "ros", "ste", "ber", "chi", "an", "el", "is", "ov", "ski", "ton", "ley", "son"
    };

    @Inject
    VerifyService verify;

    @Inject
    SpeakerService speakers;

    @Test
    void measure() throws Exception {
        addSyntheticPersons();
        List<VerifyRequest> labelled = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/verify/labelled-cases.json")) {
            for (JsonNode c : new ObjectMapper().readTree(in).get("cases")) {
                labelled.add(new VerifyRequest(
                        c.get("quote").asText(),
                        c.has("speaker") ? c.get("speaker").asText() : null,
                        null,
                        null));
            }
        }
        List<List<VerifyRequest>> variants = List.of(
                labelled,
                with(labelled, r -> new VerifyRequest(r.quote(), "Zebedee Quorndon", null, null)),
                with(labelled, r -> new VerifyRequest(r.quote(), "Blinkin", null, null)),
                with(labelled, r -> new VerifyRequest(r.quote(), r.speaker(), "Fox News", null)));
        List<String> names = List.of(
                "claim as labelled (today)", "unknown name (near: none)", "misspelt name (near: 1)", "wrong outlet");
        for (int i = 0; i < 3; i++) { // warm-up
            variants.forEach(v -> v.forEach(verify::verify));
        }
        double[][][] runs = new double[variants.size()][RUNS][];
        for (int run = 0; run < RUNS; run++) {
            for (int v = 0; v < variants.size(); v++) { // interleaved, so drift on a shared machine hits all alike
                runs[v][run] = LatencyRuns.time(variants.get(v), ROUNDS_PER_RUN, verify::verify);
            }
        }
        System.out.printf(
                "claim reading over %d submissions x %d rounds, %d runs (median of runs), %d synthetic persons%n",
                labelled.size(), ROUNDS_PER_RUN, RUNS, SYNTHETIC_PERSONS);
        for (int v = 0; v < variants.size(); v++) {
            LatencyRuns.report(names.get(v), runs[v]);
        }
        for (int v = 1; v < variants.size(); v++) {
            System.out.printf(
                    "ratio %s / today: p50 %.2f, p99 %.2f%n",
                    names.get(v),
                    LatencyRuns.median(runs[v], 50) / LatencyRuns.median(runs[0], 50),
                    LatencyRuns.median(runs[v], 99) / LatencyRuns.median(runs[0], 99));
        }
    }

    private static List<VerifyRequest> with(List<VerifyRequest> requests, Function<VerifyRequest, VerifyRequest> f) {
        return requests.stream().map(f).toList();
    }

    /** Persons with made-up two- and three-syllable names, each stored with its surname alias, as ingestion does. */
    private void addSyntheticPersons() {
        Random random = new Random(14);
        for (int batch = 0; batch < SYNTHETIC_PERSONS / 200; batch++) {
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < 200; i++) {
                    String name = capitalised(word(random, 2)) + " " + capitalised(word(random, 2 + random.nextInt(2)));
                    speakers.resolveOrCreate(name, SpeakerKind.PERSON, List.of());
                }
            });
        }
    }

    private static String word(Random random, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
