package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import news.verbatim.quote.SourceView;
import org.junit.jupiter.api.Test;

class ClaimedSourceCheckTest {

    private static final LocalDate AUG_6 = LocalDate.of(2024, 8, 6);
    private static final LocalDate AUG_7 = LocalDate.of(2024, 8, 7);

    private static SourceView source(long quoteId, String outlet, LocalDate date) {
        return new SourceView(quoteId, quoteId, outlet, "Title", null, date, "words", false, null);
    }

    private static final List<SourceView> TWO = List.of(source(1, "Jerusalem Post", AUG_6), source(2, "CNN", AUG_7));

    /** Article texts by quote id, recording which quotes were asked for. */
    private static final class Texts implements Function<Collection<Long>, Map<Long, String>> {
        final List<Long> asked = new ArrayList<>();
        final Map<Long, String> texts;

        Texts(Map<Long, String> texts) {
            this.texts = texts;
        }

        @Override
        public Map<Long, String> apply(Collection<Long> ids) {
            asked.addAll(ids);
            return texts;
        }
    }

    @Test
    void nothingClaimedNothingChecked() {
        assertEquals(ClaimedSourceCheck.Result.NONE, ClaimedSourceCheck.check(null, null, TWO, new Texts(Map.of())));
        assertEquals(ClaimedSourceCheck.Result.NONE, ClaimedSourceCheck.check("  ", null, TWO, new Texts(Map.of())));
    }

    @Test
    void theClaimedOutletAndDateOfASourceCarryIt() {
        Texts texts = new Texts(Map.of());
        ClaimedSourceCheck.Result r = ClaimedSourceCheck.check("the jerusalem post", AUG_6, TWO, texts);
        assertTrue(r.view().carried());
        assertEquals(Boolean.TRUE, r.view().outletCarried());
        assertEquals(Boolean.TRUE, r.view().dateCarried());
        assertEquals("", r.clause());
        assertEquals(List.of(), texts.asked, "no article is read when a source is the outlet");
        assertEquals("Verified.", r.explain("Verified."));
    }

    @Test
    void aWrongOutletIsStatedWithTheSourcesThatPrintedIt() {
        ClaimedSourceCheck.Result r = ClaimedSourceCheck.check(" Fox News ", null, TWO, new Texts(Map.of()));
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
        ClaimedSourceCheck.Result r = ClaimedSourceCheck.check("CNN", AUG_6, TWO, new Texts(Map.of()));
        assertFalse(r.view().carried());
        assertEquals(Boolean.TRUE, r.view().outletCarried());
        assertEquals(Boolean.TRUE, r.view().dateCarried(), "Jerusalem Post printed it that day");
        assertEquals("; CNN printed it on 2024-08-07, not on the claimed 2024-08-06", r.clause());

        ClaimedSourceCheck.Result dateOnly =
                ClaimedSourceCheck.check(null, LocalDate.of(2024, 8, 9), TWO, new Texts(Map.of()));
        assertEquals(
                "; it was printed by Jerusalem Post on 2024-08-06 and CNN on 2024-08-07, not on the claimed 2024-08-09",
                dateOnly.clause());
    }

    @Test
    void aSourceThatPrintedTheClaimedOutletsCopyCarriesIt() {
        Texts texts = new Texts(Map.of(2L, "NORTHPORT, June 12 (Reuters) - The port said"));
        ClaimedSourceCheck.Result r = ClaimedSourceCheck.check("Reuters", null, TWO, texts);
        assertTrue(r.view().carried());
        assertEquals("CNN", r.view().syndicatedIn());
        assertEquals("(Reuters) -", r.view().credit());
        assertEquals("; CNN printed it as a Reuters copy (credited \u201C(Reuters) -\u201D)", r.clause());
        assertEquals(List.of(1L, 2L), texts.asked);

        ClaimedSourceCheck.Result wrongDay = ClaimedSourceCheck.check("Reuters", AUG_6, TWO, texts);
        assertFalse(wrongDay.view().carried());
        assertEquals(
                "; CNN printed it as a Reuters copy on 2024-08-07, not on the claimed 2024-08-06", wrongDay.clause());
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
                ClaimedSourceCheck.check("Fox News", null, five, new Texts(Map.of()))
                        .clause());
    }

    @Test
    void nothingFoundCarriesNothingAndSaysNothing() {
        ClaimedSourceCheck.Result r = ClaimedSourceCheck.check("CNN", AUG_6, List.of(), new Texts(Map.of()));
        assertFalse(r.view().carried());
        assertEquals("", r.clause());
        assertEquals("2024-08-06", r.view().date());
    }
}
