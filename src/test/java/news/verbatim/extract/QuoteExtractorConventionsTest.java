package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One short news-style article per quoting or attribution convention the extractor must handle, each
 * asserting the exact quote text, kind, continuation flag and speaker.
 *
 * <p>Longer than the usual limit on purpose: the conventions are the extractor's specification, read as a list
 * in one place, and each case is a short article with its assertions rather than logic.
 */
class QuoteExtractorConventionsTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<ExtractedQuote> quotes(String article) {
        ExtractionResult r = extractor.extract(article);
        for (ExtractedQuote q : r.quotes()) {
            assertEquals(q.text(), r.text().substring(q.start(), q.end()), "offsets point into the cleaned text");
        }
        return r.quotes();
    }

    private static void assertQuote(
            ExtractedQuote q, String text, QuoteForm kind, boolean continues, String speaker, SpeakerType speakerKind) {
        assertEquals(text, q.text(), "text");
        assertEquals(kind, q.kind(), () -> "kind of " + text);
        assertEquals(continues, q.continuesPrevious(), () -> "continuesPrevious of " + text);
        assertEquals(speaker, q.speaker().name(), () -> "speaker of " + text);
        assertEquals(speakerKind, q.speaker().kind(), () -> "speaker kind of " + text);
    }

    @Test
    void curlyDoubleQuotesWithAttributionAfterTheQuote() {
        List<ExtractedQuote> q = quotes("""
                Mayor Jane Okoro opened the new library on Saturday.

                “Every child in this city deserves a quiet place to read,” Okoro said.
                """);
        assertEquals(1, q.size());
        assertQuote(
                q.get(0),
                "Every child in this city deserves a quiet place to read",
                QuoteForm.FULL,
                false,
                "Jane Okoro",
                SpeakerType.PERSON);
        assertEquals(List.of("Mayor Jane Okoro", "Okoro"), q.get(0).speaker().nameForms());
    }

    @Test
    void straightDoubleQuotesKeepTheFinalPeriod() {
        List<ExtractedQuote> q = quotes("""
                Fire chief Daniel Burke said: "The blaze started in the kitchen and spread within minutes."
                """);
        assertEquals(1, q.size());
        assertQuote(
                q.get(0),
                "The blaze started in the kitchen and spread within minutes.",
                QuoteForm.FULL,
                false,
                "Daniel Burke",
                SpeakerType.PERSON);
    }

    @Test
    void britishSingleQuotesAreNotConfusedWithApostrophes() {
        List<ExtractedQuote> q = quotes("""
                Hamas’ leaders and the ’90s peace process were on the agenda when Foreign Secretary David Lammy \
                met his counterparts in Cairo.

                ‘We don’t have the luxury of waiting,’ Mr Lammy said. ‘Patients’ lives are at stake.’
                """);
        assertEquals(2, q.size());
        assertQuote(
                q.get(0),
                "We don’t have the luxury of waiting",
                QuoteForm.FULL,
                false,
                "David Lammy",
                SpeakerType.PERSON);
        assertQuote(q.get(1), "Patients’ lives are at stake.", QuoteForm.FULL, true, "David Lammy", SpeakerType.PERSON);
    }

    @Test
    void anOpeningQuoteWrittenWithAClosingMarkIsStillAQuote() {
        List<ExtractedQuote> q = quotes("""
                Hezbollah leader Sayyed Hassan Nasrallah vowed to retaliate.
                ”Whatever the consequences, the resistance will not let these attacks pass by," he said.
                """);
        assertEquals(1, q.size());
        assertQuote(
                q.get(0),
                "Whatever the consequences, the resistance will not let these attacks pass by",
                QuoteForm.FULL,
                false,
                "Hassan Nasrallah",
                SpeakerType.PERSON);
        assertEquals(
                List.of("Hezbollah leader Sayyed Hassan Nasrallah"),
                q.get(0).speaker().nameForms());
    }

    @Test
    void nestedQuotesStayInsideTheOuterQuote() {
        List<ExtractedQuote> q = quotes("""
                Union leader Maria Santos described the meeting with management.

                “He said ‘no’ to us before we had even sat down,” Santos said.

                ‘They told us “the budget is fixed”, and that was the end of it,’ added Ms Santos.
                """);
        assertEquals(2, q.size());
        assertQuote(
                q.get(0),
                "He said ‘no’ to us before we had even sat down",
                QuoteForm.FULL,
                false,
                "Maria Santos",
                SpeakerType.PERSON);
        assertQuote(
                q.get(1),
                "They told us “the budget is fixed”, and that was the end of it",
                QuoteForm.FULL,
                false,
                "Maria Santos",
                SpeakerType.PERSON);
    }

    @Test
    void aQuoteOverSeveralParagraphsYieldsOnePartPerParagraph() {
        List<ExtractedQuote> q = quotes("""
                Professor Alan Reid, who led the study, said:

                “We followed ten thousand people for twenty years. The pattern was the same in every group.

                “Those who walked every day lived longer, whatever else they did.”

                The study was published on Monday.
                """);
        assertEquals(2, q.size());
        assertQuote(
                q.get(0),
                "We followed ten thousand people for twenty years. The pattern was the same in every group.",
                QuoteForm.FULL,
                false,
                "Alan Reid",
                SpeakerType.PERSON);
        assertQuote(
                q.get(1),
                "Those who walked every day lived longer, whatever else they did.",
                QuoteForm.FULL,
                true,
                "Alan Reid",
                SpeakerType.PERSON);
    }

    @Test
    void aQuoteSplitAroundItsAttributionContinuesThePreviousPart() {
        List<ExtractedQuote> q = quotes("""
                Coach Emma Hayes was pleased with the result.

                "We defended well," she said. "Now we need to score more goals."

                "It was hard," Hayes added, "but the players never stopped running."
                """);
        assertEquals(4, q.size());
        assertQuote(q.get(0), "We defended well", QuoteForm.FULL, false, "Emma Hayes", SpeakerType.PERSON);
        assertQuote(
                q.get(1), "Now we need to score more goals.", QuoteForm.FULL, true, "Emma Hayes", SpeakerType.PERSON);
        assertQuote(q.get(2), "It was hard", QuoteForm.FULL, false, "Emma Hayes", SpeakerType.PERSON);
        assertQuote(
                q.get(3),
                "but the players never stopped running.",
                QuoteForm.FULL,
                true,
                "Emma Hayes",
                SpeakerType.PERSON);
    }

    @Test
    void wordsQuotedInsideReportedSpeechAreFragments() {
        List<ExtractedQuote> q = quotes("""
                Governor Tina Kotek called the vote "a promise kept" and said the state had "the right resources \
                and capabilities" to deliver. Critics called the plan "reckless."
                """);
        assertEquals(3, q.size());
        assertQuote(q.get(0), "a promise kept", QuoteForm.FRAGMENT, false, "Tina Kotek", SpeakerType.PERSON);
        assertQuote(
                q.get(1),
                "the right resources and capabilities",
                QuoteForm.FRAGMENT,
                false,
                "Tina Kotek",
                SpeakerType.PERSON);
        assertEquals(QuoteForm.FRAGMENT, q.get(2).kind());
        assertEquals("reckless.", q.get(2).text());
        assertEquals(SpeakerType.ANONYMOUS, q.get(2).speaker().kind());
    }

    @Test
    void quotedNamesOfThingsAreNotQuotes() {
        List<ExtractedQuote> q = quotes("""
                The “National Management Center,” a bunker under the government complex, has been activated. \
                Netanyahu has proposed what he termed the “Abraham Alliance.”
                """);
        assertTrue(q.isEmpty(), () -> "got " + q);
    }

    @Test
    void colonIntroductionMakesAFullQuote() {
        List<ExtractedQuote> q = quotes("""
                Asked about the strike, Health Minister Victoria Atkins told the BBC: "Nobody wants this."
                """);
        assertEquals(1, q.size());
        assertQuote(q.get(0), "Nobody wants this.", QuoteForm.FULL, false, "Victoria Atkins", SpeakerType.PERSON);
    }

    @Test
    void invertedOrderWithTitleAndApposition() {
        List<ExtractedQuote> q = quotes("""
                "The water is safe to drink," said Dr. Jane Roe, chief medical officer at the county health \
                department. "We tested every well twice."
                """);
        assertEquals(2, q.size());
        assertQuote(q.get(0), "The water is safe to drink", QuoteForm.FULL, false, "Jane Roe", SpeakerType.PERSON);
        assertQuote(q.get(1), "We tested every well twice.", QuoteForm.FULL, true, "Jane Roe", SpeakerType.PERSON);
        assertEquals("Dr. Jane Roe", q.get(0).speaker().nameForms().get(0));
    }

    @Test
    void appositionBetweenNameAndCueVerb() {
        List<ExtractedQuote> q = quotes("""
                “It is beneath our dignity to wait,” Yuli Edelstein, head of the Foreign Affairs and Defense \
                Committee and a senior member of Prime Minister Benjamin Netanyahu’s Likud party, said in a speech.
                """);
        assertEquals(1, q.size());
        assertQuote(
                q.get(0),
                "It is beneath our dignity to wait",
                QuoteForm.FULL,
                false,
                "Yuli Edelstein",
                SpeakerType.PERSON);
    }

    @Test
    void titlesAndHonorificsAreStrippedFromTheCanonicalName() {
        List<ExtractedQuote> q = quotes("""
                “No one should escalate this conflict,” US Secretary of State Antony Blinken told reporters.
                “We are ready,” Israeli Defense Minister Yoav Gallant said.
                “Help is coming,” said Councillor Priya Shah.
                “The vote was fair,” Sen. Tom Haldane said.
                “The forces are in place,” General Erik Kurilla said.
                """);
        assertEquals(5, q.size());
        assertEquals("Antony Blinken", q.get(0).speaker().name());
        assertEquals(
                List.of("US Secretary of State Antony Blinken"),
                q.get(0).speaker().nameForms());
        assertEquals("Yoav Gallant", q.get(1).speaker().name());
        assertEquals("Priya Shah", q.get(2).speaker().name());
        assertEquals("Tom Haldane", q.get(3).speaker().name());
        assertEquals("Erik Kurilla", q.get(4).speaker().name());
    }

    @Test
    void surnamesPointBackToTheFullName() {
        List<ExtractedQuote> q = quotes("""
                Gallant said he had spoken with his counterparts, Lloyd Austin and John Healey.

                “We urged all sides to show restraint,” UK’s Healey said in a statement.

                United Right Party head Gideon Sa’ar met the ambassador. Sa'ar told him, “Israel has no interest \
                in a war of attrition.”
                """);
        assertEquals(2, q.size());
        assertQuote(
                q.get(0),
                "We urged all sides to show restraint",
                QuoteForm.FULL,
                false,
                "John Healey",
                SpeakerType.PERSON);
        assertEquals(List.of("John Healey", "UK’s Healey"), q.get(0).speaker().nameForms());
        assertQuote(
                q.get(1),
                "Israel has no interest in a war of attrition.",
                QuoteForm.FULL,
                false,
                "Gideon Sa'ar",
                SpeakerType.PERSON);
    }

    @Test
    void pronounsResolveToTheLastSubjectAcrossParagraphs() {
        List<ExtractedQuote> q = quotes("""
                Hezbollah leader Sayyed Hassan Nasrallah vowed to retaliate for the killing of commander Fuad Shukr.

                “Our response will be strong,” he said in a televised address.

                He also addressed Iran’s response to the assassination of Hamas leader Ismail Haniyeh.

                “Iran will respond, and Hezbollah will respond,” he stressed.
                """);
        assertEquals(2, q.size());
        assertQuote(
                q.get(0), "Our response will be strong", QuoteForm.FULL, false, "Hassan Nasrallah", SpeakerType.PERSON);
        assertQuote(
                q.get(1),
                "Iran will respond, and Hezbollah will respond",
                QuoteForm.FULL,
                false,
                "Hassan Nasrallah",
                SpeakerType.PERSON);
    }

    @Test
    void sheAndHePickTheCompatiblePerson() {
        List<ExtractedQuote> q = quotes("""
                Councillor Sarah Patel clashed with council leader Mark Evans over the budget on Tuesday.

                Evans said the cuts were unavoidable. “There is no money left,” he said.

                “That is a choice, not a fact,” she added.
                """);
        assertEquals(2, q.size());
        assertQuote(q.get(0), "There is no money left", QuoteForm.FULL, false, "Mark Evans", SpeakerType.PERSON);
        assertQuote(q.get(1), "That is a choice, not a fact", QuoteForm.FULL, false, "Sarah Patel", SpeakerType.PERSON);
    }

    @Test
    void unnamedSourcesAreAnonymous() {
        List<ExtractedQuote> q = quotes("""
                A senior US official said Washington was doing all it could "to dissuade all parties from going \
                to a place they can't get back from."

                In Lebanon, a prominent Lebanese source close to Hezbollah said, "A retaliatory strike is inevitable."

                "Tehran wants restraint," two senior Iranian sources said.
                """);
        assertEquals(3, q.size());
        assertQuote(
                q.get(0),
                "to dissuade all parties from going to a place they can't get back from.",
                QuoteForm.FRAGMENT,
                false,
                "senior US official",
                SpeakerType.ANONYMOUS);
        assertQuote(
                q.get(1),
                "A retaliatory strike is inevitable.",
                QuoteForm.FULL,
                false,
                "prominent Lebanese source close to Hezbollah",
                SpeakerType.ANONYMOUS);
        assertQuote(
                q.get(2),
                "Tehran wants restraint",
                QuoteForm.FULL,
                false,
                "two senior Iranian sources",
                SpeakerType.ANONYMOUS);
        assertTrue(q.get(0).speaker().nameForms().isEmpty());
    }

    @Test
    void institutionsSpeakAsOrganisations() {
        List<ExtractedQuote> q = quotes("""
                President Joe Biden assured Israel of “new defensive US military deployments,” the White House said.
                General Michael Kurilla “held a joint situational assessment,” according to the Israel Defense Forces.
                “We are monitoring the situation,” the Pentagon said.
                """);
        assertEquals(3, q.size());
        assertQuote(
                q.get(0),
                "new defensive US military deployments",
                QuoteForm.FRAGMENT,
                false,
                "White House",
                SpeakerType.ORGANISATION);
        assertQuote(
                q.get(1),
                "held a joint situational assessment",
                QuoteForm.FRAGMENT,
                false,
                "Israel Defense Forces",
                SpeakerType.ORGANISATION);
        assertQuote(
                q.get(2),
                "We are monitoring the situation",
                QuoteForm.FULL,
                false,
                "Pentagon",
                SpeakerType.ORGANISATION);
    }

    @Test
    void aQuoteNobodyCanBeCreditedWithIsUnknown() {
        List<ExtractedQuote> q = quotes("""
                The storm knocked out power to thousands of homes overnight.

                “It sounded like a train going past the window.”

                Crews expect to restore power by Friday.
                """);
        assertEquals(1, q.size());
        assertQuote(
                q.get(0),
                "It sounded like a train going past the window.",
                QuoteForm.FULL,
                false,
                "unknown",
                SpeakerType.UNKNOWN);
        assertTrue(q.get(0).speaker().nameForms().isEmpty());
    }

    @Test
    void aQuoteParagraphAfterAnotherPersonsNarrativeIsNotGivenToTheLastSpeaker() {
        List<ExtractedQuote> q = quotes("""
                “We will rebuild,” Mayor Tom Reyes said on Monday.

                Insurance adjusters arrived on Tuesday to begin assessing the damage to the harbour.

                “Half the boats are gone.”
                """);
        assertEquals(2, q.size());
        assertEquals("Tom Reyes", q.get(0).speaker().name());
        assertEquals(SpeakerType.UNKNOWN, q.get(1).speaker().kind(), "the narrative paragraph breaks the speech");
    }

    @Test
    void apostrophesAloneProduceNoQuotes() {
        List<ExtractedQuote> q = quotes("""
                It’s the club’s best start since the ’90s, and the players’ confidence shows. Fans can't wait for \
                Saturday's derby at St James' Park, where rock 'n' roll will be played at half-time.
                """);
        assertTrue(q.isEmpty(), () -> "got " + q);
    }

    @Test
    void aBritishQuoteMayStartWithDigitsButAnElidedYearIsNoQuote() {
        List<ExtractedQuote> q = quotes("""
                Former miner Ann Walsh remembers the ’84 strike well.

                ‘20 years ago we had nothing here,’ she said. ‘Now the museum brings in coach parties.’

                Visitors can also see the long-delayed ‘heritage trail’ on the old pit site.
                """);
        assertEquals(2, q.size());
        assertQuote(
                q.get(0), "20 years ago we had nothing here", QuoteForm.FULL, false, "Ann Walsh", SpeakerType.PERSON);
        assertQuote(
                q.get(1),
                "Now the museum brings in coach parties.",
                QuoteForm.FULL,
                true,
                "Ann Walsh",
                SpeakerType.PERSON);
    }

    /** "denied" is a cue verb for extraction as it is for verification: one lexicon. */
    @Test
    void verbsVerificationKnewAreCuesToo() {
        List<ExtractedQuote> q = quotes("""
                Mayor Jane Okoro faced questions about the contract on Monday.

                “Nobody on my staff was offered anything,” Okoro denied.
                """);
        assertEquals(1, q.size());
        assertQuote(
                q.get(0),
                "Nobody on my staff was offered anything",
                QuoteForm.FULL,
                false,
                "Jane Okoro",
                SpeakerType.PERSON);
    }

    @Test
    void extractorIsReusableAndStateless() {
        String a = "“We are ready,” Israeli Defense Minister Yoav Gallant said.";
        ExtractionResult first = extractor.extract(a);
        extractor.extract("“Something else entirely,” Mayor Jane Okoro said.");
        assertEquals(first, extractor.extract(a));
        assertFalse(first.quotes().isEmpty());
    }

    @Test
    void aNicknameInsideANameOrAfterCalledHimIsNoQuote() {
        List<ExtractedQuote> qs = quotes("""
                Ravens hold on

                Ravens led after a try from prop Ciarán “Bull” Ó Dálaigh, whose teammates have called him "Padre" since school.

                “I will be back for the derby,” Ó Dálaigh said.
                """);
        assertEquals(1, qs.size(), () -> "only the remark is a quote: " + qs);
        // The nickname does not split the name: the surname with its particle is the same man.
        assertQuote(
                qs.get(0),
                "I will be back for the derby",
                QuoteForm.FULL,
                false,
                "Ciarán Ó Dálaigh",
                SpeakerType.PERSON);
    }
}
