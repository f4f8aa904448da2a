package news.verbatim.extract;

import static news.verbatim.extract.AttributionFamiliesTest.expect;

import org.junit.jupiter.api.Test;

/**
 * Statements the sixth held-out set showed given to the wrong source (issue 8, families F4 and F11): "her family
 * said" is the family of the woman the possessive means, never that woman (who in an appeal or an obituary has
 * died), and a band named with "The" is no person, so the "they wrote" after it is the band and not a group
 * quoted further back. The articles are invented.
 */
class AttributionKinStatementsTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void herFamilyIsTheFamilyOfTheWomanNotTheWoman() {
        ExtractionResult r = extractor.extract("""
                Tributes after crash

                Mair Pritchard was hit by a van on Tuesday. She died in hospital.

                In a statement released through police, her family said: "Mam loved this town.

                "Please help us find the driver."

                His brother, Gareth Lloyd, said the road was "a death trap".
                """);
        expect(r, "Mam loved this town.", "family of Mair Pritchard", SpeakerType.GROUP, QuoteForm.FULL);
        expect(r, "Please help us find the driver.", "family of Mair Pritchard", SpeakerType.GROUP, QuoteForm.FULL);
    }

    @Test
    void aBandNamedWithTheIsTheTheyOfTheNextQuote() {
        ExtractionResult r = extractor.extract("""
                Piper dies at 81

                Tributes have been paid to the piper Eamon Rourke, who has died. His family said he had been "playing until the end".

                His band, The Harbour Reelers, said on social media that they were "heartbroken".

                "Sixty years and he never missed a gig," they wrote.
                """);
        expect(r, "playing until the end", "family of Eamon Rourke", SpeakerType.GROUP, QuoteForm.FRAGMENT);
        expect(r, "Sixty years and he never missed a gig", "Harbour Reelers", SpeakerType.ORGANISATION, QuoteForm.FULL);
    }

    @Test
    void theSurnameFamilyIsTheFamilyNotTheOnePersonOfThatName() {
        ExtractionResult r = extractor.extract("""
                Driver jailed over fatal crash

                Mr Pryce's mother, Helen Pryce, sat in the front row throughout the hearing.

                In a statement released through gardaí, the Pryce family said they were "relieved that this part is over".
                """);
        expect(r, "relieved that this part is over", "Pryce family", SpeakerType.GROUP, QuoteForm.FRAGMENT);
    }
}
