package news.verbatim.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
        Set<Long> present = new HashSet<>();
        rows.forEach(r -> present.add(r.articleId()));
        List<QuoteRepository.SourceRow> heads = rows.stream()
                .filter(r -> r.copyOfArticleId() == null || !present.contains(r.copyOfArticleId()))
                .toList();
        QuoteRepository.SourceRow first =
                heads.stream().filter(r -> !isCopy(r)).findFirst().orElse(heads.isEmpty() ? null : heads.get(0));
        List<SourceView> out = new ArrayList<>(rows.size());
        for (QuoteRepository.SourceRow head : heads) {
            out.add(head.view(head == first, isCopy(head)));
            for (QuoteRepository.SourceRow r : rows) {
                if (r != head && r.copyOfArticleId() != null && r.copyOfArticleId() == head.articleId()) {
                    out.add(r.view(false, true));
                }
            }
        }
        return out;
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
