package news.verbatim.bench.archive;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A bounded closed-loop load on loopback: a fixed number of connections, each sending its next request when the
 * last one is answered, until a fixed number of requests is sent or a time limit passes. Measures requests per
 * second, latency percentiles and the service's CPU time per request over the run.
 *
 * <pre>{@code
 * HttpLoad load = new HttpLoad(8, 3000, Duration.ofSeconds(60));
 * LoadResult r = load.run(i -> HttpRequest.newBuilder(uri).GET().build(), serviceCpu);
 * }</pre>
 */
final class HttpLoad {

    record LoadResult(
            int requests, int errors, double seconds, double perSecond, Latencies latency, double cpuMsPerRequest) {}

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final int connections;
    private final int requests;
    private final Duration limit;

    HttpLoad(int connections, int requests, Duration limit) {
        if (connections < 1 || requests < connections) {
            throw new IllegalArgumentException(
                    "need at least one connection and as many requests; got " + connections + " and " + requests);
        }
        this.connections = connections;
        this.requests = requests;
        this.limit = limit;
    }

    LoadResult run(IntFunction<HttpRequest> request, ProcessCpu cpu) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] nanos = new long[requests];
        long deadline = System.nanoTime() + limit.toNanos();
        double cpuBefore = cpu.seconds();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    HttpRequest r = request.apply(i);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> answer = client.send(r, HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    nanos[i] = System.nanoTime() - t0;
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(limit.plus(REQUEST_TIMEOUT).toSeconds(), TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("load did not finish within " + limit.plus(REQUEST_TIMEOUT));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = cpu.seconds() - cpuBefore;
        int sent = Math.min(next.get(), requests);
        long[] done = new long[sent];
        int n = 0;
        for (int i = 0; i < sent; i++) {
            if (nanos[i] > 0) {
                done[n++] = nanos[i];
            }
        }
        long[] measured = java.util.Arrays.copyOf(done, n);
        return new LoadResult(
                n, errors.get(), seconds, n / seconds, Latencies.of(measured), 1000 * cpuSeconds / Math.max(1, n));
    }

    static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
    }
}
