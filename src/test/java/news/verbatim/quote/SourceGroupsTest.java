package news.verbatim.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceGroupsTest {

    private static QuoteRepository.SourceRow row(long articleId, String outlet, String date, Long copyOf) {
        return new QuoteRepository.SourceRow(
                7L,
                articleId,
                articleId * 10,
                outlet,
                "Town pool to close",
                null,
                LocalDate.parse(date),
                "Patching a tank that is fifty years old is throwing good money after bad",
                null,
                null,
                null,
                null,
                copyOf,
                copyOf == null ? null : "outlet of " + copyOf,
                copyOf == null ? null : "Town pool to close",
                null);
    }

    @Test
    void copiesFollowTheirOriginalAndTheEarliestOriginalIsTheFirstAppearance() {
        List<SourceView> grouped = SourceGroups.group(List.of(
                row(1, "Weekly Roundup", "2025-03-06", null),
                row(2, "Vale North Post", "2025-03-07", null),
                row(3, "Vale South Post", "2025-03-07", 2L),
                row(4, "Harbour Gazette", "2025-03-08", null),
                row(5, "Vale East Post", "2025-03-08", 2L)));
        assertEquals(
                List.of(1L, 2L, 3L, 5L, 4L),
                grouped.stream().map(SourceView::articleId).toList());
        assertEquals(
                List.of(true, false, false, false, false),
                grouped.stream().map(SourceView::first).toList());
        assertEquals(new SourceGroups.Counts(5, 3, 2), SourceGroups.count(grouped));
    }

    @Test
    void aCopyOfACopyIsListedUnderTheOriginalAtTheHeadOfTheChain() {
        // Writers racing each other can leave 4 -> 3 -> 2 for a moment; before, 4 headed nothing and was dropped.
        List<SourceView> grouped = SourceGroups.group(List.of(
                row(1, "Weekly Roundup", "2025-03-06", null),
                row(2, "Vale North Post", "2025-03-07", null),
                row(3, "Vale South Post", "2025-03-07", 2L),
                row(4, "Vale West Post", "2025-03-07", 3L)));
        assertEquals(
                List.of(1L, 2L, 3L, 4L),
                grouped.stream().map(SourceView::articleId).toList());
        assertEquals(new SourceGroups.Counts(4, 2, 2), SourceGroups.count(grouped));
    }

    @Test
    void aCopyWhoseOriginalDoesNotCarryTheStatementHeadsItsOwnGroupAndCountsThatOutlet() {
        List<SourceView> grouped = SourceGroups.group(
                List.of(row(3, "Vale South Post", "2025-03-07", 2L), row(4, "Vale West Post", "2025-03-07", 3L)));
        assertEquals(
                List.of(3L, 4L), grouped.stream().map(SourceView::articleId).toList());
        assertEquals(
                List.of(true, false), grouped.stream().map(SourceView::first).toList());
        assertEquals(new SourceGroups.Counts(2, 1, 2), SourceGroups.count(grouped));
    }

    @Test
    void aLoopOfCopiesLosesNoSource() {
        List<SourceView> grouped = SourceGroups.group(
                List.of(row(2, "Vale North Post", "2025-03-07", 3L), row(3, "Vale South Post", "2025-03-07", 2L)));
        assertEquals(2, grouped.size());
    }
}
