package news.verbatim.extract;

import static news.verbatim.extract.AttributionFamiliesTest.cueOf;
import static news.verbatim.extract.AttributionFamiliesTest.expect;
import static news.verbatim.extract.AttributionFamiliesTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "“…,” the statement said" (issue 8, families F3 and F11, as the twelfth held-out set showed them in five of its
 * eight articles): the words are those of whoever the sentence that introduced the statement has issuing it — a
 * person, an organisation, the writer of a statement someone else read out — and nobody's when no sentence near
 * introduces it or it belongs to someone the article names only in a possessive. The articles are invented.
 */
class AttributionDocumentsTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void theStatementIsThePersonWhoIssuedIt() {
        ExtractionResult r = extractor.extract("""
                Harbour board defends dredging plan

                The Port Ellery harbour board has defended plans to dredge the inner basin before the spring.

                In a statement on Monday, board chair Wendy Ashgrove said the work was "overdue by a decade".

                "We have listened to the fishermen and we will phase the work over two winters," the statement said. "Nobody will lose a mooring."

                Local skipper Dan Moyle said he was not convinced.
                """);
        String first = "We have listened to the fishermen and we will phase the work over two winters";
        expect(r, first, "Wendy Ashgrove", SpeakerType.PERSON, QuoteForm.FULL);
        expect(r, "Nobody will lose a mooring.", "Wendy Ashgrove", SpeakerType.PERSON, QuoteForm.FULL);
        assertEquals(
                AttributionMethod.EPITHET, quote(r, first).evidence().method(), "an inference, never an accusation");
        assertEquals("the statement said", cueOf(r, first));
    }

    @Test
    void theStatementReadIsTheOrganisationThatIssuedIt() {
        ExtractionResult r = extractor.extract("""
                Rowers fear for training water

                In a statement, the Ellery Rowing Club said its members were "deeply worried" about silt in the basin.

                "Our juniors train on that water six days a week," the statement read.
                """);
        expect(
                r,
                "Our juniors train on that water six days a week",
                "Ellery Rowing Club",
                SpeakerType.ORGANISATION,
                QuoteForm.FULL);
    }

    @Test
    void aStatementReadOutByAnotherIsItsWritersWords() {
        ExtractionResult r = extractor.extract("""
                Inquiry hears from fishing families

                Dan Moyle's brother, Owen Moyle, was too unwell to attend, and his written statement was read to the inquiry by the harbour clerk, Ian Prowse.

                "I have fished this basin since I was twelve," the statement said.
                """);
        expect(r, "I have fished this basin since I was twelve", "Owen Moyle", SpeakerType.PERSON, QuoteForm.FULL);
    }

    @Test
    void whoeverReadTheStatementOutIsNotItsAuthor() {
        ExtractionResult r = extractor.extract("""
                Inquiry hears from fishing families

                In a statement, skipper Owen Moyle said the basin had been "silting up for years".

                "I have fished this basin since I was twelve," the statement, read by the harbour clerk Ian Prowse, said.
                """);
        expect(r, "I have fished this basin since I was twelve", "Owen Moyle", SpeakerType.PERSON, QuoteForm.FULL);
    }

    @Test
    void aStatementFromSomeoneIsTheirs() {
        ExtractionResult r = extractor.extract("""
                Trust pauses pier repairs

                A statement from the Ellery Pier Trust said the repairs would stop for the winter.

                "Safety has to come before the summer season," the statement added.
                """);
        expect(
                r,
                "Safety has to come before the summer season",
                "Ellery Pier Trust",
                SpeakerType.ORGANISATION,
                QuoteForm.FULL);
    }

    @Test
    void aStatementTheSentenceDisputesOrNeverIntroducedIsNobodys() {
        ExtractionResult r = extractor.extract("""
                Mayor hits back at dockers

                Mayor Ruth Kelsall rejected the dockers' union's statement as misleading on Tuesday.

                "The council has never promised the berth to anyone," the statement said.

                Councillors will vote next week.

                Nobody knew who had written the leaflet found in the harbour office.

                "Stop the dredging now," the note said.
                """);
        expect(r, "The council has never promised the berth to anyone", "unknown", SpeakerType.UNKNOWN, null);
        expect(r, "Stop the dredging now", "unknown", SpeakerType.UNKNOWN, null);
    }
}
