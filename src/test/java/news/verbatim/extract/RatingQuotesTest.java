package news.verbatim.extract;

import static news.verbatim.extract.AttributionFamiliesTest.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Inspection grades printed in quotes ("rated ‘requires improvement’") are the inspector's label, not anybody's
 * words (issue 8, family F12, as the fifth and sixth held-out sets showed them); the findings quoted after
 * "inspectors found" stay quotes. The article is invented.
 */
class RatingQuotesTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void aGradeAfterARatingVerbIsNoQuote() {
        ExtractionResult r = extractor.extract("""
                Care home told to improve

                Elm Court in Kelby was rated “requires improvement” by the watchdog. It had previously been rated as “good”.

                Inspectors found that records were “incomplete or missing”.

                “We accept the findings,” a spokesman for the home said.
                """);
        assertEquals(2, r.quotes().size(), "only the finding and the spokesman's words");
        assertEquals("incomplete or missing", r.quotes().get(0).text());
        expect(r, "We accept the findings", "spokesman for the home", SpeakerType.ANONYMOUS, QuoteForm.FULL);
    }
}
