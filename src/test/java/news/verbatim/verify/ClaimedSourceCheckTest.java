package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import news.verbatim.article.OriginalArticle;
import news.verbatim.quote.SourceView;
import org.junit.jupiter.api.Test;

class ClaimedSourceCheckTest {

    private static final LocalDate AUG_6 = LocalDate.of(2024, 8, 6);
    private static final LocalDate AUG_7 = LocalDate.of(2024, 8, 7);

    private static SourceView source(long quoteId, String outlet, LocalDate date) {
        return copy(quoteId, outlet, date, null, null);
    }

    private static SourceView copy(long quoteId, String outlet, LocalDate date, String creditedTo, String original) {
        OriginalArticle copyOf = original == null ? null : new OriginalArticle(99, original, "Original");
        boolean isCopy = copyOf != null || creditedTo != null;
        return new SourceView(
                quoteId, quoteId, outlet, "Title", null, date, "words", false, null, isCopy, copyOf, creditedTo);
    }

    private static final List<SourceView> TWO = List.of(source(1, "Jerusalem Post", AUG_6), source(2, "CNN", AUG_7));

    @Test
    void nothingClaimedNothingChecked() {
        assertEquals(ClaimedSourceCheck.Result.NONE, ClaimedSourceCheck.check(null, null, TWO));
        assertEquals(ClaimedSourceCheck.Result.NONE, ClaimedSourceCheck.check("  ", null, TWO));
    }

    @Test
    void theClaimedOutletAndDateOfASourceCarryIt() {
        ClaimedSourceCheck.Result r = ClaimedSourceCheck.check("the jerusalem post", AUG_6, TWO);
        assertTrue(r.view().carried());
        assertEquals(Boolean.TRUE, r.view().outletCarried());
        assertEquals(Boolean.TRUE, r.view().dateCarried());
        assertEquals("", r.clause());
        assertEquals("Verified.", r.explain("Verified."));
    }

    @Test
    void aWrongOutletIsStatedWithTheSourcesThatPrintedIt() {
        ClaimedSourceCheck.Result r = ClaimedSourceCheck.check(" Fox News ", null, TWO);
        assertFalse(r.view().carried());
        assertEquals(Boolean.FALSE, r.view().outletCarried());
        assertNull(r.view().dateCarried());
        assertEquals(
                "; it was printed by Jerusalem Post on 2024-08-06 and CNN on 2024-08-07, not by the claimed Fox News",
                r.clause());
        assertEquals(
                "Verified: the words match (attributed by: \u201CBlinken said\u201D); it was printed by Jerusalem Post"
                        + " on 2024-08-06 and CNN on 2024-08-07, not by the claimed Fox News.",
                r.explain("Verified: the words match (attributed by: \u201CBlinken said\u201D)."));
    }

    @Test
    void aWrongDateIsStatedWithTheDatesTheOutletPrintedItOn() {
        ClaimedSourceCheck.Result r = ClaimedSourceCheck.check("CNN", AUG_6, TWO);
        assertFalse(r.view().carried());
        assertEquals(Boolean.TRUE, r.view().outletCarried());
        assertEquals(Boolean.TRUE, r.view().dateCarried(), "Jerusalem Post printed it that day");
        assertEquals("; CNN printed it on 2024-08-07, not on the claimed 2024-08-06", r.clause());

        ClaimedSourceCheck.Result dateOnly = ClaimedSourceCheck.check(null, LocalDate.of(2024, 8, 9), TWO);
        assertEquals(
                "; it was printed by Jerusalem Post on 2024-08-06 and CNN on 2024-08-07, not on the claimed 2024-08-09",
                dateOnly.clause());
    }

    @Test
    void aSourceThatPrintedTheClaimedOutletsCopyCarriesIt() {
        List<SourceView> wire = List.of(source(1, "Jerusalem Post", AUG_6), copy(2, "CNN", AUG_7, "Reuters", null));
        ClaimedSourceCheck.Result r = ClaimedSourceCheck.check("Reuters", null, wire);
        assertTrue(r.view().carried());
        assertEquals("CNN", r.view().syndicatedIn());
        assertEquals("Reuters", r.view().credit());
        assertEquals("; CNN printed it as a Reuters copy", r.clause());

        ClaimedSourceCheck.Result wrongDay = ClaimedSourceCheck.check("Reuters", AUG_6, wire);
        assertFalse(wrongDay.view().carried());
        assertEquals(
                "; CNN printed it as a Reuters copy on 2024-08-07, not on the claimed 2024-08-06", wrongDay.clause());

        // a reprint of a stored original carries the original's outlet; a leading "The" makes no other outlet
        List<SourceView> reprint = List.of(copy(3, "Valley Courier", AUG_7, null, "The Associated Press"));
        ClaimedSourceCheck.Result original = ClaimedSourceCheck.check("Associated Press", null, reprint);
        assertTrue(original.view().carried());
        assertEquals("; Valley Courier printed it as an Associated Press copy", original.clause());
        assertFalse(ClaimedSourceCheck.check("Reuters", null, TWO).view().carried(), "no credit, no copy");
    }

    @Test
    void manySourcesAreCounted() {
        List<SourceView> five = List.of(
                source(1, "A", AUG_6),
                source(2, "B", AUG_6),
                source(3, "C", AUG_7),
                source(4, "D", AUG_7),
                source(5, "E", AUG_7));
        assertEquals(
                "; it was printed by A on 2024-08-06, B on 2024-08-06, C on 2024-08-07 and 2 more sources, not by the"
                        + " claimed Fox News",
                ClaimedSourceCheck.check("Fox News", null, five).clause());
    }

    @Test
    void nothingFoundCarriesNothingAndSaysNothing() {
        ClaimedSourceCheck.Result r = ClaimedSourceCheck.check("CNN", AUG_6, List.of());
        assertFalse(r.view().carried());
        assertEquals("", r.clause());
        assertEquals("2024-08-06", r.view().date());
    }
}
