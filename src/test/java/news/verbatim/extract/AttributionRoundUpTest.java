package news.verbatim.extract;

import static news.verbatim.extract.AttributionFamiliesTest.expect;

import org.junit.jupiter.api.Test;

/**
 * The "What they said" round-up the seventh held-out set showed (issue 8): each quote is printed first, as a
 * paragraph of its own, and the next paragraph says who it was without a speech verb. The articles are
 * invented.
 */
class AttributionRoundUpTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void aQuoteFirstParagraphIsThePersonTheNextParagraphIsAbout() {
        ExtractionResult r = extractor.extract("""
                What they said … the weekend in quotes

                “We kept our heads when it mattered. That is what good teams do.”

                Brian Hennessy was a relieved man after Carrowmore held on by a point.

                “We gave them a goal start and you can’t do that at this level.”

                Lisduff manager Tadhg Ruane after his side’s exit in Ennis.
                """);
        expect(
                r,
                "We kept our heads when it mattered. That is what good teams do.",
                "Brian Hennessy",
                SpeakerType.PERSON,
                QuoteForm.FULL);
        expect(
                r,
                "We gave them a goal start and you can’t do that at this level.",
                "Tadhg Ruane",
                SpeakerType.PERSON,
                QuoteForm.FULL);
    }

    @Test
    void aCaptionReportedSpeechOrAnotherQuoteAfterTheQuoteNamesNoSpeaker() {
        ExtractionResult r = extractor.extract("""
                Patients wait nine hours in A&E

                “Every time I asked, I was told someone would be along soon.”

                Image source, Harlow Picture Agency

                “Nobody told us anything for the whole night.”

                Dr Nia Parry said the trust was recruiting 40 more nurses.

                The hospital has 300 beds and serves 400,000 people.

                “It felt like we had been forgotten.”

                Ward sister Joan Ellery added: “We were doing our best.”
                """);
        expect(r, "Every time I asked, I was told someone would be along soon.", "unknown", SpeakerType.UNKNOWN, null);
        expect(r, "Nobody told us anything for the whole night.", "unknown", SpeakerType.UNKNOWN, null);
        expect(r, "It felt like we had been forgotten.", "unknown", SpeakerType.UNKNOWN, null);
    }
}
