package news.verbatim.bench.archive;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The harness's settings, read from system properties ({@code -Dbench.quotes=…}); each states its default. */
record BenchOptions(
        // bench.quotes: quotations to generate and import (5,000).
        int quotes,
        // bench.seed: the generator's and the submissions' seed (7).
        long seed,
        // bench.dir: where the corpus, the data directory, logs and results go (target/bench).
        Path dir,
        // bench.xmx: the service's maximum heap (1g, the ceiling).
        String xmx,
        // bench.connections: connections of the HTTP load (8).
        int connections,
        // bench.requests: requests per measured load run (3,000), after as many warm-up requests.
        int requests,
        // bench.load-seconds: time limit of one load run (60 s).
        Duration loadLimit,
        // bench.sample: submissions verified one by one and compared with the naive verifier (400).
        int sample,
        // bench.searches: word searches timed (300).
        int searches,
        // bench.import-seconds: time limit of the import (0, the default: 600 s, or 100 ms per quote if longer).
        Duration importLimit,
        // bench.ready-seconds: time limit of each start (300 s).
        Duration readyLimit,
        // bench.db: h2 (the default) or pg, a fresh PostgreSQL database on 127.0.0.1:5432.
        String db,
        // bench.service-jvm-args: more options of the service's JVM, split at spaces (none), e.g. a flight recording.
        List<String> serviceJvmArgs) {

    static BenchOptions fromSystemProperties() {
        int quotes = Integer.getInteger("bench.quotes", 5_000);
        return new BenchOptions(
                quotes,
                Long.getLong("bench.seed", 7),
                Path.of(System.getProperty("bench.dir", "target/bench")),
                System.getProperty("bench.xmx", "1g"),
                Integer.getInteger("bench.connections", 8),
                Integer.getInteger("bench.requests", 3_000),
                Duration.ofSeconds(Long.getLong("bench.load-seconds", 60)),
                Integer.getInteger("bench.sample", 400),
                Integer.getInteger("bench.searches", 300),
                importLimit(quotes, Long.getLong("bench.import-seconds", 0)),
                Duration.ofSeconds(Long.getLong("bench.ready-seconds", 300)),
                System.getProperty("bench.db", "h2"),
                words(System.getProperty("bench.service-jvm-args", "")));
    }

    private static List<String> words(String value) {
        return value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }

    private static Duration importLimit(int quotes, long seconds) {
        return Duration.ofSeconds(seconds > 0 ? seconds : Math.max(600, quotes / 10));
    }
}
