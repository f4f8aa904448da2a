package news.verbatim.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which stored articles are compared with a new one, and which member of a group of one text is its original. */
class CopyLinkerTest {

    private static long ids;

    private static Article article(String outlet, String date, String credit, boolean distributor) {
        Article a = new Article();
        a.id = ++ids;
        a.outlet = new Outlet();
        a.outlet.name = outlet;
        a.outlet.nameKey = OutletRepository.key(outlet);
        a.publishedAt = LocalDate.parse(date);
        a.creditedOutlet = credit;
        a.creditedDistributor = distributor;
        return a;
    }

    @Test
    void theWiresOwnStoryIsTheOriginalEvenWhenAReprintIsEarlier() {
        Article courier = article("Valley Courier", "2025-06-09", "Reuters", false);
        Article wire = article("Reuters", "2025-06-10", "Reuters", false);
        Article gazette = article("Harbour Gazette", "2025-06-09", null, false);
        assertSame(wire, CopyLinker.original(List.of(courier, gazette, wire)));
    }

    @Test
    void withoutTheWiresStoryTheCopyCreditingItHeadsTheGroup() {
        Article times = article("Lakeside Times", "2025-05-04", null, false);
        Article ledger = article("Northfield Ledger", "2025-05-05", "Associated Press", false);
        assertSame(ledger, CopyLinker.original(List.of(times, ledger)));
    }

    @Test
    void aDistributorsCreditNamesNoAuthorSoTheEarliestUncreditedArticleIsTheOriginal() {
        Article author = article("Bay Echo", "2025-04-02", null, false);
        Article syndicated = article("Valley Courier", "2025-04-01", "Tribune Content Agency", true);
        assertSame(author, CopyLinker.original(List.of(syndicated, author)));
    }

    @Test
    void withoutCreditsTheEarliestThenTheFirstStoredIsTheOriginal() {
        Article later = article("A Daily", "2025-04-03", null, false);
        Article first = article("B Daily", "2025-04-02", null, false);
        Article sameDay = article("C Daily", "2025-04-02", null, false);
        assertSame(first, CopyLinker.original(List.of(later, sameDay, first)));
    }

    @Test
    void candidatesShareTwoKeysOrMoreTheMostSharedFirstAndNeverTheArticleItself() {
        Article fresh = article("A Daily", "2025-04-03", null, false);
        fresh.id = 100L;
        List<ArticleRepository.BandHolder> holders = List.of(
                new ArticleRepository.BandHolder(1, 7),
                new ArticleRepository.BandHolder(2, 7),
                new ArticleRepository.BandHolder(1, 5),
                new ArticleRepository.BandHolder(2, 5),
                new ArticleRepository.BandHolder(3, 5),
                new ArticleRepository.BandHolder(3, 9), // one key in common says nothing
                new ArticleRepository.BandHolder(1, 3),
                new ArticleRepository.BandHolder(3, 3),
                new ArticleRepository.BandHolder(1, fresh.id),
                new ArticleRepository.BandHolder(2, fresh.id));
        assertEquals(List.of(5L, 3L, 7L), CopyLinker.sharing(fresh, holders));
    }
}
