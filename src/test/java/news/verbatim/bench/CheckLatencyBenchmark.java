package news.verbatim.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
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

    @TestHTTPResource("/api/v1/check")
    URI checkUri;

    @TestHTTPResource("/api/v1/verify")
    URI verifyUri;

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
        LatencyRuns.report("check, wall", pageWall);
        LatencyRuns.report("check, CPU", pageCpu);
        LatencyRuns.report("baseline: one verify, wall", oneWall);
        LatencyRuns.report("baseline: one verify, CPU", oneCpu);
        System.out.printf(
                "ratio check/verify at p50: wall %.2f, CPU %.2f%n",
                LatencyRuns.median(pageWall, 50) / LatencyRuns.median(oneWall, 50),
                LatencyRuns.median(pageCpu, 50) / LatencyRuns.median(oneCpu, 50));
        overHttp(text);
    }

    /**
     * The same two requests through HTTP and JSON, one at a time: wall time per request, and the process's CPU
     * time per request (client included: it runs in this JVM, so this overstates the service's share).
     */
    private void overHttp(String text) {
        ObjectMapper json = new ObjectMapper();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest page = post(json, checkUri, Map.of("text", text, "outlet", "Example Daily"));
        HttpRequest one = post(
                json,
                verifyUri,
                Map.of("quote", "Israel has no interest in a war of attrition", "speaker", "Gideon Sa'ar"));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][] pageWall = new double[RUNS][REQUESTS_PER_RUN];
        double[][] oneWall = new double[RUNS][REQUESTS_PER_RUN];
        double[] pageCpu = new double[RUNS];
        double[] oneCpu = new double[RUNS];
        for (int i = 0; i < WARM_UP; i++) {
            send(client, page);
            send(client, one);
        }
        for (int run = 0; run < RUNS; run++) {
            long cpu = os.getProcessCpuTime();
            for (int i = 0; i < REQUESTS_PER_RUN; i++) {
                long t0 = System.nanoTime();
                send(client, page);
                pageWall[run][i] = (System.nanoTime() - t0) / 1e6;
            }
            pageCpu[run] = (os.getProcessCpuTime() - cpu) / 1e6 / REQUESTS_PER_RUN;
            cpu = os.getProcessCpuTime();
            for (int i = 0; i < REQUESTS_PER_RUN; i++) {
                long t0 = System.nanoTime();
                send(client, one);
                oneWall[run][i] = (System.nanoTime() - t0) / 1e6;
            }
            oneCpu[run] = (os.getProcessCpuTime() - cpu) / 1e6 / REQUESTS_PER_RUN;
        }
        LatencyRuns.report("HTTP POST /check, wall", pageWall);
        LatencyRuns.report("HTTP POST /verify, wall", oneWall);
        double pageCpuMedian = Arrays.stream(pageCpu).sorted().toArray()[RUNS / 2];
        double oneCpuMedian = Arrays.stream(oneCpu).sorted().toArray()[RUNS / 2];
        System.out.printf(
                "HTTP process CPU per request: /check %.3f ms, /verify %.3f ms, ratio %.2f; wall ratio at p50 %.2f%n",
                pageCpuMedian,
                oneCpuMedian,
                pageCpuMedian / oneCpuMedian,
                LatencyRuns.median(pageWall, 50) / LatencyRuns.median(oneWall, 50));
    }

    private static HttpRequest post(ObjectMapper json, URI uri, Map<String, String> body) {
        try {
            return HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
