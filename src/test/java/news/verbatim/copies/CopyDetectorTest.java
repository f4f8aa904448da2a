package news.verbatim.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The copy decision on the reprint test articles and on the seed fixtures, which are all distinct stories. */
class CopyDetectorTest {

    private static final Path REPRINTS = Path.of("src/test/resources/ingest/reprints");
    private static final Path FIXTURES = Path.of("fixtures/articles");

    @Test
    void theSameTextIsACopy() {
        String wire = reprint("wire-ferry-strike.txt");
        assertEquals(1.0, CopyDetector.similarity(wire, reprint("courier-ferry-strike.txt")));
        // other line breaks and spacing, other quotation marks: the same words
        assertEquals(
                1.0, CopyDetector.similarity(wire, wire.replace("\n\n", "\n").replace('"', '\u201c')));
    }

    @Test
    void aReprintWithoutItsCreditHeadlineAndLastParagraphIsACopy() {
        double similarity = measured(
                "wire vs gazette (no credit, own headline, cut)", "wire-ferry-strike.txt", "gazette-ferry-strike.txt");
        assertTrue(CopyDetector.isCopy(similarity), "similarity " + similarity);
    }

    @Test
    void aNearDuplicateWithARewrittenParagraphIsACopy() {
        double similarity = measured(
                "ledger vs times (one paragraph rewritten)", "ledger-library-cuts.txt", "times-library-cuts.txt");
        assertTrue(CopyDetector.isCopy(similarity), "similarity " + similarity);
    }

    @Test
    void anIndependentReportSharingOneQuotationIsNotACopy() {
        double similarity = measured(
                "wire vs island radio (one quotation shared)", "wire-ferry-strike.txt", "island-radio-ferry.txt");
        assertFalse(CopyDetector.isCopy(similarity), "similarity " + similarity);
    }

    @Test
    void noTwoSeedArticlesAreCopies() throws IOException {
        try (var files = Files.list(FIXTURES)) {
            var texts = files.sorted().map(CopyDetectorTest::read).toList();
            for (int i = 0; i < texts.size(); i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    double similarity = CopyDetector.similarity(texts.get(i), texts.get(j));
                    assertFalse(CopyDetector.isCopy(similarity), "seed " + i + " and " + j + ": " + similarity);
                }
            }
        }
    }

    @Test
    void aSignatureHasOneHashPerBucket() {
        assertEquals(
                MinHashSignature.BUCKETS,
                MinHashSignature.of(reprint("wire-ferry-strike.txt")).size());
        // shorter than one shingle: its words are the shingle
        assertEquals(MinHashSignature.BUCKETS, MinHashSignature.of("Too short").size());
        assertEquals(0, MinHashSignature.of("  \u2014 ").size());
        assertEquals(0.0, CopyDetector.similarity("", "Too short"));
    }

    @Test
    void testIllegalArguments() {
        assertThrows(IllegalArgumentException.class, () -> MinHashSignature.of(null));
        assertThrows(IllegalArgumentException.class, () -> CopyDetector.isCopy(1.5));
        assertThrows(IllegalArgumentException.class, () -> CopyDetector.isCopy(-0.1));
        assertThrows(IllegalArgumentException.class, () -> CopyDetector.isCopy(Double.NaN));
    }

    private static double measured(String label, String a, String b) {
        double similarity = CopyDetector.similarity(reprint(a), reprint(b));
        System.out.printf(
                "copy similarity, %s: %.3f (threshold %.2f)%n", label, similarity, CopyDetector.COPY_SIMILARITY);
        return similarity;
    }

    private static String reprint(String name) {
        return read(REPRINTS.resolve(name));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
