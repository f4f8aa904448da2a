package news.verbatim.extract;

import static news.verbatim.extract.AttributionFamiliesTest.expect;

import org.junit.jupiter.api.Test;

/**
 * Couples and pairs the sixth held-out set showed lost (issue 8, families F4 and F9): a pair whose second first
 * name is also a month ("Bill and June Harcourt"), a pair after a plural role ("Retired teachers …", "Parents
 * …"), "the couple said" after an institution with "and" in its name, and "Mr"/"Mrs" telling the two apart
 * afterwards. The articles are invented.
 */
class AttributionPairsTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void aCoupleIntroducedTogetherIsTheGroupAndEachIsToldApartByHonorific() {
        ExtractionResult r = extractor.extract("""
                Storm damage in Kelby

                Kelby Fire and Rescue Service said crews had been called to 40 homes.

                Retired farmers Ray and May Dunmore said they had heard "a noise like a train".

                "The roof just lifted off," the couple said.

                Mr Dunmore said the barn had gone too. "Forty years of work," he said.

                Mrs Dunmore said she had lost "all the hens".
                """);
        expect(r, "a noise like a train", "Ray Dunmore and May Dunmore", SpeakerType.GROUP, QuoteForm.FRAGMENT);
        expect(r, "The roof just lifted off", "Ray Dunmore and May Dunmore", SpeakerType.GROUP, QuoteForm.FULL);
        expect(r, "Forty years of work", "Ray Dunmore", SpeakerType.PERSON, QuoteForm.FULL);
        expect(r, "all the hens", "May Dunmore", SpeakerType.PERSON, QuoteForm.FRAGMENT);
    }

    @Test
    void aPluralRoleBeforeAPairIsNotPartOfItsName() {
        ExtractionResult r = extractor.extract("""
                Bus route axed

                Parents Aroha and Wiremu Ngata said they had not been consulted.

                "Our kids will walk two kilometres," they said.
                """);
        expect(
                r,
                "Our kids will walk two kilometres",
                "Aroha Ngata and Wiremu Ngata",
                SpeakerType.GROUP,
                QuoteForm.FULL);
    }

    @Test
    void anInstitutionWithAndInItsNameIsNoPair() {
        ExtractionResult r = extractor.extract("""
                Crews praised

                Kelby Fire and Rescue Service sent six engines.

                "We are proud of every crew," said a Kelby Fire and Rescue spokesman.

                "It was a long night," the couple said.
                """);
        expect(r, "It was a long night", "couple", SpeakerType.ANONYMOUS, QuoteForm.FULL);
    }

    @Test
    void theyAfterAPairNamedSinceIsThePairNotAnOlderPluralSource() {
        ExtractionResult r = extractor.extract("""
                Drought bites

                Farmers across the district are selling stock they spent decades building up.

                Further south at Wharrup, Rob and Jenna Haldane have cut their flock from 2,500 to about 800.

                "We kept telling ourselves it would rain in June," they said. "It just never came."
                """);
        expect(
                r,
                "We kept telling ourselves it would rain in June",
                "Rob Haldane and Jenna Haldane",
                SpeakerType.GROUP,
                QuoteForm.FULL);
        expect(r, "It just never came.", "Rob Haldane and Jenna Haldane", SpeakerType.GROUP, QuoteForm.FULL);
    }
}
