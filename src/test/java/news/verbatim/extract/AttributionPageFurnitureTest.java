package news.verbatim.extract;

import static news.verbatim.extract.AttributionFamiliesTest.expect;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Page furniture of rural and regional news pages that made wrong persons on the twelfth held-out set (issue 8,
 * family F5): a "Topics:" line of subject tags ("Sheep Production") is no person, a photo caption between a
 * speaker and the "she said" after it does not take the pronoun, and a place ending in a landform noun ("the Eyre
 * Peninsula") is never a person, in a headline or in the body. The articles are invented.
 */
class AttributionPageFurnitureTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void aCaptionBetweenTheSpeakerAndHerPronounAndATopicsLineNameNobody() {
        ExtractionResult r = extractor.extract("""
                Country News

                Dairy farmers pour milk away as tanker drivers strike

                By Tessa Ngata

                Dairy farmers have poured away milk for three days as a tanker drivers' strike enters its second week.

                Echuca carrier boss Glenda Roath said drivers wanted a pay rise of 6 per cent.

                Photo: Milk tankers parked at the Echuca depot on Thursday, where drivers say talks have "gone nowhere". (Country News: Tessa Ngata)

                "We've offered what we can afford and they've said no," she said.

                Topics: Dairy Production, Milk Supply, Road Transport, Echuca
                """);
        expect(
                r,
                "We've offered what we can afford and they've said no",
                "Glenda Roath",
                SpeakerType.PERSON,
                QuoteForm.FULL);
        assertTrue(
                r.quotes().stream().noneMatch(q -> q.speaker().name().equals("Milk Supply")),
                "a topic tag is no person: " + r.quotes());
    }

    @Test
    void aPlaceEndingInALandformIsNoPersonInTheHeadline() {
        ExtractionResult r = extractor.extract("""
                Rural

                Yarrabin Peninsula growers plough in failed barley crops: 'There is nothing left to harvest'

                Key points:

                Growers on the lower Yarrabin Peninsula are ploughing in crops after a dry spring

                Growers on South Australia's lower Yarrabin Peninsula are ploughing in barley that will never be harvested.

                "There is nothing left to harvest," Ms Kerrigan said of her 900 hectares.

                Fiona Kerrigan has farmed near Tumby for 30 years.
                """);
        assertTrue(
                r.quotes().stream()
                        .filter(q -> q.text().equals("There is nothing left to harvest"))
                        .allMatch(q -> q.speaker().name().equals("Fiona Kerrigan")),
                "the headline's quote is the grower's, not the peninsula's: " + r.quotes());
    }
}
