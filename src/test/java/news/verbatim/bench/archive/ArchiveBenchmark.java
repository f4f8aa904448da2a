package news.verbatim.bench.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import news.verbatim.PackagedService;
import news.verbatim.bench.archive.HttpLoad.LoadResult;
import news.verbatim.bench.archive.Submissions.Submission;

/**
 * The archive-scale benchmark (issue 10 item 4): generates a corpus, loads it into the packaged service through
 * {@code POST /api/v1/import}, and measures import, verify over HTTP, word search, start-up, heap and disk, then
 * checks the engine's verdicts against {@link NaiveVerifier}. Writes {@code results.json} and {@code results.md}
 * under {@code bench.dir} and prints the table; exits 1 when a verdict disagrees. Run it with
 * {@code ./mvnw -Pbench verify -Dbench.quotes=N} (see README, "Benchmarks"); every setting is in
 * {@link BenchOptions}.
 */
public final class ArchiveBenchmark {

    private static final String KEY = "bench-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    // the targets (issue 10, "Archive scale")
    private static final double TARGET_IMPORT_QUOTES_PER_SECOND = 20_000;
    private static final double TARGET_VERIFY_PER_SECOND = 1_500;
    private static final double TARGET_VERIFY_CPU_MS = 1.2;
    private static final double TARGET_SEARCH_P99_MS = 20;
    private static final double TARGET_START_SECONDS = 10;
    private static final double TARGET_HEAP_MIB = 1024;

    private final BenchOptions options;
    private final BenchDatabase database;
    private final Report report = new Report();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final long began = System.nanoTime();
    /** Seconds each phase took, in order, for results.json. */
    private final Map<String, Double> phaseSeconds = new LinkedHashMap<>();

    private String currentPhase;
    private long currentPhaseStart;

    private ArchiveBenchmark(BenchOptions options) {
        this.options = options;
        this.database = new BenchDatabase(options.db());
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.fromSystemProperties();
        boolean agreed = new ArchiveBenchmark(options).run();
        if (!agreed) {
            System.err.println("FAILED: the engine's verdicts disagree with the naive verifier (see above)");
            System.exit(1);
        }
    }

    private boolean run() throws Exception {
        Path dir = options.dir().toAbsolutePath();
        Files.createDirectories(dir);
        Path data = dir.resolve("data");
        deleteTree(data);
        database.recreate();
        report.put("startedAt", Instant.now().toString());
        report.put(
                "options",
                Map.of(
                        "quotes",
                        options.quotes(),
                        "seed",
                        options.seed(),
                        "xmx",
                        options.xmx(),
                        "connections",
                        options.connections(),
                        "requests",
                        options.requests()));
        report.put(
                "machine",
                Map.of(
                        "cores",
                        Runtime.getRuntime().availableProcessors(),
                        "loadAverage",
                        loadAverage(),
                        "java",
                        System.getProperty("java.version")));

        Path corpus = dir.resolve("corpus.ndjson");
        phase("generate " + options.quotes() + " quotes (seed " + options.seed() + ") into " + corpus);
        CorpusStats stats;
        try (Writer out = Files.newBufferedWriter(corpus)) {
            stats = new CorpusGenerator(options.seed()).write(options.quotes(), out);
        }
        report.put("corpus", stats);
        progress(stats.articles() + " articles, " + stats.quotes() + " quotes, " + stats.speakers() + " speakers, "
                + stats.outlets() + " outlets, " + stats.reprints() + " reprints, " + stats.repeats()
                + " repeated remarks");

        Map<String, String> environment = new LinkedHashMap<>(database.environment());
        environment.put("VERBATIM_API_KEYS", KEY);
        PackagedService service =
                new PackagedService("bench", data, environment, serviceJvmArgs(options), database.jar());
        service.readyTimeout(options.readyLimit());
        try {
            phase("start the packaged service on an empty data directory");
            double firstStart = timedStart(service);
            report.put("start.emptySeconds", firstStart);
            boolean agreed = measure(service, corpus, stats, data);
            report.put("agreement.ok", agreed);
            endPhase();
            report.put("phaseSeconds", phaseSeconds);
            report.put("totalSeconds", (System.nanoTime() - began) / 1e9);
            report.write(dir.resolve("results.json"), dir.resolve("results.md"));
            System.out.println();
            System.out.println(report.markdown());
            System.out.println("results: " + dir.resolve("results.json") + " and results.md");
            return agreed;
        } finally {
            service.stop();
        }
    }

