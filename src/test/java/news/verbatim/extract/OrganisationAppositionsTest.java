package news.verbatim.extract;

import static news.verbatim.extract.AttributionFamiliesTest.expect;
import static news.verbatim.extract.AttributionFamiliesTest.quote;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Organisations as real pages name them (issue 8, the eighth held-out set): a capitalised name in apposition with
 * an institution noun is an organisation wherever the article prints it, and the nouns for a business point back
 * at it; an institution's name goes on after "of" ("the Royal Society of Field Entomologists"), and its head noun
 * points back at it ("the society said"). The articles are invented.
 */
class OrganisationAppositionsTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void aNameCalledAFirmIsAnOrganisationAndTheCompanyIsIt() {
        ExtractionResult r = extractor.extract("""
                Pushchair recalled

                Pell Harbour, the Leeds-based firm behind the Strider pushchair, said it had received 12 reports.

                In a statement, Pell Harbour said: "Nothing matters to us more than a child's safety."

                According to a notice on the company's website, refunds "will be paid within a week".
                """);
        expect(
                r,
                "Nothing matters to us more than a child's safety.",
                "Pell Harbour",
                SpeakerType.ORGANISATION,
                QuoteForm.FULL);
        expect(r, "will be paid within a week", "Pell Harbour", SpeakerType.ORGANISATION, QuoteForm.FRAGMENT);
    }

    @Test
    void aPersonDescribedByHerRoleAtAFirmStaysAPerson() {
        ExtractionResult r = extractor.extract("""
                Pushchair recalled

                Dana Whitcombe, the chief executive of the firm, said: "We are sorry."
                """);
        expect(r, "We are sorry.", "Dana Whitcombe", SpeakerType.PERSON, QuoteForm.FULL);
    }

    @Test
    void anInstitutionsNameGoesOnAfterOfAndItsHeadNounPointsBackAtIt() {
        ExtractionResult r = extractor.extract("""
                Moth survey

                The Royal Society of Moorland Naturalists said the figures were "a warning nobody can ignore".

                "Counts like these are rare," the society said.

                The Diocese of Carlisle said the vicar had "served the parish with devotion".
                """);
        String society = "Royal Society of Moorland Naturalists";
        expect(r, "a warning nobody can ignore", society, SpeakerType.ORGANISATION, QuoteForm.FRAGMENT);
        expect(r, "Counts like these are rare", society, SpeakerType.ORGANISATION, QuoteForm.FULL);
        expect(
                r,
                "served the parish with devotion",
                "Diocese of Carlisle",
                SpeakerType.ORGANISATION,
                QuoteForm.FRAGMENT);
    }

    @Test
    void aBlocNamedWithItsAbbreviationAndACountIsTheBlocByName() {
        ExtractionResult r = extractor.extract("""
                Talks stall

                In a joint statement, the 46-member Small Island Developing States (SIDS) group said rich nations were "running down the clock".

                "We did not come here to negotiate our own disappearance," the statement said.

                The 27-member bloc said it was "ready to move".
                """);
        expect(
                r,
                "running down the clock",
                "Small Island Developing States group",
                SpeakerType.ORGANISATION,
                QuoteForm.FRAGMENT);
        expect(
                r,
                "We did not come here to negotiate our own disappearance",
                "Small Island Developing States group",
                SpeakerType.ORGANISATION,
                QuoteForm.FULL);
        assertNotEquals(
                SpeakerType.ANONYMOUS, quote(r, "ready to move").speaker().kind(), "a count is no member");
    }
}
