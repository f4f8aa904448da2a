package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Prints how the extractor does on the corpora written to look like pasted real pages: the development set
 * {@code extract/realistic/} always, and the held-out set {@code extract/heldout/} only when run with
 * {@code -Dextract.heldout=true}, so that tuning runs do not look at it by accident.
 *
 * <p>It asserts no targets: the figures are recorded by hand (realistic/BASELINE.md, heldout/FIRST-RUN.md), and
 * a failing threshold here would only tempt someone to tune on the held-out part.
 *
 * <pre>
 * ./mvnw -q test -Dtest=RealCopyCorpusReport -Dextract.heldout=true
 * ./mvnw -q test -Dtest=RealCopyCorpusReport -Dextract.heldout2=true   # the second held-out set, g01–g18
 * ./mvnw -q test -Dtest=RealCopyCorpusReport -Dextract.heldout3=true   # the third held-out set, h3-01–h3-14
 * ./mvnw -q test -Dtest=RealCopyCorpusReport -Dextract.heldout4=true   # the fourth held-out set, h4-01–h4-13
 * ./mvnw -q test -Dtest=RealCopyCorpusReport -Dextract.heldout5=true   # the fifth held-out set, h5-01–h5-12
 * ./mvnw -q test -Dtest=RealCopyCorpusReport -Dextract.heldout6=true   # the sixth held-out set, h6-01–h6-12
 * ./mvnw -q test -Dtest=RealCopyCorpusReport -Dextract.heldout7=true   # the seventh held-out set, h7-01–h7-12
 * ./mvnw -q test -Dtest=RealCopyCorpusReport -Dextract.heldout8=true   # the eighth held-out set, h8-01–h8-08
 * ./mvnw -q test -Dtest=RealCopyCorpusReport -Dextract.heldout9=true   # the ninth held-out set, h9-01–h9-08
 * ./mvnw -q test -Dtest=RealCopyCorpusReport -Dextract.heldout10=true  # the tenth held-out set, h10-01–h10-06
 * ./mvnw -q test -Dtest=RealCopyCorpusReport -Dextract.heldout11=true  # the eleventh held-out set, h11-01–h11-08
 * ./mvnw -q test -Dtest=RealCopyCorpusReport -Dextract.heldout12=true  # the twelfth held-out set, h12-01–h12-08
 * </pre>
 */
class RealCopyCorpusReport {

    private static final Path ROOT = Path.of("src", "test", "resources", "extract");
    private static final Path REALISTIC = ROOT.resolve("realistic");
    private static final Path HELDOUT = ROOT.resolve("heldout");
    private static final Path HELDOUT_2 = ROOT.resolve("heldout2");
    private static final Path HELDOUT_3 = ROOT.resolve("heldout3");
    private static final Path HELDOUT_4 = ROOT.resolve("heldout4");
    private static final Path HELDOUT_5 = ROOT.resolve("heldout5");
    private static final Path HELDOUT_6 = ROOT.resolve("heldout6");
    private static final Path HELDOUT_7 = ROOT.resolve("heldout7");
    private static final Path HELDOUT_8 = ROOT.resolve("heldout8");
    private static final Path HELDOUT_9 = ROOT.resolve("heldout9");
    private static final Path HELDOUT_10 = ROOT.resolve("heldout10");
    private static final Path HELDOUT_11 = ROOT.resolve("heldout11");
    private static final Path HELDOUT_12 = ROOT.resolve("heldout12");

    @Test
    void realisticSet() {
        assertFalse(print("REALISTIC", REALISTIC).id.isEmpty());
    }

    @Test
    void heldoutSet() {
        if (Boolean.getBoolean("extract.heldout")) {
            assertFalse(print("HELDOUT", HELDOUT).id.isEmpty());
        }
    }

    /** The second held-out set (g01–g18), written after the first had been looked at too often. */
    @Test
    void secondHeldoutSet() {
        if (Boolean.getBoolean("extract.heldout2")) {
            assertFalse(print("HELDOUT2", HELDOUT_2).id.isEmpty());
        }
    }

    /** The third held-out set (h3-01–h3-14), written after the second had been scored and looked at. */
    @Test
    void thirdHeldoutSet() {
        if (Boolean.getBoolean("extract.heldout3")) {
            assertFalse(print("HELDOUT3", HELDOUT_3).id.isEmpty());
        }
    }

    /** The fourth held-out set (h4-01–h4-13), written after all three earlier sets had been tuned on. */
    @Test
    void fourthHeldoutSet() {
        if (Boolean.getBoolean("extract.heldout4")) {
            assertFalse(print("HELDOUT4", HELDOUT_4).id.isEmpty());
        }
    }

