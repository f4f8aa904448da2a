package news.verbatim.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Figures of repeated latency runs, shared by the benchmarks: a percentile of each run, then the median over the
 * runs, so one noisy run on a shared machine does not set the figure.
 *
 * <pre>{@code
 * double[][] runs = ...; // runs × samples, in milliseconds
 * LatencyRuns.report("verify, CPU", runs);
 * double ratio = LatencyRuns.median(runs, 50) / LatencyRuns.median(baseline, 50);
 * }</pre>
 */
final class LatencyRuns {

    private LatencyRuns() {}

    /** The {@code p}th percentile (nearest rank) of {@code values}, which need not be sorted. */
    static double percentile(double[] values, int p) {
        if (values.length == 0 || p < 0 || p > 100) {
            throw new IllegalArgumentException("percentile " + p + " of " + values.length + " values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

    /** The median over the runs of each run's {@code p}th percentile. */
    static double median(double[][] runs, int p) {
        double[] values =
                Arrays.stream(runs).mapToDouble(r -> percentile(r, p)).sorted().toArray();
        return values[values.length / 2];
    }

    /** Prints one line: p50, p90, p99 and max, each the median over the runs. */
    static void report(String name, double[][] runs) {
        System.out.printf(
                "%-30s p50 %.3f ms   p90 %.3f ms   p99 %.3f ms   max %.3f ms%n",
                name, median(runs, 50), median(runs, 90), median(runs, 99), median(runs, 100));
    }

    /** One timed call on an input. */
    interface Call<T> {
        void run(T input) throws Exception;
    }

    /** The milliseconds of {@code call} on each of {@code inputs}, {@code rounds} times over, sorted. */
    static <T> double[] time(List<T> inputs, int rounds, Call<T> call) throws Exception {
        double[] millis = new double[inputs.size() * rounds];
        int i = 0;
        for (int round = 0; round < rounds; round++) {
            for (T input : inputs) {
                long start = System.nanoTime();
                call.run(input);
                millis[i++] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis;
    }
}
