package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.verbatim.text.TextNormalizer;
import news.verbatim.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Editorial marks read in alignments and verdicts, over the seed quotes (fixtures/expected). */
class EditorialStepsTest {

    private static final Verifier VERIFIER = new Verifier();
    private static List<AttestedQuote> seeds;

    @BeforeAll
    static void load() {
        seeds = SeedQuotes.load();
    }

    private static Verification verify(String submitted) {
        return VERIFIER.verify(SubmittedQuote.parse(submitted), seeds);
    }

    private static List<String> ops(Verification v) {
        return v.matches().get(0).diff().stream().map(DiffOp::op).toList();
    }

    private static DiffOp first(Verification v, String op) {
        return v.matches().get(0).diff().stream()
                .filter(d -> d.op().equals(op))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no " + op + " step in " + v.matches().get(0).diff()));
    }

    @Test
    void aBracketForAPronounIsABracketStepNotAnEntityChange() {
        Verification v = verify("[Iran] won't understand what happened and how it happened");
        assertEquals(Verdict.EXCERPT, v.verdict(), v.explanation());
        assertFalse(v.matches().get(0).meaningChanged());
        DiffOp bracket = first(v, DiffOp.BRACKET);
        assertEquals("[Iran]", bracket.submitted());
        assertEquals("They", bracket.attested());
        assertTrue(
                v.explanation().contains("with the editor's bracket \u201C[Iran]\u201D for \u201CThey\u201D"),
                v.explanation());
    }

    @Test
    void aBracketOfSeveralWordsClarifiesAReference() {
        Verification v = verify("[The United States] communicated that message directly to Israel");
        assertEquals(Verdict.EXCERPT, v.verdict(), v.explanation());
        DiffOp bracket = first(v, DiffOp.BRACKET);
        assertEquals("[The United States]", bracket.submitted());
        assertEquals("We", bracket.attested());
    }

    @Test
    void aBracketNextToARealEditIsSplitFromIt() {
        Verification v = verify("[Iran] really won't understand what happened and how it happened");
        assertEquals(Verdict.ALTERED, v.verdict(), v.explanation());
        assertEquals(new DiffOp(DiffOp.BRACKET, "[Iran]", "They"), first(v, DiffOp.BRACKET));
        assertEquals(new DiffOp(DiffOp.INSERT, "really", ""), first(v, DiffOp.INSERT));
        assertFalse(
                v.matches().get(0).meaningChanged(),
                v.matches().get(0).meaningChanges().toString());
    }

    @Test
    void aBracketBesideAPronounIsABracketAdded() {
        Verification v = verify("They [the Iranians] won't understand what happened");
        assertEquals(Verdict.EXCERPT, v.verdict(), v.explanation());
        assertEquals(new DiffOp(DiffOp.BRACKET, "[the Iranians]", ""), first(v, DiffOp.BRACKET));
        assertTrue(v.explanation().contains("the editor's bracket \u201C[the Iranians]\u201D added"), v.explanation());
    }

    @Test
    void aBracketForANameIsStillAnEditAndAnEntityChange() {
        Verification v = verify("[Iran] has no interest in a war of attrition");
        assertEquals(Verdict.ALTERED, v.verdict());
        assertFalse(ops(v).contains(DiffOp.BRACKET), ops(v).toString());
        assertTrue(
                v.matches().get(0).meaningChanges().stream().anyMatch(c -> c.type() == MeaningChange.Type.ENTITY),
                v.matches().get(0).meaningChanges().toString());
    }

    @Test
    void aBracketedNegationIsStillANegationChange() {
        Verification v = verify("It's [not] urgent that everyone in the region takes stock in the situation");
        assertEquals(Verdict.ALTERED, v.verdict());
        assertEquals(
                MeaningChange.Type.NEGATION,
                v.matches().get(0).meaningChanges().get(0).type());
    }

