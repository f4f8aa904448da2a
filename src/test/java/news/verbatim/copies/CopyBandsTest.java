package news.verbatim.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The band keys find copies and pass over independent reports, on the reprint test articles and on made texts. */
class CopyBandsTest {

    private static final Path REPRINTS = Path.of("src/test/resources/ingest/reprints");
    private static final Path FIXTURES = Path.of("fixtures/articles");

    @Test
    void copiesShareEnoughKeysToBeCompared() {
        assertEquals(CopyBands.BANDS, shared("wire-ferry-strike.txt", "courier-ferry-strike.txt"), "the same text");
        assertTrue(shared("wire-ferry-strike.txt", "gazette-ferry-strike.txt") >= CopyBands.MIN_SHARED);
        assertTrue(shared("ledger-library-cuts.txt", "times-library-cuts.txt") >= CopyBands.MIN_SHARED);
    }

    @Test
    void anIndependentReportAndTheSeedStoriesAreNotCandidates() throws IOException {
        assertTrue(shared("wire-ferry-strike.txt", "island-radio-ferry.txt") < CopyBands.MIN_SHARED);
        try (var files = Files.list(FIXTURES)) {
            List<String> texts = files.sorted().map(CopyBandsTest::read).toList();
            for (int i = 0; i < texts.size(); i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    assertTrue(shared(keys(texts.get(i)), keys(texts.get(j))) < CopyBands.MIN_SHARED, i + "/" + j);
                }
            }
        }
    }

    /**
     * The recall the class documents: texts at the copy threshold become candidates almost always, and texts that
     * share one passage rarely. Made texts of 400 random words, with a share of the words replaced.
     */
    @Test
    void atTheCopyThresholdNearlyEveryPairIsACandidateAndFewDistantOnesAre() {
        Random random = new Random(11);
        int pairs = 300;
        int nearFound = 0;
        int distantFound = 0;
        double nearSimilarity = 0;
        double distantSimilarity = 0;
        for (int i = 0; i < pairs; i++) {
            List<String> words = words(random, 400);
            // one word in eleven replaced keeps about 62 % of the 5-word shingles: similarity about 0.45
            List<String> near = replaced(words, 0.09, random);
            nearSimilarity += similarity(words, near) / pairs;
            if (shared(keys(words), keys(near)) >= CopyBands.MIN_SHARED) {
                nearFound++;
            }
            // three in ten replaced keeps about 17 % of them: similarity about 0.1, as two reports sharing quotations
            List<String> distant = replaced(words, 0.29, random);
            distantSimilarity += similarity(words, distant) / pairs;
            if (shared(keys(words), keys(distant)) >= CopyBands.MIN_SHARED) {
                distantFound++;
            }
        }
        assertEquals(0.45, nearSimilarity, 0.05, "mean estimated similarity of the near pairs");
        assertEquals(0.10, distantSimilarity, 0.04, "mean estimated similarity of the distant pairs");
        assertTrue(nearFound >= pairs * 0.99, "near pairs found: " + nearFound + " of " + pairs);
        assertTrue(distantFound <= pairs * 0.15, "distant pairs found: " + distantFound + " of " + pairs);
    }

    @Test
    void keysAreStableBecauseTheyAreStored() {
        // Stored keys must come out the same on every machine and run; a change to the keys needs a migration
        // recomputing them (V9__Article_band_keys), which this value would remind of.
        long[] keys = CopyBands.of(MinHashSignature.of("The ferry will not sail until the night rota is gone."));
        assertEquals(CopyBands.BANDS, keys.length);
        assertEquals(
                keys[0], CopyBands.of(MinHashSignature.of("the FERRY will not sail until the night rota is gone"))[0]);
        assertEquals(0, CopyBands.of(MinHashSignature.of(" \u2014 ")).length);
    }

    private static List<String> words(Random random, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add("w" + random.nextInt(5_000));
        }
        return out;
    }

    private static List<String> replaced(List<String> words, double share, Random random) {
        List<String> out = new ArrayList<>(words);
        for (int i = 0; i < out.size(); i++) {
            if (random.nextDouble() < share) {
                out.set(i, "x" + random.nextInt(1_000_000));
            }
        }
        return out;
    }

    private static double similarity(List<String> a, List<String> b) {
        return CopyDetector.similarity(String.join(" ", a), String.join(" ", b));
    }

    private static long[] keys(List<String> words) {
        return keys(String.join(" ", words));
    }

    private static long[] keys(String text) {
        return CopyBands.of(MinHashSignature.of(text));
    }

    private static int shared(String a, String b) {
        return shared(keys(read(REPRINTS.resolve(a))), keys(read(REPRINTS.resolve(b))));
    }

    private static int shared(long[] a, long[] b) {
        Set<Long> left = Arrays.stream(a).boxed().collect(Collectors.toSet());
        return (int) Arrays.stream(b).filter(left::contains).count();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
