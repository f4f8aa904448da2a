package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.verbatim.text.TextNormalizer;
import news.verbatim.text.Token;
import org.junit.jupiter.api.Test;

class WordAlignerTest {

    // Blinken, seed 001.
    static final String RISK = "It's urgent that everyone in the region takes stock in the situation, understand the "
            + "risk of miscalculation, and make decisions that will calm tensions, not exacerbate them";
    // Nasrallah, seed 001.
    static final String WAIT = "Iran will respond, and Hezbollah will respond, and the enemy waits... Making the "
            + "enemy wait is part of the punishment";

    private static Alignment align(String submitted, String attested) {
        SubmittedQuote q = SubmittedQuote.parse(submitted);
        return WordAligner.align(q.partTokens(), TextNormalizer.styleTokens(attested));
    }

    private static List<Alignment.Kind> kinds(Alignment a) {
        return a.ops().stream().map(Alignment.Op::kind).toList();
    }

    @Test
    void wholeQuote() {
        Alignment a = align(RISK, RISK);
        assertTrue(a.isExact());
        assertTrue(a.coversWholeQuote());
        assertEquals(1.0, a.score());
        assertEquals(List.of(Alignment.Kind.EQUAL), kinds(a));
    }

    @Test
    void excerptInTheMiddle() {
        Alignment a = align("understand the risk of miscalculation", RISK);
        assertTrue(a.isExact());
        assertFalse(a.coversWholeQuote());
        assertEquals(1.0, a.score());
        List<Token> att = TextNormalizer.styleTokens(RISK);
        assertEquals("understand", att.get(a.attestedFrom()).norm());
        assertEquals("miscalculation", att.get(a.attestedTo() - 1).norm());
    }

    @Test
    void ellipsisPartsInOrderAreExactWithElisions() {
        Alignment a = align("Iran will respond ... the enemy wait is part of the punishment", WAIT);
        assertTrue(a.isExact());
        assertFalse(a.coversWholeQuote());
        assertEquals(List.of(Alignment.Kind.EQUAL, Alignment.Kind.ELIDED, Alignment.Kind.EQUAL), kinds(a));
        assertEquals(1.0, a.score());
        assertEquals(2, a.windows().size());
        assertTrue(a.windows().get(0).to() <= a.windows().get(1).from());
    }

    @Test
    void ellipsisPartsOutOfOrderAreNotExact() {
        Alignment a = align("part of the punishment … Iran will respond", WAIT);
        assertFalse(a.isExact());
        assertTrue(a.score() < 1.0);
        assertTrue(WordAligner.everyPartOccurs(
                SubmittedQuote.parse("part of the punishment … Iran will respond")
                        .partTokens(),
                TextNormalizer.styleTokens(WAIT)));
    }

    @Test
    void overlappingPartsAreNotExact() {
        // "the enemy" occurs twice; the second part may not reuse the words of the first.
        Alignment a = align("and the enemy waits … the enemy waits", WAIT);
        assertFalse(a.isExact());
    }

    @Test
    void ellipsisPartsWithAnAlteredPartStillAlign() {
        Alignment a = align("Iran will respond … the enemy wait is part of their punishment", WAIT);
        assertFalse(a.isExact());
        assertTrue(kinds(a).contains(Alignment.Kind.ELIDED));
        assertTrue(kinds(a).contains(Alignment.Kind.REPLACE));
        assertEquals(10, a.sharedWords());
        assertEquals(11, a.submittedWords());
        assertEquals(11, a.alignedAttestedWords());
    }

    @Test
    void substitutionInsertionAndDeletion() {
        Alignment a = align("everyone in the whole region takes stock of the situation and understand the risk", RISK);
        // in the [whole] region … stock (in→of) the situation … understand the risk
        assertTrue(kinds(a).contains(Alignment.Kind.INSERT));
        assertTrue(kinds(a).contains(Alignment.Kind.REPLACE));
        assertFalse(a.isExact());
        assertEquals(11, a.sharedWords());
        assertEquals(14, a.submittedWords());
        assertEquals(12, a.alignedAttestedWords());
    }

    @Test
    void droppedWordInsideTheRegionDoesNotSplitIt() {
        Alignment a = align("make decisions that will calm tensions, exacerbate them", RISK);
        assertEquals(List.of(Alignment.Kind.EQUAL, Alignment.Kind.DELETE, Alignment.Kind.EQUAL), kinds(a));
        assertEquals(8, a.sharedWords());
    }

    @Test
    void everySubmittedWordCounts() {
        // A long sentence around a two-word scare quote scores low: the rest are insertions.
        Alignment a = align("Israel's retaliation against Iran should be very direct and fast", "very direct");
        assertEquals(2, a.sharedWords());
        assertTrue(a.score() < 0.4, "score " + a.score());
        assertTrue(a.precision() < 0.3);
    }

    @Test
    void nothingInCommon() {
        Alignment a = align("sonic booms rattled windows", RISK);
        assertEquals(0, a.sharedWords());
        assertEquals(0.0, a.score());
    }

    @Test
    void checksArguments() {
        assertThrows(IllegalArgumentException.class, () -> WordAligner.align(List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> WordAligner.align(List.of(List.of()), List.of()));
    }
}
