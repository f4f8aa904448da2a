package news.verbatim.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * Latency of one word search in the quote index ({@link QuoteIndex#searchWords}: every word, newest first, a page
 * of 20 and the exact total), in process, against the baseline of one Lucene {@link TermQuery} count on the word
 * field measured in the same loop. Not a test: a main.
 *
 * <p>Corpus: N synthetic quotes of 8–40 words drawn by a Zipf law from 30,000 words, six to an article, 100
 * articles a day, 3,700 speakers and 250 outlets; written in batches of 5,000 as the change follower writes them
 * (several segments, not merged). Searches: 1–3 consecutive words of a random stored quote, one in four with a
 * speaker filter and one in four with a date range.
 *
 * <p>Run: {@code ./mvnw -B -o -q test-compile && ./mvnw -B -o -q dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test && java -Xmx1g -cp
 * "target/classes:target/test-classes:$(cat target/cp.txt)" news.verbatim.index.WordSearchBenchmark [N]
 * [searches per run]} (defaults: N = 100,000, 2,000 searches). Prints p50/p99 of wall and CPU time per run, by
 * kind of filter, and the median of 5 runs.
 */
public final class WordSearchBenchmark {

    private static final int RUNS = 5;
    private static final int VOCABULARY = 30_000;
    private static final int QUOTES_PER_ARTICLE = 6;
    private static final int ARTICLES_PER_DAY = 100;
    private static final int SPEAKERS = 3_700;
    private static final int OUTLETS = 250;
    private static final int BATCH = 5_000;
    private static final int PAGE = 20;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    /** CPU time of this thread: on a shared machine, wall time's tail is mostly other processes. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private WordSearchBenchmark() {}

    public static void main(String[] args) throws IOException {
        int quotes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int searches = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Random random = new Random(11);
        double[] zipf = zipfCumulative(VOCABULARY);
        Path dir = Files.createTempDirectory("word-search-bench");
        List<String[]> texts = new ArrayList<>(quotes);
        long started = System.nanoTime();
        try (QuoteIndex index = QuoteIndex.open(dir)) {
            List<IndexedQuote> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < quotes; i++) {
                String[] words = new String[8 + random.nextInt(33)];
                for (int w = 0; w < words.length; w++) {
                    words[w] = word(zipfRank(random, zipf));
                }
                texts.add(words);
                long article = i / QUOTES_PER_ARTICLE;
                batch.add(new IndexedQuote(
                        i + 1L,
                        String.join(" ", words),
                        new QuoteFacets(
                                article,
                                FIRST_DAY.plusDays(article / ARTICLES_PER_DAY),
                                (int) (i % QUOTES_PER_ARTICLE) * 200,
                                zipfRank(random, zipf) % SPEAKERS,
                                article % OUTLETS)));
                if (batch.size() == BATCH) {
                    index.apply(batch, List.of());
                    batch.clear();
                }
            }
            index.apply(batch, List.of());
            System.out.printf(
                    Locale.ROOT, "indexed %,d quotes in %.1f s%n", quotes, (System.nanoTime() - started) / 1e9);
            LocalDate lastDay = FIRST_DAY.plusDays(quotes / QUOTES_PER_ARTICLE / ARTICLES_PER_DAY);
            double[] p50 = new double[RUNS];
            double[] p99 = new double[RUNS];
            double[] base50 = new double[RUNS];
            double[] cpu50 = new double[RUNS];
            double[] cpu99 = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                long[] took = new long[searches];
                long[] baseline = new long[searches];
                long[] cpu = new long[searches];
                long[][] byKind = new long[3][searches];
                int[] ofKind = new int[3];
                long totals = 0;
                for (int s = 0; s < searches; s++) {
                    String[] quote = texts.get(random.nextInt(texts.size()));
                    int length = 1 + random.nextInt(3);
                    int from = random.nextInt(Math.max(1, quote.length - length));
                    String words =
                            String.join(" ", Arrays.copyOfRange(quote, from, Math.min(quote.length, from + length)));
                    int kind = random.nextInt(4);
                    Set<Long> speakers = kind == 1 ? Set.of((long) zipfRank(random, zipf) % SPEAKERS) : null;
                    LocalDate since = kind == 2 ? lastDay.minusDays(30) : null;
                    WordQuery query = new WordQuery(words, speakers, null, since, null, null);
                    long c0 = CPU.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    totals += index.searchWords(query, 0, PAGE).total();
                    long t1 = System.nanoTime();
                    cpu[s] = CPU.getCurrentThreadCpuTime() - c0;
                    totals += index.withSearcher(searcher ->
                            searcher.count(new TermQuery(new Term(QuoteDocuments.FIELD_WORDS, quote[from]))));
                    long t2 = System.nanoTime();
                    took[s] = t1 - t0;
                    int k = kind == 3 ? 0 : kind;
                    byKind[k][ofKind[k]++] = t1 - t0;
                    baseline[s] = t2 - t1;
                }
                Arrays.sort(took);
                Arrays.sort(baseline);
                Arrays.sort(cpu);
                cpu50[run] = cpu[searches / 2] / 1e6;
                cpu99[run] = cpu[(int) Math.ceil(searches * 0.99) - 1] / 1e6;
                p50[run] = took[searches / 2] / 1e6;
                p99[run] = took[(int) Math.ceil(searches * 0.99) - 1] / 1e6;
                base50[run] = baseline[searches / 2] / 1e6;
                String[] names = {"no filter", "a speaker", "the last 30 days"};
                StringBuilder kinds = new StringBuilder();
                for (int k = 0; k < 3; k++) {
                    long[] of = Arrays.copyOf(byKind[k], ofKind[k]);
                    Arrays.sort(of);
                    kinds.append(String.format(
                            Locale.ROOT,
                            "; %s p50 %.3f p99 %.3f",
                            names[k],
                            of[of.length / 2] / 1e6,
                            of[(int) Math.ceil(of.length * 0.99) - 1] / 1e6));
                }
                System.out.printf(
                        Locale.ROOT,
                        "run %d: word search p50 %.3f ms, p99 %.3f ms (CPU p50 %.3f, p99 %.3f ms); one term query count"
                                + " p50 %.3f ms (%d hits)%s%n",
                        run + 1,
                        p50[run],
                        p99[run],
                        cpu50[run],
                        cpu99[run],
                        base50[run],
                        totals,
                        kinds);
            }
            System.out.printf(
                    Locale.ROOT,
                    "median of %d runs at %,d quotes: p50 %.3f ms, p99 %.3f ms, CPU p50 %.3f ms, CPU p99 %.3f ms;"
                            + " baseline p50 %.3f ms (%.1f× at p50)%n",
                    RUNS,
                    quotes,
                    median(p50),
                    median(p99),
                    median(cpu50),
                    median(cpu99),
                    median(base50),
                    median(p50) / median(base50));
        } finally {
            IndexFiles.deleteTree(dir);
        }
    }

    private static String word(int rank) {
        return "w" + Integer.toString(rank, 36);
    }

    private static double[] zipfCumulative(int size) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < size; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static int zipfRank(Random random, double[] cumulative) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return at >= 0 ? at : Math.min(cumulative.length - 1, -at - 1);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
