package news.verbatim.extract;

import static news.verbatim.extract.AttributionFamiliesTest.expect;
import static news.verbatim.extract.AttributionFamiliesTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Quote paragraphs with no cue of their own after a paragraph in which a person speaks in reported speech (issue
 * 8, "quote paragraphs with no cue"), as the tenth held-out set showed them: the paragraph ends on the person's
 * quoted fragment and a second verb of theirs ("… called it 'schoolboy stuff' and refused to blame …"), and the
 * quote paragraphs after it are theirs; where the sentence moves on to someone else they stay unknown. The
 * articles are invented.
 */
class AttributionCarriedParagraphsTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void aFragmentAndASecondVerbOfTheSameSpeakerCarryToTheQuoteParagraphsAfter() {
        ExtractionResult r = extractor.extract("""
                Harriers undone at the back

                Harriers manager Colm Rafferty called his defence's display 'amateur hour' and refused to blame the referee.

                'I won't stand here and talk about one decision. The first goal is a throw-in nobody picks up.

                'We gave them three and we've been doing it for a month. That is on me.'
                """);
        expect(r, "amateur hour", "Colm Rafferty", SpeakerType.PERSON, QuoteForm.FRAGMENT);
        expect(
                r,
                "I won't stand here and talk about one decision. The first goal is a throw-in nobody picks up.",
                "Colm Rafferty",
                SpeakerType.PERSON,
                QuoteForm.FULL);
        assertEquals(
                AttributionMethod.CONTEXT,
                quote(
                                r,
                                "I won't stand here and talk about one decision. The first goal is a throw-in nobody picks up.")
                        .evidence()
                        .method());
    }

    @Test
    void aSentenceThatMovesOnToSomeoneElseCarriesNothing() {
        ExtractionResult r = extractor.extract("""
                Depot plan withdrawn

                Councillor Ruth Ibbotson called the depot plan 'reckless' and the developer withdrew it a week later.

                'We listened to the residents and we changed our minds.'
                """);
        assertNotEquals(
                "Ruth Ibbotson",
                quote(r, "We listened to the residents and we changed our minds.")
                        .speaker()
                        .name());
    }

    @Test
    void aContrastAfterTheFragmentCarriesNothing() {
        ExtractionResult r = extractor.extract("""
                Depot plan approved

                Councillor Ruth Ibbotson called the depot plan 'reckless', but Marcus Fell, the committee chairman, disagreed.

                'The site has been empty for a decade and the town needs the jobs.'
                """);
        assertNotEquals(
                "Ruth Ibbotson",
                quote(r, "The site has been empty for a decade and the town needs the jobs.")
                        .speaker()
                        .name());
    }

    @Test
    void aQuoteOverTwoParagraphsTakesTheCueOfItsLastParagraph() {
        ExtractionResult r = extractor.extract("""
                The rental app that ran out of road

                Priya Marchetti, a senior analyst at Holloway Insights, has tracked the sector for a decade.

                “The app was fun for a month. Landlords do not pay for fun, they pay for something that survives a broken boiler on a Sunday.

                “If Flatbook can become dull, it has a future,” the analyst adds.
                """);
        String opening =
                "The app was fun for a month. Landlords do not pay for fun, they pay for something that survives a"
                        + " broken boiler on a Sunday.";
        expect(r, opening, "Priya Marchetti", SpeakerType.PERSON, QuoteForm.FULL);
        expect(
                r,
                "If Flatbook can become dull, it has a future",
                "Priya Marchetti",
                SpeakerType.PERSON,
                QuoteForm.FULL);
    }

    @Test
    void aParagraphEndingOnAColonAfterAPersonIntroducesTheQuoteBelowWithoutACueVerb() {
        ExtractionResult r = extractor.extract("""
                The rental app that ran out of road

                “Flatbook is where venture money learns manners,” says Priya Marchetti, an analyst at Holloway Insights.

                She is blunter about the product:

                “The app was fun for a month. Landlords do not pay for fun.”

                The report lists three problems:

                “Churn, cost and complaints.”
                """);
        expect(
                r,
                "The app was fun for a month. Landlords do not pay for fun.",
                "Priya Marchetti",
                SpeakerType.PERSON,
                QuoteForm.FULL);
        assertNotEquals(
                "Priya Marchetti",
                quote(r, "Churn, cost and complaints.").speaker().name());
    }

    @Test
    void aQuoteOpeningOnTheCuesPronounGoesOnTheReportedSpeechOfThePersonJustBefore() {
        ExtractionResult r = extractor.extract("""
                Tributes paid to crash victim

                Beryl Lowther, 71, died at the scene on Friday evening.

                Her daughter, Carys Lowther, said she had phoned her mother an hour before the crash.

                “She was laughing about the bingo,” she said. “That is the last thing I will remember.”
                """);
        expect(r, "She was laughing about the bingo", "Carys Lowther", SpeakerType.PERSON, QuoteForm.FULL);
        expect(r, "That is the last thing I will remember.", "Carys Lowther", SpeakerType.PERSON, QuoteForm.FULL);
    }

    @Test
    void aQuoteOpeningOnTheCuesPronounStaysUnknownWhenTheSentenceBeforeMovesOnToAnotherWoman() {
        ExtractionResult r = extractor.extract("""
                Title race heats up

                Asked about Haverleigh, Nessa Kerrigan is careful.

                Their manager, Siobhan Carty, said last week that her side were outsiders, a claim Kerrigan calls mind games.

                “She wants the pressure on us. Fine,” she says.
                """);
        assertNotEquals(
                "Siobhan Carty",
                quote(r, "She wants the pressure on us. Fine").speaker().name());
    }

    @Test
    void theReportedSpeechBeforeMayQuoteThePersonThemselfWhenItIsAboutSomeoneElse() {
        ExtractionResult r = extractor.extract("""
                Glaciologist dies at 82

                Their daughter, Lena Brekke-Hart, said her mother had been "stubborn to the last".

                "She was correcting the nurses' spelling on Tuesday," she added.

                Elsa Lindholm, who had not dropped a set all week, said she had been "too passive" on the big points.

                "She played the tiebreak like she had been on tour for ten years," she said.
                """);
        expect(
                r,
                "She was correcting the nurses' spelling on Tuesday",
                "Lena Brekke-Hart",
                SpeakerType.PERSON,
                QuoteForm.FULL);
        // No one else of hers there for "She" to mean: the quote may be about her, so nobody is named.
        assertEquals(
                "unknown",
                quote(r, "She played the tiebreak like she had been on tour for ten years")
                        .speaker()
                        .name());
    }
}
