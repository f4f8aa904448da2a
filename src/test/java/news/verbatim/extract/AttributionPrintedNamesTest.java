package news.verbatim.extract;

import static news.verbatim.extract.AttributionFamiliesTest.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names printed with something before them that the sixth held-out set showed kept or lost (issue 8, family F1):
 * initials ("Dr. S. R. Kulkarni"), a demonym in a headline ("Kiwi Mia Fenwick") and a minister's portfolio
 * ("Minister for Arts Aoife Brannigan"). A wrong stored name makes a correct claim come back MISATTRIBUTED. The
 * articles are invented.
 */
class AttributionPrintedNamesTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void initialsBeforeASurnameArePartOfTheName() {
        ExtractionResult r = extractor.extract("""
                NAGPUR: Ward reopens after repairs

                Medical superintendent Dr. M. K. Deshmukh said the ward had been repaired. "Every bed is back in use," Dr. Deshmukh said.

                "We are relieved," said A.J. Rao, a parent.
                """);
        expect(r, "Every bed is back in use", "M. K. Deshmukh", SpeakerType.PERSON, QuoteForm.FULL);
        expect(r, "We are relieved", "A.J. Rao", SpeakerType.PERSON, QuoteForm.FULL);
    }

    @Test
    void anAbbreviatedPlaceIsNoInitial() {
        ExtractionResult r = extractor.extract("""
                Talks end without a deal

                "We will keep talking," said U.S. envoy Dana Whitcombe.
                """);
        expect(r, "We will keep talking", "Dana Whitcombe", SpeakerType.PERSON, QuoteForm.FULL);
    }

    @Test
    void aDemonymBeforeANameIsNotPartOfIt() {
        ExtractionResult r = extractor.extract("""
                Golf: Kiwi Josh Ranford leads by two in Perth

                Josh Ranford's caddie is his brother.

                "I putted really well," Ranford said.
                """);
        expect(r, "I putted really well", "Josh Ranford", SpeakerType.PERSON, QuoteForm.FULL);
    }

    @Test
    void aMinistersPortfolioIsPartOfTheTitleNotTheName() {
        ExtractionResult r = extractor.extract("""
                Library funding restored

                Minister for Rural Affairs Ciara Dolan said the fund was "long overdue".

                "Every town deserves a library," the minister said.
                """);
        expect(r, "long overdue", "Ciara Dolan", SpeakerType.PERSON, QuoteForm.FRAGMENT);
        expect(r, "Every town deserves a library", "Ciara Dolan", SpeakerType.PERSON, QuoteForm.FULL);
        assertEquals(
                List.of("Minister for Rural Affairs Ciara Dolan"),
                AttributionFamiliesTest.quote(r, "long overdue").speaker().nameForms());
    }

    @Test
    void aPortfolioOfTwoPartsJoinedByAndIsPartOfTheTitle() {
        ExtractionResult r = extractor.extract("""
                Committee gives water board a month

                Deputy Minister of Water and Sanitation Lindiwe Mokoena, who attended the meeting, said the board was "under close watch".

                Mokoena said every option was "still open". "We will not wait for another audit," she said.
                """);
        expect(r, "under close watch", "Lindiwe Mokoena", SpeakerType.PERSON, QuoteForm.FRAGMENT);
        expect(r, "still open", "Lindiwe Mokoena", SpeakerType.PERSON, QuoteForm.FRAGMENT);
        expect(r, "We will not wait for another audit", "Lindiwe Mokoena", SpeakerType.PERSON, QuoteForm.FULL);
    }

    @Test
    void aTeamsPossessiveBeforeANameAndAColonIsTheTeamOfTheSpeaker() {
        ExtractionResult r = extractor.extract("""
                Hawks edged in overtime

                Kicker Jess Moran missed twice, and the Dunmore Hawks lost 27-24 in overtime on Sunday.

                "We left it too late," coach Carla Brennan said.

                RELATED COVERAGE

                Hawks' Brennan: 'Nobody in that room is panicking'

                Brennan said the team would review the tape on Monday.
                """);
        // Not "Dunmore Hawks", a team the sentence before made the subject of "lost".
        expect(r, "Nobody in that room is panicking", "Carla Brennan", SpeakerType.PERSON, QuoteForm.FULL);
    }

    @Test
    void indianHonorificsAreNoPartOfTheName() {
        ExtractionResult r = extractor.extract("""
                Drain left open for months

                "Every monsoon it is the same," said Shri Ram Kishan Yadav, 70, a resident of C Block.

                Smt Kamla Devi said: "We have written to the corporation four times."
                """);
        expect(r, "We have written to the corporation four times.", "Kamla Devi", SpeakerType.PERSON, QuoteForm.FULL);
        expect(r, "Every monsoon it is the same", "Ram Kishan Yadav", SpeakerType.PERSON, QuoteForm.FULL);
    }

    @Test
    void nigerianHonorificsAreNoPartOfTheName() {
        ExtractionResult r = extractor.extract("""
                Transporters threaten to boycott poll

                The state chairman of the drivers' union, Comrade Tunde Bakare-Ola, told journalists the members would not move "a single ballot box".

                The seat fell vacant after the death of the lawmaker, Hon. Femi Adeyemo-Cole.

                The chairman of the parties' council, Alhaji Musa Danjuma-Bello, warned candidates against what he described as "the usual Saturday shopping".

                "Any party that shares money should be disqualified," Alhaji Danjuma-Bello said.
                """);
        expect(r, "a single ballot box", "Tunde Bakare-Ola", SpeakerType.PERSON, QuoteForm.FRAGMENT);
        expect(r, "the usual Saturday shopping", "Musa Danjuma-Bello", SpeakerType.PERSON, QuoteForm.FRAGMENT);
        expect(
                r,
                "Any party that shares money should be disqualified",
                "Musa Danjuma-Bello",
                SpeakerType.PERSON,
                QuoteForm.FULL);
    }

    @Test
    void aFirstNameAloneBeforeWhoIsAPerson() {
        ExtractionResult r = extractor.extract("""
                Flood live: evacuation centre fills

                Reporter Tane Whitiora is at the evacuation centre.

                Mereana, who did not want to give her surname, said she left the orchard with the dog and "not much else".

                "It came up through the floorboards in twenty minutes," she said.
                """);
        expect(r, "not much else", "Mereana", SpeakerType.PERSON, QuoteForm.FRAGMENT);
        expect(
                r,
                "It came up through the floorboards in twenty minutes",
                "Mereana",
                SpeakerType.PERSON,
                QuoteForm.FULL);
    }
}