    private boolean measure(PackagedService service, Path corpus, CorpusStats stats, Path data) throws Exception {
        ProcessCpu cpu = new ProcessCpu(service.pid());

        phase("import " + stats.articles() + " articles through POST /api/v1/import (limit " + options.importLimit()
                + ")");
        double cpu0 = cpu.seconds();
        long t0 = System.nanoTime();
        HttpResponse<String> imported = http.send(
                HttpRequest.newBuilder(service.uri("/api/v1/import"))
                        .timeout(options.importLimit())
                        .header("X-API-Key", KEY)
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofFile(corpus))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        double wall = (System.nanoTime() - t0) / 1e9;
        double importCpu = cpu.seconds() - cpu0;
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("import answered " + imported.statusCode() + ": " + imported.body());
        }
        JsonNode summary = JSON.readTree(imported.body());
        int quotes = summary.get("quotes").asInt();
        progress("imported " + summary.get("imported") + " articles, " + quotes + " quotes, "
                + summary.get("duplicates") + " duplicates, " + summary.get("rejectedCount") + " rejected in "
                + Report.format(wall) + " s");
        report.put("import.summary", summary);
        report.put("import.seconds", wall);
        report.put("import.quotesPerSecond", quotes / wall);
        report.put("import.cpuMsPerQuote", 1000 * importCpu / Math.max(1, quotes));
        double importHeap = ServiceProbe.heapUsedMib(service);
        double importLive = ServiceProbe.liveHeapMib(service);
        report.put("heap.afterImport", Map.of("usedMib", importHeap, "liveMib", importLive));
        report.atLeast(
                "import rate (" + quotes + " quotes, " + database.name() + ")",
                quotes / wall,
                "quotes/s",
                TARGET_IMPORT_QUOTES_PER_SECOND);
        report.info("import CPU per quote", Report.format(1000 * importCpu / Math.max(1, quotes)) + " ms");

        phase("export the corpus (GET /api/v1/export) for the naive verifier");
        Path exported = options.dir().toAbsolutePath().resolve("export.ndjson");
        HttpResponse<Path> export = http.send(
                HttpRequest.newBuilder(service.uri("/api/v1/export"))
                        .timeout(options.importLimit())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofFile(exported));
        if (export.statusCode() != 200) {
            throw new IllegalStateException("export answered " + export.statusCode());
        }
        List<String> quoteTexts = exportedQuotes(exported);
        progress(quoteTexts.size() + " quotes exported");

        phase("verdicts: " + options.sample() + " submissions, engine against the naive verifier");
        List<Submission> submissions = Submissions.draw(quoteTexts, options.sample(), options.seed());
        boolean agreed = agreement(service, new NaiveVerifier(quoteTexts), submissions);