    /** The fifth held-out set (h5-01–h5-12), written after all four earlier sets had been tuned on. */
    @Test
    void fifthHeldoutSet() {
        if (Boolean.getBoolean("extract.heldout5")) {
            assertFalse(print("HELDOUT5", HELDOUT_5).id.isEmpty());
        }
    }

    /** The sixth held-out set (h6-01–h6-12), written after all five earlier sets had been tuned on. */
    @Test
    void sixthHeldoutSet() {
        if (Boolean.getBoolean("extract.heldout6")) {
            assertFalse(print("HELDOUT6", HELDOUT_6).id.isEmpty());
        }
    }

    /** The seventh held-out set (h7-01–h7-12), written after all six earlier sets had been tuned on. */
    @Test
    void seventhHeldoutSet() {
        if (Boolean.getBoolean("extract.heldout7")) {
            assertFalse(print("HELDOUT7", HELDOUT_7).id.isEmpty());
        }
    }

    /** The eighth held-out set (h8-01–h8-08), written after all seven earlier sets had been tuned on. */
    @Test
    void eighthHeldoutSet() {
        if (Boolean.getBoolean("extract.heldout8")) {
            assertFalse(print("HELDOUT8", HELDOUT_8).id.isEmpty());
        }
    }

    /** The ninth held-out set (h9-01–h9-08), written after all eight earlier sets had been tuned on. */
    @Test
    void ninthHeldoutSet() {
        if (Boolean.getBoolean("extract.heldout9")) {
            assertFalse(print("HELDOUT9", HELDOUT_9).id.isEmpty());
        }
    }

    /** The tenth held-out set (h10-01–h10-06), written after all nine earlier sets had been tuned on. */
    @Test
    void tenthHeldoutSet() {
        if (Boolean.getBoolean("extract.heldout10")) {
            assertFalse(print("HELDOUT10", HELDOUT_10).id.isEmpty());
        }
    }

    /** The eleventh held-out set (h11-01–h11-08), written after all ten earlier sets had been tuned on. */
    @Test
    void eleventhHeldoutSet() {
        if (Boolean.getBoolean("extract.heldout11")) {
            assertFalse(print("HELDOUT11", HELDOUT_11).id.isEmpty());
        }
    }

    /** The twelfth held-out set (h12-01–h12-08), written after all eleven earlier sets had been tuned on. */
    @Test
    void twelfthHeldoutSet() {
        if (Boolean.getBoolean("extract.heldout12")) {
            assertFalse(print("HELDOUT12", HELDOUT_12).id.isEmpty());
        }
    }

    /** Scores every labelled article of one directory pair, prints the table and the problems, returns the sum. */
    static CorpusEvaluator.Score print(String label, Path dir) {
        List<CorpusEvaluator.Labelled> all = CorpusEvaluator.load(dir.resolve("articles"), dir.resolve("expected"));
        QuoteExtractor x = new QuoteExtractor();
        CorpusEvaluator.Score total = new CorpusEvaluator.Score();
        total.id = label + " (" + all.size() + ")";
        StringBuilder out = new StringBuilder();
        StringBuilder details = new StringBuilder();
        out.append(CorpusEvaluator.Score.header()).append(" wrongP\n");
        for (CorpusEvaluator.Labelled a : all) {
            CorpusEvaluator.Score s = CorpusEvaluator.score(a, x.extract(a.raw()));
            out.append(s.row()).append(String.format(Locale.ROOT, " %6d%n", s.wrongPersons));
            total.add(s);
            if (!s.problems.isEmpty()) {
                details.append("-- ").append(a.id()).append('\n');
                s.problems.forEach(p -> details.append("   ").append(p).append('\n'));
            }
        }
        out.append(total.row()).append(String.format(Locale.ROOT, " %6d%n", total.wrongPersons));
        out.append(String.format(
                Locale.ROOT,
                "%s: precision %d/%d = %.3f; FULL 5+ recall %d/%d = %.3f; PERSON speakers %d/%d = %.3f;"
                        + " all speakers %d/%d = %.3f; wrong persons %d of %d matched quotes%n",
                label,
                total.truePositives,
                total.extracted,
                total.precision(),
                total.fullLongFound,
                total.fullLong,
                total.recall(),
                total.personCorrect,
                total.personMatched,
                total.speakerAccuracy(),
                total.allCorrect,
                total.allMatched,
                total.allMatched == 0 ? 1.0 : (double) total.allCorrect / total.allMatched,
                total.wrongPersons,
                total.allMatched));
        System.out.print(out);
        System.out.print(details);
        return total;
    }
}
