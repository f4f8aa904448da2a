package news.verbatim.bench.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import news.verbatim.bench.archive.NaiveVerifier.Answer;
import org.junit.jupiter.api.Test;

class NaiveVerifierTest {

    private final NaiveVerifier naive = new NaiveVerifier(List.of(
            "The ferry will close the depot of the island, and the mayor must explain the fee of the port",
            "But the quarry cannot reopen",
            "We’re not leaving the concatenated list"));

    @Test
    void tellsAWholeQuoteFromAPartAndFromWordsNotPrinted() {
        assertEquals(Optional.of(Answer.WHOLE), naive.check("But the quarry cannot reopen"));
        assertEquals(Optional.of(Answer.PART), naive.check("the mayor must explain the fee"));
        assertEquals(Optional.of(Answer.ABSENT), naive.check("the mayor must explain the tax"));
    }

    @Test
    void comparesNormalisedWordsNotCasePunctuationOrQuoteMarks() {
        assertEquals(Optional.of(Answer.WHOLE), naive.check("“BUT the quarry, cannot reopen!”"));
        assertEquals(Optional.of(Answer.PART), naive.check("we're not leaving"));
        assertEquals(Optional.of(Answer.PART), naive.check("island and the mayor"));
    }

    @Test
    void matchesWholeWordsOnly() {
        assertEquals(Optional.of(Answer.ABSENT), naive.check("concat"), "inside a word is not a match");
        assertEquals(Optional.of(Answer.ABSENT), naive.check("quarry cannot reope"));
    }

    @Test
    void declinesWhatContainmentCannotDecide() {
        assertEquals(Optional.empty(), naive.check("the 3 ferries"), "digits have house-style readings");
        assertEquals(Optional.empty(), naive.check("“ … ”"), "nothing left after normalising");
        assertEquals(Optional.empty(), naive.check("reopen"), "cut right after 'cannot': the cut reverses it");
        assertEquals(Optional.of(Answer.PART), naive.check("the quarry"), "a negation after the words is kept");
    }

    @Test
    void normalisesToLowerCaseWordsSeparatedBySingleSpaces() {
        assertEquals("we're here at last", NaiveVerifier.normalise("  “We’re here — at LAST,”  "));
        assertEquals("no quotes", NaiveVerifier.normalise("'no quotes'"));
    }

    @Test
    void agreesOnlyWithTheVerdictsThatSayTheSame() {
        assertTrue(Answer.WHOLE.agreesWith("VERIFIED"));
        assertFalse(Answer.WHOLE.agreesWith("EXCERPT"));
        assertTrue(Answer.PART.agreesWith("EXCERPT"));
        assertFalse(Answer.PART.agreesWith("NOT_FOUND"));
        assertTrue(Answer.ABSENT.agreesWith("ALTERED"));
        assertTrue(Answer.ABSENT.agreesWith("NOT_FOUND"));
        assertFalse(Answer.ABSENT.agreesWith("VERIFIED"));
        assertFalse(Answer.ABSENT.agreesWith("EXCERPT"));
    }
}
