package news.verbatim.extract;

import static news.verbatim.extract.AttributionFamiliesTest.expect;
import static news.verbatim.extract.AttributionFamiliesTest.quote;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * A time phrase opening the sentence without a comma (issue 8, as the twelfth held-out set showed it): "Later on
 * Thursday the city council said" has the council as its subject, not a preposition phrase to skip, and "Late on
 * Wednesday" names no organisation "Late". The articles are invented.
 */
class AttributionTimePhrasesTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void theSubjectAfterATimePhraseWithoutACommaIsFound() {
        ExtractionResult r = extractor.extract("""
                Road closed

                Later on Thursday the city council said the road would reopen "within days".
                """);
        expect(r, "within days", "city council", SpeakerType.ORGANISATION, QuoteForm.FRAGMENT);
    }

    @Test
    void lateOnAWeekdayIsNoSpeaker() {
        ExtractionResult r = extractor.extract("""
                Talks stall

                Late on Wednesday the hosts said a new draft would be published "by first light on Thursday".
                """);
        assertNotEquals("Late", quote(r, "by first light on Thursday").speaker().name());
    }
}
