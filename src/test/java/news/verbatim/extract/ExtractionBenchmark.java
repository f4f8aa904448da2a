package news.verbatim.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Throughput benchmark for {@link QuoteExtractor} on one thread (not a test: run its {@code main}).
 *
 * <p>Builds ~800-word articles by concatenating paragraphs of the labelled articles (fixtures and extraction
 * corpus) in seeded random orders, warms up, then measures articles per second over {@code seconds} (default
 * 2) per run, five runs, and prints the median. In the same JVM it measures the baseline of
 * {@link TextCleaner#clean} plus a regex scan for quotation marks, and prints the ratio: how many times more
 * expensive full extraction is than merely cleaning and finding the marks. Rates are given per second of
 * wall-clock time and per second of the benchmark thread's CPU time: on a shared machine the wall clock also
 * counts time other processes held the core, so the per-CPU-second rate is the "one core" figure.
 *
 * <pre>
 * ./mvnw -B -q test-compile
 * java -cp target/classes:target/test-classes:$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     news.verbatim.extract.ExtractionBenchmark [seconds-per-run]
 * </pre>
 * Run from the project root so the article folders are found.
 */
public final class ExtractionBenchmark {

    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"\u201C\u201D\u2018\u2019'\u00AB\u00BB]");
    private static final int TARGET_WORDS = 800;
    private static final int RUNS = 5;

    private ExtractionBenchmark() {}

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
        List<String> articles = buildArticles(40);
        double words =
                articles.stream().mapToInt(ExtractionBenchmark::words).average().orElse(0);
        System.out.printf(
                Locale.ROOT,
                "%d synthetic articles, %.0f words on average, %.1f s per run, %d runs, 1 thread%n",
                articles.size(),
                words,
                seconds,
                RUNS);

        QuoteExtractor extractor = new QuoteExtractor();
        TextCleaner cleaner = new TextCleaner();
        Task extract = a -> extractor.extract(a).quotes().size();
        Task baseline = a -> {
            String clean = cleaner.clean(a);
            Matcher m = QUOTE_MARKS.matcher(clean);
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        };

        measure(extract, articles, Math.max(3.0, 3 * seconds)); // warm-up: let the JIT compile the hot paths
        measure(baseline, articles, Math.max(1.0, seconds / 2));
        double[] exWall = new double[RUNS];
        double[] exCpu = new double[RUNS];
        double[] baseWall = new double[RUNS];
        double[] baseCpu = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            Rate e = measure(extract, articles, seconds);
            Rate b = measure(baseline, articles, seconds);
            exWall[r] = e.wall();
            exCpu[r] = e.cpu();
            baseWall[r] = b.wall();
            baseCpu[r] = b.cpu();
            System.out.printf(
                    Locale.ROOT,
                    "run %d: extract %.0f articles/s wall, %.0f per CPU-second;"
                            + " baseline %.0f wall, %.0f per CPU-second%n",
                    r + 1,
                    e.wall(),
                    e.cpu(),
                    b.wall(),
                    b.cpu());
        }
        double ex = median(exCpu);
        double base = median(baseCpu);
        System.out.printf(
                Locale.ROOT,
                "median wall clock: extract %.0f articles/s, baseline clean+scan %.0f articles/s"
                        + " (shared machine: wall clock includes time other processes held the core; load average %.1f)%n",
                median(exWall),
                median(baseWall),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(
                Locale.ROOT,
                "median per CPU-second (one core): extract %.0f articles/s (%.2f ms/article),"
                        + " baseline clean+scan %.0f articles/s; extraction costs %.1fx the baseline;"
                        + " target >= 200 articles/s on one core: %s%n",
                ex,
                1000.0 / ex,
                base,
                base / ex,
                ex >= 200 ? "met" : "NOT met");
    }

    /** A unit of work per article; returns something so the JIT cannot drop the work. */
    private interface Task {
        int run(String article);
    }

    private static volatile int sink;

    /** Articles per second of wall-clock time and per second of this thread's CPU time. */
    private record Rate(double wall, double cpu) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static Rate measure(Task task, List<String> articles, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        int done = 0;
        int acc = 0;
        while (System.nanoTime() < deadline) {
            acc += task.run(articles.get(done % articles.size()));
            done++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        sink = acc;
        return new Rate(done / elapsed, done / cpu);
    }

    private static double median(double[] xs) {
        double[] c = xs.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** {@code count} articles of about 800 words, each a seeded shuffle of paragraphs from the labelled corpus. */
    static List<String> buildArticles(int count) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (Path dir : List.of(ExtractionCorpusTest.FIXTURE_ARTICLES, ExtractionCorpusTest.CORPUS_ARTICLES)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt"))
                        .sorted()
                        .toList()) {
                    for (String p : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
                        if (words(p) >= 8) {
                            paragraphs.add(p);
                        }
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            List<String> order = new ArrayList<>(paragraphs);
            Collections.shuffle(order, random);
            StringBuilder sb = new StringBuilder();
            int w = 0;
            for (String p : order) {
                if (w >= TARGET_WORDS) {
                    break;
                }
                sb.append(p).append("\n\n");
                w += words(p);
            }
            out.add(sb.toString());
        }
        return out;
    }
}
