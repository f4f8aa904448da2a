package news.verbatim.extract;

import static news.verbatim.extract.AttributionFamiliesTest.expect;
import static news.verbatim.extract.AttributionFamiliesTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Irish and British court copy as the twelfth held-out set showed it (issue 8, family F15): letters after a name
 * ("Owen Tasker SC", "Ann Roe MP") are part of how it is printed, never an organisation, and court copy's bare
 * "counsel said" is the senior counsel heard last. The articles are invented.
 */
class AttributionCourtConventionsTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void seniorCounselIsAPersonAndCounselSaidIsTheOneHeardLast() {
        ExtractionResult r = extractor.extract("""
                Driver jailed over fatal crash

                Counsel for the State, Aoife Lenehan SC, told the court the car was travelling at twice the limit.

                Owen Tasker SC, defending, said his client had "no previous convictions of any kind".

                "He knows that nothing this court does can bring Mr Pryce back," counsel said. "He will carry this for the rest of his life."
                """);
        expect(r, "no previous convictions of any kind", "Owen Tasker", SpeakerType.PERSON, QuoteForm.FRAGMENT);
        String first = "He knows that nothing this court does can bring Mr Pryce back";
        expect(r, first, "Owen Tasker", SpeakerType.PERSON, QuoteForm.FULL);
        expect(r, "He will carry this for the rest of his life.", "Owen Tasker", SpeakerType.PERSON, QuoteForm.FULL);
        assertEquals(AttributionMethod.EPITHET, quote(r, first).evidence().method());
    }

    @Test
    void anMpsLettersAreNoPartOfHerName() {
        ExtractionResult r = extractor.extract("""
                Bypass row

                "This road will cut the village in two," said Ann Roe MP, who has opposed the scheme since 2019.
                """);
        expect(r, "This road will cut the village in two", "Ann Roe", SpeakerType.PERSON, QuoteForm.FULL);
    }
}
