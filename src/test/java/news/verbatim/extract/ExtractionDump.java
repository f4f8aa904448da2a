package news.verbatim.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Developer tool: prints what the extractor finds in the given article files (one line per quote: kind,
 * continuation flag, speaker, text). Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:<deps> news.verbatim.extract.ExtractionDump file.txt …}
 */
public final class ExtractionDump {

    private ExtractionDump() {}

    public static void main(String[] args) throws Exception {
        QuoteExtractor x = new QuoteExtractor();
        for (String a : args) {
            ExtractionResult r = x.extract(Files.readString(Path.of(a), StandardCharsets.UTF_8));
            System.out.println("== " + a);
            for (ExtractedQuote q : r.quotes()) {
                System.out.printf(
                        "%-8s %s %-13s %-45s %s%n",
                        q.kind(),
                        q.continuesPrevious() ? "+" : " ",
                        q.speaker().kind(),
                        q.speaker().name(),
                        q.text());
                if (!q.speaker().nameForms().isEmpty()) {
                    System.out.println("                                  forms "
                            + q.speaker().nameForms());
                }
            }
        }
    }
}
