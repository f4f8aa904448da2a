package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteAttributionTest {

    @Test
    void theAttributionAfterAQuoteIsFound() {
        String text = "“We are ready,” Mayor Jane Okoro said on Monday.";
        ArticleLayout layout = new ArticleLayout(text, new QuoteSpanScanner());
        NameParser parser = new NameParser();
        QuoteAttributions found =
                new AttributionFinder(layout, parser, new SubjectFinder(layout, parser)).find(layout.quoteToken(0));
        assertTrue(found.after().found());
        assertEquals(QuoteAttribution.Method.AFTER, found.after().method());
        assertEquals("Jane Okoro", found.after().subject().core());
        assertEquals("said", layout.tokens.get(found.after().cue()).text());
        assertFalse(QuoteAttribution.NONE.found());
    }

    @Test
    void illegalArguments() {
        IllegalArgumentException cue = assertThrows(
                IllegalArgumentException.class, () -> new QuoteAttribution(null, QuoteAttribution.Method.AFTER, 7, 3));
        assertEquals("a found attribution has 0 <= cue <= lastTok: cue 7, lastTok 3", cue.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new QuoteAttribution(null, null, -1, -1));
        assertThrows(
                NullPointerException.class,
                () -> new QuoteAttributions(QuoteAttribution.NONE, null, QuoteAttribution.NONE, QuoteAttribution.NONE));
    }
}
