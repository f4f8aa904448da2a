package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import news.verbatim.extract.AttributionMethod;
import news.verbatim.extract.QuoteForm;
import news.verbatim.extract.SpeakerType;
import org.junit.jupiter.api.Test;

/** Words a speaker quotes from someone else inside their own quote never refute a claim that the other said them. */
class NestedQuotesTest {

    private static final String PRYCE =
            "Jamie came over and said, 'Big man, he always goes low to your left,' and I just trusted it";

    private static final AttestedQuote BY_PRYCE = new AttestedQuote(
            7,
            PRYCE,
            31,
            "Owen Pryce",
            7,
            QuoteForm.FULL,
            SpeakerType.PERSON,
            "said Pryce",
            AttributionMethod.CUE_AFTER);

    @Test
    void innerQuotationsAreFoundAndApostrophesInsideWordsAreNot() {
        assertEquals(List.of("Big man, he always goes low to your left,"), NestedQuotes.innerQuotations(PRYCE));
        assertEquals(
                List.of("Mommy, the sky is falling."),
                NestedQuotes.innerQuotations("Ana was screaming, \u2018Mommy, the sky is falling.\u2019"));
        assertEquals(List.of(), NestedQuotes.innerQuotations("I knew which way he'd go, and Harwick's fans did too"));
    }

    @Test
    void wordsOutsideTheInnerQuotationAreTheSpeakersOwn() {
        assertTrue(NestedQuotes.within(PRYCE, "Big man, he always goes low to your left"));
        assertFalse(NestedQuotes.within(PRYCE, "I just trusted it"));
        assertFalse(NestedQuotes.within(PRYCE, "Jamie came over and said"));
    }

    @Test
    void theQuotedPersonIsNeitherConfirmedNorRefutedByTheSpeakerWhoRepeatsThem() {
        Verification v = new Verifier()
                .verify(
                        SubmittedQuote.parse("Big man, he always goes low to your left"),
                        new SpeakerClaim("Jamie", Set.of(40L)),
                        List.of(BY_PRYCE));
        assertEquals(Verdict.UNATTRIBUTED, v.verdict());
        assertEquals(
                "Unattributed: the words are part of a longer quote in 1 source; it prints them inside a quote by Owen"
                        + " Pryce, as words quoted from someone else (\u201Csaid Pryce\u201D); nothing confirms or refutes"
                        + " that Jamie said them (attributed by: \u201Csaid Pryce\u201D).",
                v.explanation());
    }

    @Test
    void theSpeakersOwnWordsAroundTheInnerQuotationStillRefuteAnotherClaim() {
        Verification v = new Verifier()
                .verify(
                        SubmittedQuote.parse("and I just trusted it"),
                        new SpeakerClaim("Jamie", Set.of(40L)),
                        List.of(BY_PRYCE));
        assertEquals(Verdict.MISATTRIBUTED, v.verdict());
    }
}
