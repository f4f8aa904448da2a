package news.verbatim.extract;

import static news.verbatim.extract.AttributionFamiliesTest.expect;
import static news.verbatim.extract.AttributionFamiliesTest.quote;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Name forms the seventh held-out set showed read wrongly (issue 8, families F2 and F6): a particle surname
 * capitalised at the start of a sentence, a participle opening a sentence, and a storm named like a person. The
 * articles are invented.
 */
class AttributionNameFormsTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void aParticleSurnameCapitalisedAtTheStartOfASentenceIsThePersonNamedBefore() {
        ExtractionResult r = extractor.extract("""
                Kade Lines agrees ferry deal

                ROTTERDAM (Reuters) - Dutch shipping group Kade Lines agreed on Monday to buy a rival ferry operator.

                Chief Executive Pieter van Dalen said the deal was "a natural fit."

                "We have admired their fleet for years and now we can run it together," Van Dalen said in a statement.
                """);
        expect(r, "a natural fit.", "Pieter van Dalen", SpeakerType.PERSON, QuoteForm.FRAGMENT);
        expect(
                r,
                "We have admired their fleet for years and now we can run it together",
                "Pieter van Dalen",
                SpeakerType.PERSON,
                QuoteForm.FULL);
    }

    @Test
    void bornOpeningASentenceIsNoNameSoThePronounFindsTheSubject() {
        ExtractionResult r = extractor.extract("""
                Last keeper of the Stroma light dies aged 90

                Tributes have been paid to Donald Macrae, the last keeper of the Stroma lighthouse.

                His nephew, Calum Reid, said: "He could tell you the weather from the colour of the sea."

                Born in Wick in 1934, Macrae was the son of a ferryman and joined the lighthouse service at 17.

                In a 1998 interview with a local paper, he said: "The light never once went out on my watch."
                """);
        expect(r, "The light never once went out on my watch.", "Donald Macrae", SpeakerType.PERSON, QuoteForm.FULL);
    }

    @Test
    void aStormNamedLikeAPersonIsNoSpeaker() {
        ExtractionResult r = extractor.extract("""
                Cyclone Harlan live: Premier warns coastal residents to leave "now"

                Premier Dana Whitlock said evacuation centres were open in six towns.

                "If you are in the red zone, go now," Ms Whitlock said.
                """);
        assertNotEquals("Cyclone Harlan", quote(r, "now").speaker().name());
        expect(r, "If you are in the red zone, go now", "Dana Whitlock", SpeakerType.PERSON, QuoteForm.FULL);
    }

    @Test
    void theTitleOfAWorkIsNoPersonForTheLaterPronoun() {
        ExtractionResult r = extractor.extract("""
                Novelist Peter Hale dies aged 77

                The novelist Peter Hale has died at his home in Whitby, his publisher said.

                His editor, Ruth Mallory, said: "He rewrote every page at least six times."

                In his memoir, Salt Roads (2009), he wrote: "I learned to write by reading gravestones."

                The Glass Orchard is the last novel Hale finished. In a letter to his agent, he wrote: "Do not let them put a ship on the cover."
                """);
        expect(r, "I learned to write by reading gravestones.", "Peter Hale", SpeakerType.PERSON, QuoteForm.FULL);
        expect(r, "Do not let them put a ship on the cover.", "Peter Hale", SpeakerType.PERSON, QuoteForm.FULL);
    }

    @Test
    void aNicknameInQuotesInsideTheNameIsThePersonTheHeadlineNamesByIt() {
        ExtractionResult r = extractor.extract("""
                Club farewells Peggy Marwood, 86

                Peggy Marwood on the clubhouse balcony in 2011. Picture by Adam Fenwick

                Margaret "Peggy" Marwood, who was president of the surf club for 27 years, has been farewelled at a packed service.

                Mrs Marwood became the club's first female president in 1984. In 2009 she told the Tide she had never thought of herself as a pioneer.

                "I just wanted the job done properly," she said at the time.

                Her granddaughter Ellie Marwood, 24, read the eulogy.
                """);
        expect(r, "I just wanted the job done properly", "Margaret Marwood", SpeakerType.PERSON, QuoteForm.FULL);
        assertTrue(
                quote(r, "I just wanted the job done properly")
                        .speaker()
                        .nameForms()
                        .contains("Peggy Marwood"),
                "the nickname is one of her names");
    }
}
