package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import news.verbatim.extract.QuoteForm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The labelled pairs of {@code verify/meaning-pairs.tsv}: equivalent rewordings ("Nobody" for "No one", "No matter
 * what" for "Whatever", "will not" for "won't") raise no meaning change, and rewordings that reverse or alter the
 * claim raise one. Each pair is verified against a corpus of its attested sentence alone.
 */
class MeaningPairsTest {

    private static final Verifier VERIFIER = new Verifier();

    record Pair(String attested, String submitted, boolean same) {
        @Override
        public String toString() {
            return (same ? "same: " : "changed: ") + submitted;
        }
    }

    static Stream<Pair> pairs() {
        List<Pair> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(MeaningPairsTest.class.getResourceAsStream("/verify/meaning-pairs.tsv")),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertEquals(3, f.length, line);
                assertTrue(f[2].equals("same") || f[2].equals("changed"), line);
                out.add(new Pair(f[0], f[1], f[2].equals("same")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(out.stream().filter(Pair::same).count() >= 8, "at least 8 equivalent pairs");
        assertTrue(out.stream().filter(p -> !p.same()).count() >= 8, "at least 8 changed pairs");
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void theMeaningCheckTellsEquivalentFromChangedWording(Pair pair) {
        AttestedQuote quote = new AttestedQuote(1, pair.attested(), 1, "Test Speaker", 1, QuoteForm.FULL);
        Verification v = VERIFIER.verify(SubmittedQuote.parse(pair.submitted()), List.of(quote));
        assertTrue(!v.matches().isEmpty(), "no match: " + v.explanation());
        Match best = v.matches().get(0);
        assertEquals(!pair.same(), best.meaningChanged(), best.meaningChanges() + " — " + v.explanation());
        if (!pair.same()) {
            assertEquals(Verdict.ALTERED, v.verdict(), v.explanation());
        }
    }
}
