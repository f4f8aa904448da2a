package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import news.verbatim.extract.QuoteForm;
import news.verbatim.extract.SpeakerType;
import org.junit.jupiter.api.Test;

class ExplainerTest {

    @Test
    void nothingCloseSaysHowCloseTheClosestCame() {
        assertEquals("Not found: no attested quote shares these words.", Explainer.nothingClose(0, 5));
        assertEquals(
                "Not found: no attested quote is close enough to these words (the closest shares 2 words of 5, in"
                        + " order).",
                Explainer.nothingClose(2, 5));
    }

    @Test
    void theEvidenceLineIsTheCueOrTheMethodButNeverNone() {
        assertEquals("Blinken said", Explainer.attributedBy(quote("Blinken said")));
        assertEquals("CONTINUATION", Explainer.attributedBy(quote("CONTINUATION")));
        assertEquals(null, Explainer.attributedBy(quote("NONE")), "an unknown speaker is said in words");
        assertEquals(null, Explainer.attributedBy(quote(null)));
        assertEquals(null, Explainer.attributedBy(quote(" ")));
    }

    private static AttestedQuote quote(String attributedBy) {
        return new AttestedQuote(1, "a b c", 1, "x", 1, QuoteForm.FULL, SpeakerType.PERSON, attributedBy, null);
    }

    @Test
    void illegalArguments() {
        assertThrows(NullPointerException.class, () -> new Explainer(null));
    }
}
