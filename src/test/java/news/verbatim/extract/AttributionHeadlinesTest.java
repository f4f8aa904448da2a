package news.verbatim.extract;

import static news.verbatim.extract.AttributionFamiliesTest.expect;
import static news.verbatim.extract.AttributionFamiliesTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Headline and heading quotes as a select-all copy of a page shows them (issue 8, the eighth held-out set): the
 * site's name and sections above the headline, a headline ending on its quote after a colon, a live page's
 * heading naming a role or an agency ("Mayor: '…'"). Each takes the speaker of the body quote holding its words;
 * one that names its speaker before the colon keeps that speaker. The articles are invented.
 */
class AttributionHeadlinesTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    /** The article's first quote: the headline's or heading's in these articles. */
    private static ExtractedQuote headline(ExtractionResult r) {
        return r.quotes().get(0);
    }

    @Test
    void aHeadlineOpeningOnAQuoteBelowTheSitesFurnitureIsSpokenByTheBodysSpeaker() {
        ExtractionResult r = extractor.extract("""
                Skip to main content

                Valley Gazette

                SPORT

                'She never gave up on me': Teenager wins county title a year after surgery

                Mia Corran, 16, won the county 1500 metres on Saturday.

                "She never gave up on me," Corran said of her coach. "Not once."
                """);
        expect(r, "She never gave up on me", "Mia Corran", SpeakerType.PERSON, QuoteForm.FULL);
        assertEquals(AttributionMethod.CONTEXT, headline(r).evidence().method());
    }

    @Test
    void aHeadlineEndingOnAQuoteAfterAColonIsSpokenByTheBodysSpeaker() {
        ExtractionResult r = extractor.extract("""
                Council votes to close two libraries despite protest: 'We have run out of road'

                Council leader Oren Galloway said the decision had been forced on the authority.

                "We have run out of road on this one, and I am sorry for it," Galloway said.
                """);
        ExtractedQuote heading = headline(r);
        assertEquals("We have run out of road", heading.text());
        assertEquals("Oren Galloway", heading.speaker().name());
        assertEquals(QuoteForm.FULL, heading.kind());
    }

    @Test
    void aLivePagesHeadingNamingARoleIsSpokenByTheBodysSpeaker() {
        ExtractionResult r = extractor.extract("""
                Storm updates: Coastal roads closed as high tide nears

                Mayor: 'Stay off the seafront tonight'

                Harbour Shire mayor Tessa Kaur said crews had closed four roads.

                "I'm asking everyone to stay off the seafront tonight. The waves are over the wall already," she said.
                """);
        expect(r, "Stay off the seafront tonight", "Tessa Kaur", SpeakerType.PERSON, QuoteForm.FULL);
        // Decided by the body quote, not by "Mayor" before the colon, which names no one.
        assertEquals(AttributionMethod.CONTEXT, headline(r).evidence().method());
    }

    @Test
    void aHeadingNamingItsSpeakerBeforeTheColonKeepsThatSpeaker() {
        ExtractionResult r = extractor.extract("""
                Ravens run riot in the second half

                The Ravens scored five tries after the break at Penlan on Saturday.

                - Ravens' Rees: 'I'm a prop, I'm not supposed to score'

                Dai Rees, 31, crossed twice in the last ten minutes.
                """);
        // The body never says these words: the name before the colon is the evidence.
        expect(r, "I'm a prop, I'm not supposed to score", "Dai Rees", SpeakerType.PERSON, QuoteForm.FULL);
    }

    @Test
    void wordsQuotedInsideAHeadlineAreSpokenByTheOneBodySpeakerWhoSaidThem() {
        ExtractionResult r = extractor.extract("""
                Late-night levy could 'empty the high street' by spring

                Shop owners met councillors on Monday to oppose the charge.

                Fern Albright, who runs a bakery on Mill Lane, said the levy would "empty the high street by spring".
                """);
        ExtractedQuote heading = headline(r);
        assertEquals("empty the high street", heading.text());
        assertEquals("Fern Albright", heading.speaker().name());
        // A phrase of the headline's own sentence stays a fragment, whatever the body quote is.
        assertEquals(QuoteForm.FRAGMENT, heading.kind());
        assertEquals(AttributionMethod.CONTEXT, heading.evidence().method());
    }

    @Test
    void wordsQuotedInsideAHeadlineThatTwoPeopleSaidAreLeftUnknown() {
        ExtractionResult r = extractor.extract("""
                Council and union trade blame over 'broken promise'

                Council leader Ravi Sethi said the union had made "a broken promise" to parents.

                Union organiser Jo Keane said the council was guilty of "a broken promise" on pay.
                """);
        assertEquals("broken promise", headline(r).text());
        assertEquals("unknown", headline(r).speaker().name());
    }

    @Test
    void aCommonNounOpeningAHeadlineIsNoOrganisation() {
        ExtractionResult r = extractor.extract("""
                Witness says builder told her 'nobody ever checks'

                A witness told the jury on Tuesday that the builder had laughed at her questions.

                The witness, a neighbour of the family, said she had not reported it.
                """);
        // "Witness" is capitalised only because it opens the line; the article prints "witness" too.
        assertEquals("unknown", headline(r).speaker().name());
    }

    @Test
    void aPluralCommonNounOpeningAHeadlineIsNoOrganisation() {
        ExtractionResult r = extractor.extract("""
                Porters say new shift pattern is 'the final insult'

                More than 200 hospital porters in Dundee will be balloted on industrial action next month.

                The porters have worked the same rota since 2019.
                """);
        ExtractedQuote heading = headline(r);
        assertEquals("the final insult", heading.text());
        // Unnamed porters: nobody a reader could name, and no organisation called "Porters".
        assertEquals(SpeakerType.UNKNOWN, heading.speaker().kind());
    }

    @Test
    void researchersOpeningAStandfirstAreUnnamedPeopleNotAnOrganisation() {
        ExtractionResult r = extractor.extract("""
                Sea trout vanishing from upland rivers

                Researchers say warmer water is driving the fish 'out of their own streams'

                A team of researchers counted fish at 40 sites between 2010 and 2025.
                """);
        ExtractedQuote heading = headline(r);
        assertEquals("out of their own streams", heading.text());
        assertEquals(SpeakerType.ANONYMOUS, heading.speaker().kind());
        assertEquals("researchers", heading.speaker().name());
    }

    @Test
    void aHeadlinesRoleForItsSpeakerGivesWayToThePersonTheBodyQuotes() {
        ExtractionResult r = extractor.extract("""
                Roofer's death: Coroner says ladder 'should have been tied off'

                Returning her verdict, coroner Dr Elspeth Marr said: "The ladder should have been tied off before anyone climbed it."
                """);
        ExtractedQuote heading = headline(r);
        assertEquals("should have been tied off", heading.text());
        // Not an organisation called "Coroner": the coroner the body quotes, by name.
        assertEquals("Elspeth Marr", heading.speaker().name());
        assertEquals(QuoteForm.FRAGMENT, heading.kind());
    }

    @Test
    void aBodyParagraphEndingOnAQuoteIsNoHeadline() {
        ExtractionResult r = extractor.extract("""
                Council pay row

                The council said: "Nobody will lose their job."

                Union organiser Ann Vey said members had been told "nobody will lose their job" before.
                """);
        // Not Ann Vey: the council keeps its own statement, since a closing mark does not make a sentence a headline.
        expect(r, "Nobody will lose their job.", "Council", SpeakerType.ORGANISATION, QuoteForm.FULL);
    }

    @Test
    void oneWordQuotedInAStandfirstIsTheBodySpeakerWhoseRoleTheLineNames() {
        ExtractionResult r = extractor.extract("""
                Brothers jailed for driveway scam

                A judge said the pair had shown 'shameless' disregard for their victims

                Two brothers who sold fake driveway repairs to pensioners were jailed on Wednesday.

                Sentencing, Judge Miriam Oyelade said the offences showed "shameless" disregard for vulnerable people.
                """);
        ExtractedQuote standfirst = r.quotes().get(0);
        assertEquals("shameless", standfirst.text());
        assertEquals("Miriam Oyelade", standfirst.speaker().name());
    }

    @Test
    void oneWordQuotedInAHeadlineThatNamesNoRoleOfTheSpeakerStaysUnknown() {
        ExtractionResult r = extractor.extract("""
                Residents told to leave 'tonight' as river rises

                Emergency controller Dana Whitcombe said people in low streets should go "tonight".
                """);
        assertEquals("tonight", headline(r).text());
        assertNotEquals("Dana Whitcombe", headline(r).speaker().name());
    }

    @Test
    void anEmergencyServiceNamedBeforeARoleIsNoPersonForALaterHeading() {
        ExtractionResult r = extractor.extract("""
                Flood live: river still climbing

                5.10pm

                Civil Defence says the river is "still rising" and has not yet peaked

                Westmere Civil Defence controller Aroha Pennell has just given an update at the operations centre.

                "We are not out of it yet. The river is still rising at the bridge," she said.
                """);
        ExtractedQuote heading = r.quotes().get(0);
        assertEquals("still rising", heading.text());
        assertEquals("Aroha Pennell", heading.speaker().name());
    }

    @Test
    void aPlaceBeforeARoleNounInAVideoTitleIsAnUnnamedPersonNotThePlaceSpeaking() {
        ExtractionResult r = extractor.extract("""
                Dr. Hamish Greave, an emergency physician in Lanark, said the roster had shrunk from nine doctors to four.

                WATCH | Lanark ER closed again this weekend:

                'We cannot keep doing this,' says Lanark doctor as ER closes again

                The union representing nurses says the problem is not only about doctors.
                """);
        ExtractedQuote q = quote(r, "We cannot keep doing this");
        assertNotEquals(SpeakerType.ORGANISATION, q.speaker().kind(), "the town does not speak: " + q.speaker());
        assertNotEquals("Lanark", q.speaker().name());
    }
}
