package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OriginalOffsetsTest {

    private final TextCleaner cleaner = new TextCleaner();

    /** Every character of the cleaned text maps to the same character of the raw copy. */
    private void assertEveryCharacterMaps(String raw) {
        String cleaned = cleaner.clean(raw);
        OriginalOffsets offsets = OriginalOffsets.of(raw, cleaned);
        for (String paragraph : cleaned.split("\n\n")) {
            int start = cleaned.indexOf(paragraph);
            int rawStart = offsets.toRaw(start);
            int rawEnd = offsets.toRaw(start + paragraph.length());
            assertEquals(paragraph, raw.substring(rawStart, rawEnd), "paragraph at " + start);
            for (int i = 0; i < paragraph.length(); i++) {
                assertEquals(cleaned.charAt(start + i), raw.charAt(offsets.toRaw(start + i)), "offset " + (start + i));
            }
        }
    }

    @Test
    void mapsThroughDroppedLinesTrimmedEndsAndLineBreaks() {
        assertEveryCharacterMaps("\uFEFF# A headline\r\n\r\nShare\r\n   “We will not go,” Ann Roe said.  \r\n"
                + "Advertisement\n\n\n\u00A0Second paragraph, “in quotes,” she said.\rClose\r\n");
    }

    @Test
    void mapsScriptAndCommentFormsAway() {
        assertEveryCharacterMaps("First line.\nvar x = document.getElementById('a'); x.style.color = 'red'; }) \n"
                + "Last words, “quoted.” Your email address will not be published. Required fields are marked *");
    }

    @Test
    void aQuoteSpanMapsToTheQuoteInTheRawText() {
        String raw = "Share\n\n  “Israel has no interest in a war of attrition,” Sa'ar said.";
        String cleaned = cleaner.clean(raw);
        OriginalOffsets offsets = OriginalOffsets.of(raw, cleaned);
        String quote = "Israel has no interest in a war of attrition";
        int start = cleaned.indexOf(quote);
        assertEquals(quote, raw.substring(offsets.toRaw(start), offsets.toRaw(start + quote.length())));
        assertEquals(raw.indexOf(quote), offsets.toRaw(start));
    }

    /**
     * On every article the tests keep (the seed pages with their script code and comment forms, and the
     * hand-written realistic copy), each extracted quote and cue maps to its own characters in the raw text.
     */
    @Test
    void everyQuoteAndCueOfTheTestCorporaMapsToItsRawCharacters() throws IOException {
        List<Path> files;
        try (Stream<Path> fixtures = Files.list(Path.of("fixtures/articles"));
                Stream<Path> corpora = Files.walk(Path.of("src/test/resources/extract"))) {
            files = Stream.concat(fixtures, corpora)
                    .filter(f -> f.toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        assertTrue(files.size() > 50, "articles: " + files.size());
        QuoteExtractor extractor = new QuoteExtractor();
        int quotes = 0;
        for (Path file : files) {
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            ExtractionResult found = extractor.extract(raw);
            OriginalOffsets offsets = OriginalOffsets.of(raw, found.text());
            for (ExtractedQuote q : found.quotes()) {
                String inRaw = raw.substring(offsets.toRaw(q.start()), offsets.toRaw(q.end()));
                assertEquals(q.text(), inRaw, file + " quote at " + q.start());
                if (q.evidence().hasCue()) {
                    assertEquals(
                            found.text()
                                    .substring(
                                            q.evidence().cueStart(),
                                            q.evidence().cueEnd()),
                            raw.substring(
                                    offsets.toRaw(q.evidence().cueStart()),
                                    offsets.toRaw(q.evidence().cueEnd())),
                            file + " cue at " + q.evidence().cueStart());
                }
                quotes++;
            }
        }
        assertTrue(quotes > 300, "quotes: " + quotes);
    }

    @Test
    void emptyTextMapsOnlyOffsetZero() {
        OriginalOffsets offsets = OriginalOffsets.of("Share\n", "");
        assertEquals(0, offsets.toRaw(0));
    }

    @Test
    void illegalArguments() {
        OriginalOffsets offsets = OriginalOffsets.of("One line.", "One line.");
        IllegalArgumentException tooFar = assertThrows(IllegalArgumentException.class, () -> offsets.toRaw(10));
        assertEquals("offset 10 is outside the cleaned text (length 9)", tooFar.getMessage());
        assertThrows(IllegalArgumentException.class, () -> offsets.toRaw(-1));
        IllegalArgumentException notFromRaw =
                assertThrows(IllegalArgumentException.class, () -> OriginalOffsets.of("One line.", "Other line."));
        assertEquals("cleaned paragraph at offset 0 is not in the raw text in order", notFromRaw.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> OriginalOffsets.of("Second.\nFirst.", "First.\n\nSecond."),
                "paragraphs out of order");
    }
}
