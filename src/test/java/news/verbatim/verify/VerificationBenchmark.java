package news.verbatim.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import news.verbatim.extract.QuoteForm;
import news.verbatim.index.Candidate;
import news.verbatim.index.IndexedQuote;
import news.verbatim.index.QuoteIndex;
import news.verbatim.text.TextNormalizer;
import news.verbatim.text.Token;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Latency of one verification as the service runs it — {@code QuoteIndex.candidates} (limit 10) plus
 * {@code Verifier.verify} over those candidates — on a mixed workload, against a baseline measured in the
 * same run and the same loop: normalise the submission and run one Lucene {@code TermQuery} (its longest
 * word) on a plain word index of the same quotes. Not a test: a main.
 *
 * <p>Corpus: the seed quotes of {@code fixtures/expected} plus the quoted passages a regex finds in
 * {@code fixtures/articles} (the seed texts), plus N synthetic quotes of 8–40 words drawn from the seed
 * articles' vocabulary with its word frequencies (so common words stay common). Workload, fixed by a seed:
 * exact quotes, excerpts (contiguous and with an ellipsis), altered quotes (a word dropped, changed or
 * added), short scare quotes and fabricated sentences, drawn from seed and synthetic quotes alike.
 *
 * <p>Run: {@code ./mvnw -B -o -q test-compile && ./mvnw -B -o -q dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test && java -cp
 * "target/classes:target/test-classes:$(cat target/cp.txt)" news.verbatim.verify.VerificationBenchmark [N]
 * [seconds per run]} (defaults: N = 0, 3 s). Prints p50/p90/p99 per run and the median of 5 runs.
 *
 * <p>Longer than the usual limit on purpose: one test class per unit (here the verification benchmark: corpus building, workloads and the report in one place), and its cases are many short
 * scenarios over the same fixtures; split by sub-feature it would repeat the same set-up in each file.
 */
public final class VerificationBenchmark {

    private static final int RUNS = 5;
    private static final int CANDIDATES = 10;
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private enum Kind {
        EXACT,
        EXCERPT,
        ELLIPSIS,
        ALTERED,
        SCARE,
        FABRICATED
    }

    private record Query(Kind kind, String text) {}

    private VerificationBenchmark() {}

    public static void main(String[] args) throws IOException {
        int synthetic = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3.0;
        Path fixtures = SeedQuotes.fixtures();
        Random random = new Random(42);

        List<AttestedQuote> seeds = SeedQuotes.load(fixtures);
        List<AttestedQuote> corpus = new ArrayList<>(seeds);
        corpus.addAll(SeedQuotes.extractFromArticles(fixtures, seeds, 10_000));
        int real = corpus.size();
        List<String> vocabulary = vocabulary(fixtures);
        for (int i = 0; i < synthetic; i++) {
            long id = 1_000_000L + i;
            corpus.add(new AttestedQuote(
                    id,
                    sentence(vocabulary, 8 + random.nextInt(33), random),
                    500 + i % 300,
                    "Synthetic Speaker " + (i % 300),
                    id,
                    QuoteForm.FULL));
        }
        Map<Long, AttestedQuote> byId = new HashMap<>(corpus.size() * 2);
        corpus.forEach(q -> byId.put(q.quoteId(), q));

        long t0 = System.nanoTime();
        QuoteIndex index = new QuoteIndex(new ByteBuffersDirectory());
        index.replaceAll(corpus.stream()
                .map(q -> new IndexedQuote(q.quoteId(), q.text()))
                .toList());
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        Baseline baseline = new Baseline(corpus);

        List<Query> queries = workload(seeds, corpus, vocabulary, random);
        Verifier verifier = new Verifier();
        System.out.printf(
                Locale.ROOT,
                "corpus: %d quotes (%d from the seed articles, %d synthetic), indexed in %.2f s%n",
                corpus.size(),
                real,
                synthetic,
                indexSeconds);
        System.out.printf(
                Locale.ROOT,
                "workload: %d queries %s, %d candidates each, %d runs of %.1f s after a warm-up%n",
                queries.size(),
                mix(queries),
                CANDIDATES,
                RUNS,
                seconds);
        System.out.println(verdicts(queries, index, byId, verifier));

        run(queries, index, byId, verifier, baseline, Math.max(1.0, seconds / 2)); // warm-up: JIT, caches
        double[][] engine = new double[RUNS][];
        double[][] base = new double[RUNS][];
        double[][] cpu = new double[RUNS][];
        for (int r = 0; r < RUNS; r++) {
            double[][] result = run(queries, index, byId, verifier, baseline, seconds);
            engine[r] = result[0];
            base[r] = result[1];
            cpu[r] = result[2];
            System.out.printf(
                    Locale.ROOT,
                    "run %d: engine p50 %s p90 %s p99 %s | baseline p50 %s p90 %s p99 %s | %d queries%n",
                    r + 1,
                    ms(engine[r][0]),
                    ms(engine[r][1]),
                    ms(engine[r][2]),
                    ms(base[r][0]),
                    ms(base[r][1]),
                    ms(base[r][2]),
                    (long) engine[r][3]);
        }
        double[] e = medianOfRuns(engine);
        double[] b = medianOfRuns(base);
        double[] c = medianOfRuns(cpu);
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores, load average %.1f at the end%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        System.out.printf(
                Locale.ROOT,
                "median of %d runs: engine (candidates + verify) p50 %s  p90 %s  p99 %s%n",
                RUNS,
                ms(e[0]),
                ms(e[1]),
                ms(e[2]));
        System.out.printf(
                Locale.ROOT,
                "median of %d runs: engine CPU time per query  p50 %s  p90 %s  p99 %s "
                        + "(what the work costs when the machine is shared)%n",
                RUNS,
                ms(c[0]),
                ms(c[1]),
                ms(c[2]));
        System.out.printf(
                Locale.ROOT,
                "median of %d runs: baseline (normalise + 1 TermQuery) p50 %s  p90 %s  p99 %s%n",
                RUNS,
                ms(b[0]),
                ms(b[1]),
                ms(b[2]));
        System.out.printf(
                Locale.ROOT,
                "ratio engine/baseline: p50 %.1fx  p90 %.1fx  p99 %.1fx%n",
                e[0] / b[0],
                e[1] / b[1],
                e[2] / b[2]);
        System.out.printf(
                Locale.ROOT,
                "target p99 < 5 ms: %s by wall clock, %s by CPU time%n",
                e[2] < 5e6 ? "met" : "NOT met",
                c[2] < 5e6 ? "met" : "NOT met");
        index.close();
        baseline.close();
    }