    @Test
    void sicIsANoteWhereItStands() {
        Verification v = verify("It's urgent that everyone in the region takes stock in the situation, understand [sic]"
                + " the risk of miscalculation, and make decisions that will calm tensions, not exacerbate them");
        assertEquals(Verdict.VERIFIED, v.verdict(), v.explanation());
        assertEquals(List.of(DiffOp.EQUAL, DiffOp.BRACKET, DiffOp.EQUAL), ops(v));
        List<DiffOp> diff = v.matches().get(0).diff();
        assertTrue(diff.get(0).submitted().endsWith("understand"), diff.get(0).submitted());
        assertEquals(new DiffOp(DiffOp.BRACKET, "[sic]", ""), diff.get(1));
        assertTrue(v.explanation().contains("the editor's note \u201C[sic]\u201D"), v.explanation());
    }

    @Test
    void sicDoesNotHideAnEdit() {
        Verification v = verify("No one should escalate [sic] the conflict");
        assertEquals(Verdict.ALTERED, v.verdict());
        assertTrue(ops(v).contains(DiffOp.BRACKET), ops(v).toString());
        assertTrue(ops(v).contains(DiffOp.REPLACE), ops(v).toString());
    }

    @Test
    void emphasisAddedAtTheEndIsANoteAfterTheWords() {
        Verification v = verify("\u201CNo one should escalate this conflict\u201D (emphasis added)");
        assertEquals(Verdict.VERIFIED, v.verdict(), v.explanation());
        assertEquals(List.of(DiffOp.EQUAL, DiffOp.BRACKET), ops(v));
        assertEquals("(emphasis added)", first(v, DiffOp.BRACKET).submitted());
    }

    @Test
    void aDroppedOutletGlossIsAGlossStepNotAnEdit() {
        Verification v = verify("major mistake by the Zionist regime that will not go unanswered");
        assertEquals(Verdict.VERIFIED, v.verdict(), v.explanation());
        assertFalse(v.matches().get(0).meaningChanged());
        assertEquals(new DiffOp(DiffOp.GLOSS, "", "(Israel)"), first(v, DiffOp.GLOSS));
        assertTrue(v.explanation().contains("the outlet's own gloss \u201C(Israel)\u201D left out"), v.explanation());
    }

    @Test
    void aKeptOutletGlossIsExact() {
        Verification v = verify("major mistake by the Zionist regime (Israel) that will not go unanswered");
        assertEquals(Verdict.VERIFIED, v.verdict());
        assertEquals(List.of(DiffOp.EQUAL), ops(v));
    }

    @Test
    void aPronounForAnOutletGlossIsAGlossStep() {
        Verification v = verify("at the end of the day, we just don't know what they will do");
        assertEquals(Verdict.VERIFIED, v.verdict(), v.explanation());
        assertEquals(new DiffOp(DiffOp.GLOSS, "they", "(Iran)"), first(v, DiffOp.GLOSS));
        assertTrue(
                v.explanation().contains("\u201Cthey\u201D for the outlet's own gloss \u201C(Iran)\u201D"),
                v.explanation());
    }

    @Test
    void aNameForAnOutletGlossIsStillAnEdit() {
        Verification v = verify("at the end of the day, we just don't know what Israel will do");
        assertEquals(Verdict.ALTERED, v.verdict());
        assertFalse(ops(v).contains(DiffOp.GLOSS), ops(v).toString());
    }

    @Test
    void glossSpanIsExactlyTheParenthesisedWords() {
        String text = "the Zionist regime (Israel) that will";
        List<Token> att = TextNormalizer.styleTokens(text);
        int[] span = OutletGloss.span(att, 3, 4, text);
        assertNotNull(span);
        assertEquals("(Israel)", text.substring(span[0], span[1]));
        assertNull(OutletGloss.span(att, 2, 4, text), "regime is outside the parentheses");
        assertNull(OutletGloss.span(att, 4, 5, text), "that is not in parentheses");
    }

    @Test
    void withoutMarksOrGlossesTheAlignmentIsUnchanged() {
        SubmittedQuote s = SubmittedQuote.parse("No one should escalate the conflict");
        List<Token> att = TextNormalizer.styleTokens("No one should escalate this conflict");
        Alignment a = WordAligner.align(s.partTokens(), att);
        assertEquals(a, EditorialSteps.read(a, s, att, "No one should escalate this conflict"));
    }
}