        phase("verify over HTTP: " + options.requests() + " requests on " + options.connections() + " connections");
        List<String> bodies = new ArrayList<>();
        for (Submission s : submissions) {
            bodies.add(JSON.writeValueAsString(Map.of("quote", s.quote())));
        }
        HttpLoad load = new HttpLoad(options.connections(), options.requests(), options.loadLimit());
        java.util.function.IntFunction<HttpRequest> verify = i -> HttpLoad.request(service.uri("/api/v1/verify"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size())))
                .build();
        java.util.function.IntFunction<HttpRequest> live =
                i -> HttpLoad.request(service.uri("/q/health/live")).GET().build();
        load.run(verify, cpu); // warm-up
        LoadResult verifyRun = load.run(verify, cpu);
        load.run(live, cpu); // warm-up
        LoadResult liveRun = load.run(live, cpu);
        progress("verify " + describe(verifyRun));
        progress("live   " + describe(liveRun));
        report.put("verify.http", verifyRun);
        report.put("live.http", liveRun);
        report.put("verify.liveRatio", liveRun.perSecond() / verifyRun.perSecond());
        report.atLeast(
                "verify over HTTP, " + options.connections() + " connections",
                verifyRun.perSecond(),
                "req/s",
                TARGET_VERIFY_PER_SECOND);
        report.atMost("verify service CPU per request", verifyRun.cpuMsPerRequest(), "ms", TARGET_VERIFY_CPU_MS);
        report.info(
                "verify latency p50 / p99",
                Report.format(verifyRun.latency().p50Ms()) + " / "
                        + Report.format(verifyRun.latency().p99Ms()) + " ms");
        report.info(
                "`/q/health/live` same run (baseline)",
                Report.format(liveRun.perSecond()) + " req/s, p50 "
                        + Report.format(liveRun.latency().p50Ms()) + " ms, " + Report.format(liveRun.cpuMsPerRequest())
                        + " ms CPU; " + Report.format(liveRun.perSecond() / verifyRun.perSecond())
                        + "× the verify rate");
        if (verifyRun.errors() > 0 || liveRun.errors() > 0) {
            throw new IllegalStateException(
                    "load runs had errors: verify " + verifyRun.errors() + ", live " + liveRun.errors());
        }
        double verifyHeap = ServiceProbe.heapUsedMib(service);
        double verifyLive = ServiceProbe.liveHeapMib(service);
        report.put("heap.afterVerify", Map.of("usedMib", verifyHeap, "liveMib", verifyLive));

        phase("word search: " + options.searches() + " GET /api/v1/quotes?q= with 1-3 corpus words");
        Latencies search = wordSearch(service, quoteTexts);
        report.put("search", search);
        report.atMost(
                "word search p99 (p50 " + Report.format(search.p50Ms()) + " ms)",
                search.p99Ms(),
                "ms",
                TARGET_SEARCH_P99_MS);

        phase("start-up: clean stop and start, then kill -9 and start");
        service.stop();
        double indexMib = ServiceProbe.sizeMib(data.resolve("index"));
        double dbMib = database.sizeMib(data);
        report.put("disk", Map.of("indexMib", indexMib, "databaseMib", dbMib));
        double clean = timedStart(service);
        double startHeap = ServiceProbe.heapUsedMib(service);
        service.kill();
        double afterKill = timedStart(service);
        double killHeap = ServiceProbe.liveHeapMib(service);
        report.put("start.cleanSeconds", clean);
        report.put("start.afterKillSeconds", afterKill);
        report.put("heap.afterStart", Map.of("usedMib", startHeap, "liveAfterKillStartMib", killHeap));
        report.atMost("start-up, index current", clean, "s", TARGET_START_SECONDS);
        report.atMost("start-up after kill -9", afterKill, "s", TARGET_START_SECONDS);
        double maxHeap = Math.max(Math.max(importHeap, verifyHeap), Math.max(startHeap, killHeap));
        report.atMost(
                "heap used, highest phase reading (after GC: import " + Report.format(importLive) + ", verify "
                        + Report.format(verifyLive) + " MiB)",
                maxHeap,
                "MiB",
                TARGET_HEAP_MIB);
        report.info(
                "on disk (after a clean stop)",
                "index " + Report.format(indexMib) + " MiB, " + database.name() + " database " + Report.format(dbMib)
                        + " MiB");
        return agreed;
    }

    /** Verifies each submission once and compares the engine's verdict with the naive answer where it has one. */
    private boolean agreement(PackagedService service, NaiveVerifier naive, List<Submission> submissions)
            throws IOException, InterruptedException {
        Map<String, Integer> matrix = new TreeMap<>();
        Map<Submissions.Kind, Map<String, Integer>> byKind = new EnumMap<>(Submissions.Kind.class);
        List<String> disagreements = new ArrayList<>();
        long[] naiveNanos = new long[submissions.size()];
        Map<Submissions.Kind, List<Long>> engineNanos = new EnumMap<>(Submissions.Kind.class);
        int compared = 0;
        int declined = 0;
        for (int i = 0; i < submissions.size(); i++) {
            Submission s = submissions.get(i);
            long sent = System.nanoTime();
            HttpResponse<String> answer =
                    service.post("/api/v1/verify", JSON.writeValueAsString(Map.of("quote", s.quote())), null);
            engineNanos.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(System.nanoTime() - sent);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("verify answered " + answer.statusCode() + ": " + answer.body());
            }
            String verdict = JSON.readTree(answer.body()).get("verdict").asText();
            byKind.computeIfAbsent(s.kind(), k -> new TreeMap<>()).merge(verdict, 1, Integer::sum);
            long t0 = System.nanoTime();
            Optional<NaiveVerifier.Answer> expected = naive.check(s.quote());
            naiveNanos[i] = System.nanoTime() - t0;
            if (expected.isEmpty()) {
                declined++;
                continue;
            }
            compared++;
            matrix.merge(expected.get() + " → " + verdict, 1, Integer::sum);
            if (!expected.get().agreesWith(verdict)) {
                disagreements.add(s.kind() + " \"" + s.quote() + "\": naive " + expected.get() + ", engine " + verdict);
            }
        }
        Latencies naiveScan = Latencies.of(naiveNanos);
        Map<Submissions.Kind, Latencies> oneByOne = new EnumMap<>(Submissions.Kind.class);
        engineNanos.forEach((kind, nanos) -> oneByOne.put(
                kind, Latencies.of(nanos.stream().mapToLong(Long::longValue).toArray())));
        progress("one at a time over HTTP, by kind: " + oneByOne);
        progress("compared " + compared + ", naive declined " + declined + ", disagreements " + disagreements.size());
        progress("naive → engine: " + matrix);
        progress("engine verdicts by kind: " + byKind);
        disagreements.stream().limit(20).forEach(d -> progress("DISAGREES " + d));
        report.put(
                "agreement",
                Map.of(
                        "compared",
                        compared,
                        "declined",
                        declined,
                        "disagreements",
                        disagreements,
                        "matrix",
                        matrix,
                        "verdictsByKind",
                        byKind));
        report.put("naiveScan", naiveScan);
        report.check(
                "verdicts agree with the naive verifier",
                compared + " compared, " + disagreements.size() + " disagree (" + declined + " declined)",
                "0 disagree",
                disagreements.isEmpty());
        report.info(
                "naive scan over " + naive.size() + " quotes (baseline)",
                "p50 " + Report.format(naiveScan.p50Ms()) + " ms, p99 " + Report.format(naiveScan.p99Ms())
                        + " ms per submission");
        StringBuilder kinds = new StringBuilder();
        oneByOne.forEach((kind, l) -> kinds.append(kinds.length() == 0 ? "" : ", ")
                .append(kind.name().toLowerCase(java.util.Locale.ROOT))
                .append(' ')
                .append(Report.format(l.p50Ms())));
        report.info("verify one at a time over HTTP, p50 by kind", kinds + " ms");
        return disagreements.isEmpty();
    }

    private Latencies wordSearch(PackagedService service, List<String> quoteTexts)
            throws IOException, InterruptedException {
        Random random = new Random(options.seed());
        long[] nanos = new long[options.searches()];
        int empty = 0;
        for (int i = 0; i < nanos.length; i++) {
            String[] words = NaiveVerifier.normalise(quoteTexts.get(random.nextInt(quoteTexts.size())))
                    .split(" ");
            int n = 1 + random.nextInt(3);
            int from = random.nextInt(Math.max(1, words.length - n + 1));
            String q = String.join(" ", java.util.Arrays.asList(words).subList(from, Math.min(words.length, from + n)));
            long t0 = System.nanoTime();
            HttpResponse<String> answer =
                    service.get("/api/v1/quotes?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            nanos[i] = System.nanoTime() - t0;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("search for '" + q + "' answered " + answer.statusCode());
            }
            if (JSON.readTree(answer.body()).get("total").asLong() == 0) {
                empty++;
            }
        }
        Latencies latencies = Latencies.of(nanos);
        progress("p50 " + Report.format(latencies.p50Ms()) + " ms, p99 " + Report.format(latencies.p99Ms()) + " ms; "
                + empty + " of " + nanos.length + " searches found nothing");
        report.put("search.empty", empty);
        return latencies;
    }

    private double timedStart(PackagedService service) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        service.start();
        double seconds = (System.nanoTime() - t0) / 1e9;
        progress("ready in " + Report.format(seconds) + " s (pid " + service.pid() + ")");
        return seconds;
    }

    private static List<String> serviceJvmArgs(BenchOptions options) {
        List<String> args = new ArrayList<>();
        args.add("-Xmx" + options.xmx());
        args.addAll(options.serviceJvmArgs());
        return args;
    }

    private static List<String> exportedQuotes(Path export) throws IOException {
        List<String> texts = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(export)) {
            String line;
            while ((line = lines.readLine()) != null) {
                for (JsonNode quote : JSON.readTree(line).path("quotes")) {
                    texts.add(quote.get("text").asText());
                }
            }
        }
        return texts;
    }

    private static String describe(LoadResult r) {
        return r.requests() + " requests in " + Report.format(r.seconds()) + " s: " + Report.format(r.perSecond())
                + " req/s, p50 " + Report.format(r.latency().p50Ms()) + " ms, p99 "
                + Report.format(r.latency().p99Ms())
                + " ms, service CPU " + Report.format(r.cpuMsPerRequest()) + " ms/request, errors " + r.errors();
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void phase(String what) {
        endPhase();
        currentPhase = what;
        currentPhaseStart = System.nanoTime();
        System.out.printf("[bench %6.1f s] %s%n", (System.nanoTime() - began) / 1e9, what);
    }

    private void endPhase() {
        if (currentPhase != null) {
            phaseSeconds.put(currentPhase, (System.nanoTime() - currentPhaseStart) / 1e9);
            currentPhase = null;
        }
    }

    private void progress(String what) {
        System.out.println("               " + what);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