    /**
     * One timed run: {p50, p90, p99, count} in nanoseconds for the engine (wall clock), the baseline (wall
     * clock) and the engine (thread CPU time).
     */
    private static double[][] run(
            List<Query> queries,
            QuoteIndex index,
            Map<Long, AttestedQuote> byId,
            Verifier verifier,
            Baseline baseline,
            double seconds)
            throws IOException {
        long[] engine = new long[1 << 16];
        long[] base = new long[1 << 16];
        long[] engineCpu = new long[1 << 16];
        int n = 0;
        long sink = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int i = 0;
        while (System.nanoTime() < end) {
            Query q = queries.get(i++ % queries.size());
            long cpu = CPU.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            Verification v = verifyOne(q.text(), index, byId, verifier);
            long b = System.nanoTime();
            long cpuUsed = CPU.getCurrentThreadCpuTime() - cpu;
            sink += baseline.search(q.text());
            long c = System.nanoTime();
            sink += v.verdict().ordinal();
            if (n == engine.length) {
                engine = Arrays.copyOf(engine, n * 2);
                base = Arrays.copyOf(base, n * 2);
                engineCpu = Arrays.copyOf(engineCpu, n * 2);
            }
            engine[n] = b - a;
            engineCpu[n] = cpuUsed;
            base[n] = c - b;
            n++;
        }
        if (sink == 42) {
            System.out.print(""); // keep the work observable
        }
        return new double[][] {
            percentiles(Arrays.copyOf(engine, n)),
            percentiles(Arrays.copyOf(base, n)),
            percentiles(Arrays.copyOf(engineCpu, n))
        };
    }

    private static Verification verifyOne(
            String text, QuoteIndex index, Map<Long, AttestedQuote> byId, Verifier verifier) throws IOException {
        SubmittedQuote q = SubmittedQuote.parse(text);
        List<Candidate> found = index.candidates(q.parts(), CANDIDATES);
        List<AttestedQuote> candidates = new ArrayList<>(found.size());
        for (Candidate c : found) {
            candidates.add(byId.get(c.quoteId()));
        }
        return verifier.verify(q, candidates);
    }

    private static double[] percentiles(long[] ns) {
        Arrays.sort(ns);
        return new double[] {pct(ns, 0.50), pct(ns, 0.90), pct(ns, 0.99), ns.length};
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double[] medianOfRuns(double[][] runs) {
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            double[] v = new double[runs.length];
            for (int r = 0; r < runs.length; r++) {
                v[r] = runs[r][k];
            }
            Arrays.sort(v);
            out[k] = v[v.length / 2];
        }
        return out;
    }

    private static String ms(double ns) {
        return String.format(Locale.ROOT, "%.3f ms", ns / 1e6);
    }

