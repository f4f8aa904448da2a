package news.verbatim.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.verbatim.copies.WireCredits;
import news.verbatim.text.NameKeys;

/**
 * Orders the sources of one statement as groups: each original (and each copy whose original does not carry the
 * statement here) in date order, followed by the copies of it. The first appearance is the earliest original;
 * only when every source is a copy is it the earliest copy. Counts the independent outlets apart from the copies.
 *
 * <pre>{@code
 * List<SourceView> grouped = SourceGroups.group(rowsEarliestFirst);
 * SourceGroups.Counts counts = SourceGroups.count(grouped); // 1 independent outlet, 1 copy
 * }</pre>
 */
public final class SourceGroups {

    private SourceGroups() {}

    /** How many sources a statement has, how many independent outlets among them, and how many copies. */
    public record Counts(int sources, int independentOutlets, int copies) {}

    /** The sources of one statement, {@code rows} earliest first, as groups of an original and its copies. */
    public static List<SourceView> group(List<QuoteRepository.SourceRow> rows) {
        Map<Long, QuoteRepository.SourceRow> byArticle = new HashMap<>();
        rows.forEach(r -> byArticle.putIfAbsent(r.articleId(), r));
        Map<QuoteRepository.SourceRow, List<QuoteRepository.SourceRow>> groups = new LinkedHashMap<>();
        for (QuoteRepository.SourceRow r : rows) {
            if (head(r, byArticle) == r) {
                groups.put(r, new ArrayList<>());
            }
        }
        for (QuoteRepository.SourceRow r : rows) {
            QuoteRepository.SourceRow head = head(r, byArticle);
            if (head != r) {
                groups.get(head).add(r);
            }
        }
        QuoteRepository.SourceRow first = groups.keySet().stream()
                .filter(r -> !isCopy(r))
                .findFirst()
                .orElse(groups.isEmpty() ? null : groups.keySet().iterator().next());
        List<SourceView> out = new ArrayList<>(rows.size());
        groups.forEach((head, copies) -> {
            out.add(head.view(head == first, isCopy(head)));
            copies.forEach(r -> out.add(r.view(false, true)));
        });
        return out;
    }

    /**
     * The row heading {@code row}'s group: the source it copies, followed through copies of copies (writers racing
     * each other can leave such a chain for a moment), up to one whose original does not carry the statement
     * here. Every row has a head, so no source is ever left out (a loop of copies stops where it closes).
     */
    private static QuoteRepository.SourceRow head(
            QuoteRepository.SourceRow row, Map<Long, QuoteRepository.SourceRow> byArticle) {
        QuoteRepository.SourceRow at = row;
        Set<Long> seen = new HashSet<>();
        while (at.copyOfArticleId() != null
                && byArticle.containsKey(at.copyOfArticleId())
                && seen.add(at.articleId())) {
            at = byArticle.get(at.copyOfArticleId());
        }
        return at;
    }

    /**
     * The counts of grouped sources: the independent outlets are those of the originals, and for a copy whose
     * original is not among them, the outlet it copies (its stored original's, else the one its credit names).
     */
    public static Counts count(List<SourceView> sources) {
        Set<String> outlets = new LinkedHashSet<>();
        Set<Long> present = new HashSet<>();
        sources.forEach(s -> present.add(s.articleId()));
        int copies = 0;
        for (SourceView s : sources) {
            if (!s.copy()) {
                outlets.add(NameKeys.outlet(s.outlet()));
                continue;
            }
            copies++;
            if (s.copyOf() != null && !present.contains(s.copyOf().articleId())) {
                outlets.add(NameKeys.outlet(s.copyOf().outlet()));
            } else if (s.copyOf() == null && s.creditedTo() != null) {
                outlets.add(NameKeys.outlet(s.creditedTo()));
            }
        }
        return new Counts(sources.size(), outlets.size(), copies);
    }

    private static boolean isCopy(QuoteRepository.SourceRow r) {
        return r.copyOfArticleId() != null || WireCredits.creditsAnother(r.creditedOutlet(), r.outlet());
    }
}
