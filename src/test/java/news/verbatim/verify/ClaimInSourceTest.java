package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.verbatim.extract.AttributionMethod;
import news.verbatim.extract.QuoteForm;
import news.verbatim.extract.SpeakerType;
import org.junit.jupiter.api.Test;

class ClaimInSourceTest {

    private static final String SOURCE =
            "Rosa Villanueva, 81, was driving. Her granddaughter Isabel Villanueva said she was lucky. The mayor,"
                    + " Dr. Kemi Adeyemi-Stone, visited.";

    @Test
    void aSourceNamesAClaimedPersonWhenEveryWordOfTheNameIsPrintedCapitalised() {
        assertTrue(ClaimInSource.names(SOURCE, "Rosa Villanueva"));
        assertTrue(ClaimInSource.names(SOURCE, "Mrs Rosa Villanueva"));
        assertTrue(ClaimInSource.names(SOURCE, "Villanueva"));
        assertTrue(ClaimInSource.names(SOURCE, "Mayor Kemi Adeyemi-Stone"));
        assertTrue(ClaimInSource.names("after Kai Maitland's strike", "Kai Maitland"));
    }

    @Test
    void aSourceDoesNotNameSomeoneWhoseFirstNameOrSurnameIsMissing() {
        assertFalse(ClaimInSource.names(SOURCE, "Ana Villanueva"));
        assertFalse(ClaimInSource.names(SOURCE, "Rosa Pérez"));
        assertFalse(ClaimInSource.names("the driver said she was lucky", "Lucky"));
    }

    private static AttestedQuote by(AttributionMethod method, String cue) {
        return new AttestedQuote(
                1, "We were lucky", 2, "Isabel Villanueva", 1, QuoteForm.FULL, SpeakerType.PERSON, cue, method);
    }

    @Test
    void aPronounOrEpithetLeavesOpenAClaimedPersonTheSourceNamesIfThePronounFitsThem() {
        assertTrue(ClaimInSource.leavesOpen(
                by(AttributionMethod.PRONOUN, "she said"), SOURCE, "Rosa Villanueva", List.of()));
        assertTrue(ClaimInSource.leavesOpen(
                by(AttributionMethod.EPITHET, "the driver said"), SOURCE, "Rosa Villanueva", List.of()));
        assertFalse(ClaimInSource.leavesOpen(
                by(AttributionMethod.PRONOUN, "he said"), SOURCE, "Mrs Rosa Villanueva", List.of()));
        assertFalse(ClaimInSource.leavesOpen(
                by(AttributionMethod.PRONOUN, "she said"), SOURCE, "Ana Villanueva", List.of()));
    }

    @Test
    void aPronounCueMustFitTheSpeakerTheClaimResolvedTo() {
        String source = "Mayor Linda Okafor opened the debate.\n\nCouncillor Raj Patel disagreed.\n\n"
                + "\"Nobody asked the traders,\" he said.";
        AttestedQuote byPronoun = by(AttributionMethod.PRONOUN, "he said");
        assertTrue(ClaimInSource.leavesOpen(byPronoun, source, "Okafor", List.of()));
        assertFalse(ClaimInSource.leavesOpen(byPronoun, source, "Okafor", List.of("Linda Okafor")));
        assertTrue(ClaimInSource.leavesOpen(byPronoun, source, "Okafor", List.of("Linda Okafor", "Sam Okafor")));
    }

    @Test
    void aSurnameCueLeavesOpenOnlyAClaimedPersonOfThatSurname() {
        String source = SOURCE + " Tom Okafor, a neighbour, ran over.";
        assertTrue(ClaimInSource.leavesOpen(
                by(AttributionMethod.SURNAME, "Villanueva said"), source, "Rosa Villanueva", List.of()));
        assertFalse(ClaimInSource.leavesOpen(
                by(AttributionMethod.SURNAME, "Villanueva said"), source, "Tom Okafor", List.of()));
    }

    @Test
    void aCueNamingTheSpeakerAtTheQuoteLeavesNothingOpen() {
        assertFalse(ClaimInSource.leavesOpen(
                by(AttributionMethod.CUE_AFTER, "Isabel Villanueva said"), SOURCE, "Rosa Villanueva", List.of()));
        assertFalse(ClaimInSource.leavesOpen(by(null, null), SOURCE, "Rosa Villanueva", List.of()));
    }

    @Test
    void aClaimThatIsNotAPersonalNameIsNeverFoundSoItKeepsItsVerdict() {
        assertFalse(ClaimInSource.names("The Mayor's Office said", "the Mayor's Office"));
        assertFalse(ClaimInSource.names(SOURCE, ""));
        assertFalse(ClaimInSource.names(SOURCE, null));
        assertFalse(ClaimInSource.names(null, "Rosa Villanueva"));
        assertFalse(ClaimInSource.names("", "Rosa Villanueva"));
    }
}