    /** The mixed workload: about a sixth of each kind, from seed quotes and (if any) synthetic ones. */
    private static List<Query> workload(
            List<AttestedQuote> seeds, List<AttestedQuote> corpus, List<String> vocabulary, Random random) {
        List<Query> out = new ArrayList<>();
        List<AttestedQuote> longOnes =
                corpus.stream().filter(q -> words(q.text()).size() >= 8).toList();
        List<AttestedQuote> scare =
                seeds.stream().filter(q -> words(q.text()).size() <= 3).toList();
        for (int i = 0; i < 100; i++) {
            AttestedQuote q = i % 2 == 0
                    ? seeds.get(random.nextInt(seeds.size()))
                    : longOnes.get(random.nextInt(longOnes.size()));
            List<String> w = words(q.text());
            out.add(new Query(Kind.EXACT, "“" + q.text() + "”"));
            AttestedQuote l = longOnes.get(random.nextInt(longOnes.size()));
            List<String> lw = words(l.text());
            int from = random.nextInt(lw.size() / 2);
            int to = Math.min(lw.size(), from + 4 + random.nextInt(lw.size() - from - 3));
            out.add(new Query(Kind.EXCERPT, String.join(" ", lw.subList(from, to))));
            int cut = lw.size() / 2;
            out.add(new Query(
                    Kind.ELLIPSIS,
                    String.join(" ", lw.subList(0, Math.min(4, cut))) + " … "
                            + String.join(" ", lw.subList(cut, lw.size()))));
            List<String> altered = new ArrayList<>(w.size() >= 4 ? w : lw);
            int at = random.nextInt(altered.size());
            switch (random.nextInt(3)) {
                case 0 -> altered.remove(at);
                case 1 -> altered.set(at, vocabulary.get(random.nextInt(vocabulary.size())));
                default -> altered.add(at, "not");
            }
            out.add(new Query(Kind.ALTERED, String.join(" ", altered) + ", he said."));
            out.add(new Query(
                    Kind.SCARE, scare.get(random.nextInt(scare.size())).text()));
            out.add(new Query(Kind.FABRICATED, sentence(vocabulary, 6 + random.nextInt(25), random)));
        }
        return out;
    }

    private static String mix(List<Query> queries) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        queries.forEach(q -> counts.merge(q.kind(), 1, Integer::sum));
        return counts.toString().toLowerCase(Locale.ROOT);
    }

    /** What the engine answers per kind of query: a sanity check that the timed work is the real work. */
    private static String verdicts(
            List<Query> queries, QuoteIndex index, Map<Long, AttestedQuote> byId, Verifier verifier)
            throws IOException {
        Map<Kind, Map<Verdict, Integer>> table = new EnumMap<>(Kind.class);
        for (Query q : queries) {
            Verdict v = verifyOne(q.text(), index, byId, verifier).verdict();
            table.computeIfAbsent(q.kind(), k -> new EnumMap<>(Verdict.class)).merge(v, 1, Integer::sum);
        }
        StringBuilder b = new StringBuilder("verdicts by query kind:");
        table.forEach((k, m) -> b.append("\n  ")
                .append(k.name().toLowerCase(Locale.ROOT))
                .append(": ")
                .append(m));
        return b.toString();
    }

    private static List<String> words(String text) {
        return TextNormalizer.tokenize(text).stream().map(Token::surface).toList();
    }

    private static String sentence(List<String> vocabulary, int length, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return b.toString();
    }

    /** Every word of the seed articles, once per occurrence: sampling from it keeps natural frequencies. */
    private static List<String> vocabulary(Path fixtures) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(fixtures.resolve("articles"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (Token t : TextNormalizer.tokenize(Files.readString(f))) {
                    out.add(t.norm());
                }
            }
        }
        return out;
    }

    /** Normalise + one TermQuery on a plain word index: the floor any Lucene lookup pays. */
    private static final class Baseline implements AutoCloseable {
        private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
        private final DirectoryReader reader;
        private final IndexSearcher searcher;

        Baseline(List<AttestedQuote> corpus) throws IOException {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (AttestedQuote q : corpus) {
                    Document d = new Document();
                    d.add(new TextField("w", TextNormalizer.normalize(q.text()), Field.Store.NO));
                    w.addDocument(d);
                }
            }
            reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
        }

        long search(String text) throws IOException {
            String longest = "";
            for (String w : TextNormalizer.normalize(text).split(" ")) {
                if (w.length() > longest.length()) {
                    longest = w;
                }
            }
            return searcher.search(new TermQuery(new Term("w", longest)), CANDIDATES).scoreDocs.length;
        }

        @Override
        public void close() throws IOException {
            reader.close();
            dir.close();
        }
    }
}
