package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Precision, recall of FULL quotes of five words or more, and speaker accuracy on named (PERSON) speakers,
 * over the five seed fixtures ({@code fixtures/}) and the extraction corpus
 * ({@code src/test/resources/extract/}). Prints a table per article and the problems found, then asserts the
 * targets on the union of all articles.
 */
class ExtractionCorpusTest {

    static final Path FIXTURE_ARTICLES = Path.of("fixtures", "articles");
    static final Path FIXTURE_EXPECTED = Path.of("fixtures", "expected");
    static final Path CORPUS_ARTICLES = Path.of("src", "test", "resources", "extract", "articles");
    static final Path CORPUS_EXPECTED = Path.of("src", "test", "resources", "extract", "expected");

    @Test
    void corpusMeetsTargets() {
        CorpusEvaluator.Score total = report(true);
        assertTrue(total.precision() >= 0.95, "precision " + total.precision());
        assertTrue(total.recall() >= 0.95, "recall " + total.recall());
        assertTrue(total.speakerAccuracy() >= 0.95, "speaker accuracy " + total.speakerAccuracy());
    }

    @Test
    void extractedTextIsTheSubstringAtItsOffsets() {
        QuoteExtractor x = new QuoteExtractor();
        for (CorpusEvaluator.Labelled a : all()) {
            ExtractionResult r = x.extract(a.raw());
            for (ExtractedQuote q : r.quotes()) {
                assertEquals(q.text(), r.text().substring(q.start(), q.end()), a.id());
            }
        }
    }

    static List<CorpusEvaluator.Labelled> all() {
        List<CorpusEvaluator.Labelled> all = new ArrayList<>();
        all.addAll(CorpusEvaluator.load(FIXTURE_ARTICLES, FIXTURE_EXPECTED));
        if (Files.isDirectory(CORPUS_EXPECTED)) {
            all.addAll(CorpusEvaluator.load(CORPUS_ARTICLES, CORPUS_EXPECTED));
        }
        return all;
    }

    /** Scores every labelled article, prints the table (and the problems when asked), returns the union. */
    static CorpusEvaluator.Score report(boolean problems) {
        QuoteExtractor x = new QuoteExtractor();
        List<CorpusEvaluator.Labelled> all = all();
        StringBuilder out = new StringBuilder();
        StringBuilder details = new StringBuilder();
        out.append(CorpusEvaluator.Score.header()).append('\n');
        CorpusEvaluator.Score total = new CorpusEvaluator.Score();
        total.id = "ALL (" + all.size() + " articles)";
        CorpusEvaluator.Score seeds = new CorpusEvaluator.Score();
        seeds.id = "seed fixtures";
        CorpusEvaluator.Score corpus = new CorpusEvaluator.Score();
        corpus.id = "extraction corpus";
        for (CorpusEvaluator.Labelled a : all) {
            CorpusEvaluator.Score s = CorpusEvaluator.score(a, x.extract(a.raw()));
            out.append(s.row()).append('\n');
            total.add(s);
            (a.id().matches("\\d{3}-.*") ? seeds : corpus).add(s);
            if (!s.problems.isEmpty()) {
                details.append("-- ").append(a.id()).append('\n');
                for (String p : s.problems) {
                    details.append("   ").append(p).append('\n');
                }
            }
        }
        out.append(seeds.row())
                .append('\n')
                .append(corpus.row())
                .append('\n')
                .append(total.row())
                .append('\n');
        out.append(String.format(
                Locale.ROOT,
                "columns: ext = quotes extracted, tp = matching a labelled quote (part = of them partial matches),"
                        + " prec = tp/ext, full5+ = FULL quotes of 5+ words found/labelled, person = PERSON speakers"
                        + " right/matched, allSpk = any-kind speakers right/matched, kind/cont = share of matched"
                        + " quotes with the right FULL/FRAGMENT and continuesPrevious%n"));
        System.out.print(out);
        if (problems) {
            System.out.print(details);
        }
        return total;
    }

    public static void main(String[] args) {
        report(true);
    }
}
