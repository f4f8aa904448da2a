package news.verbatim.bench;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import news.verbatim.check.CheckRequest;
import news.verbatim.check.CheckResponse;
import news.verbatim.check.CheckService;
import news.verbatim.verify.VerifyRequest;
import news.verbatim.verify.VerifyService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * In-process latency of a whole page check ({@code POST /api/v1/check} without HTTP): extraction, the stored-copy
 * look-up and one verification per quote, on an ~800-word article with 10 quotations at the fixture corpus. A
 * benchmark, not a test: it asserts nothing about time and is excluded from the normal run. Run it with
 * {@code ./mvnw test -Dpg.skip -Dsurefire.excludedGroups=none -Dgroups=benchmark -Dtest=CheckLatencyBenchmark}.
 *
 * <p>Baseline, measured in the same run: one verification of one of the article's quotes (what
 * {@code POST /api/v1/verify} does), so the ratio reads as "a page costs N verifications". Wall and CPU time are
 * both reported: the work runs on the calling thread, so its CPU time is the request's.
 */
@QuarkusTest
@Tag("benchmark")
class CheckLatencyBenchmark {

    private static final int RUNS = 5;
    private static final int REQUESTS_PER_RUN = 60;
    private static final int WARM_UP = 100;

    @Inject
    CheckService check;

    @Inject
    VerifyService verify;

    @Test
    void measure() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/check/bench-article.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CheckRequest page = new CheckRequest(text, "Example Daily", LocalDate.of(2024, 8, 8), null, null);
        CheckResponse first = check.check(page);
        VerifyRequest one = new VerifyRequest(
                "Israel has no interest in a war of attrition",
                "Gideon Sa'ar",
                "Example Daily",
                LocalDate.of(2024, 8, 8));
        for (int i = 0; i < WARM_UP; i++) { // JIT, caches, connection pool
            check.check(page);
            verify.verify(one);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[][] pageWall = new double[RUNS][];
        double[][] pageCpu = new double[RUNS][];
        double[][] oneWall = new double[RUNS][];
        double[][] oneCpu = new double[RUNS][];
        for (int run = 0; run < RUNS; run++) {
            pageWall[run] = new double[REQUESTS_PER_RUN];
            pageCpu[run] = new double[REQUESTS_PER_RUN];
            oneWall[run] = new double[REQUESTS_PER_RUN];
            oneCpu[run] = new double[REQUESTS_PER_RUN];
            for (int i = 0; i < REQUESTS_PER_RUN; i++) { // interleaved: both see the same machine load
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                check.check(page);
                pageWall[run][i] = (System.nanoTime() - t0) / 1e6;
                pageCpu[run][i] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
                c0 = cpu.getCurrentThreadCpuTime();
                t0 = System.nanoTime();
                verify.verify(one);
                oneWall[run][i] = (System.nanoTime() - t0) / 1e6;
                oneCpu[run][i] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        System.out.printf(
                "page check: %d words, %d quotations found, %d checked, verdicts %s; %d requests x %d runs"
                        + " (median of runs)%n",
                text.split("\\s+").length,
                first.summary().quotesFound(),
                first.summary().quotesChecked(),
                first.summary().byVerdict(),
                REQUESTS_PER_RUN,
                RUNS);
        report("check, wall", pageWall);
        report("check, CPU", pageCpu);
        report("baseline: one verify, wall", oneWall);
        report("baseline: one verify, CPU", oneCpu);
        System.out.printf(
                "ratio check/verify at p50: wall %.2f, CPU %.2f%n",
                median(pageWall, 50) / median(oneWall, 50), median(pageCpu, 50) / median(oneCpu, 50));
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double median(double[][] runs, int p) {
        double[] values =
                Arrays.stream(runs).mapToDouble(r -> percentile(r, p)).sorted().toArray();
        return values[values.length / 2];
    }

    private static void report(String name, double[][] runs) {
        System.out.printf(
                "%-28s p50 %.3f ms   p90 %.3f ms   p99 %.3f ms%n",
                name, median(runs, 50), median(runs, 90), median(runs, 99));
    }
}
