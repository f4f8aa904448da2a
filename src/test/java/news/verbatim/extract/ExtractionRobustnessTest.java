package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Malformed and adversarial input: no exception, offsets always valid, no super-linear blow-up. */
class ExtractionRobustnessTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private void check(String raw) {
        ExtractionResult r = extractor.extract(raw);
        for (ExtractedQuote q : r.quotes()) {
            assertTrue(
                    q.start() >= 0 && q.start() < q.end() && q.end() <= r.text().length());
            assertEquals(q.text(), r.text().substring(q.start(), q.end()));
        }
    }

    @Test
    void randomTextWithQuoteMarksNeverBreaksTheExtractor() {
        String alphabet = "ab Cd Ef said he she, . : ; “”‘’\"' \n\n — Mr. Dr Smith Jones told The the council 1,2 U.S.";
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(300);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            check(sb.toString());
        }
    }

    @Test
    void oneExtractorServesManyThreadsWithTheSameResults() throws Exception {
        List<String> articles = ExtractionCorpusTest.all().stream()
                .map(CorpusEvaluator.Labelled::raw)
                .toList();
        List<ExtractionResult> sequential =
                articles.stream().map(extractor::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<ExtractionResult>> futures = new ArrayList<>();
                for (String a : articles) {
                    futures.add(pool.submit(() -> extractor.extract(a)));
                }
                for (int i = 0; i < articles.size(); i++) {
                    assertEquals(sequential.get(i), futures.get(i).get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void edgeCases() {
        check("");
        check("\"");
        check("“”");
        check("\"\" said he.");
        check("“Unclosed quote at the end of the text");
        check("‘");
        check("He said: “");
        check("”Reversed“ marks ”everywhere“, said Smith.");
        check("' ' ' ' '");
        check("said said said said, “x,” said, said.");
    }

    @Test
    void longArticlesStayLinear() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            sb.append("“We will keep going, whatever happens,” Councillor Jane Smith said on Tuesday. ")
                    .append("She added that the “budget” was “a disgrace” and ‘not fit for purpose’.\n\n");
        }
        String big = sb.toString();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            ExtractionResult r = extractor.extract(big);
            assertEquals(3_000 * 4, r.quotes().size());
        });
        // Single paragraphs of 150,000 characters or more: unbalanced marks, many opening single marks with no
        // close, thousands of quotes in one sentence, and a run of capitalised words.
        for (String pathological : new String[] {
            "“a ‘b said he, ".repeat(12_000),
            "‘a ".repeat(50_000),
            "“a” and ".repeat(20_000),
            "Alpha Beta Gamma Delta ".repeat(8_000) + "said “x”",
            "said he “a” she said “b” ".repeat(8_000)
        }) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> check(pathological));
        }
    }
}
