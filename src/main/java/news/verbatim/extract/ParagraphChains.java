package news.verbatim.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A quote that runs over several paragraphs (each re-opening the quote the one before left open) has one
 * speaker: the one found in any of its parts is given to all of them. A pass of {@link QuoteAttributor} that
 * changes the decisions in place:
 *
 * <pre>{@code
 * ParagraphChains.unify(layout, candidates, decided);
 * }</pre>
 */
final class ParagraphChains {

    private ParagraphChains() {}

    /** In a quote that runs over several paragraphs, a speaker found in any part applies to all parts. */
    static void unify(ArticleLayout layout, List<QuoteCandidate> candidates, AttributedQuote[] decided) {
        int n = candidates.size();
        int i = 0;
        while (i < n) {
            if (!candidates.get(i).speech()) {
                i++;
                continue;
            }
            int j = i;
            List<Integer> chain = new ArrayList<>();
            chain.add(i);
            while (layout.spans.get(j).continuesToNext()
                    && j + 1 < n
                    && candidates.get(j + 1).speech()
                    && layout.spans.get(j + 1).continuesFromPrevious()) {
                j++;
                chain.add(j);
            }
            if (chain.size() > 1) {
                AttributedQuote known = null;
                for (int k : chain) {
                    if (decided[k].speaker().isKnown()) {
                        known = decided[k];
                        break;
                    }
                }
                if (known != null) {
                    for (int k : chain) {
                        if (decided[k] != known) {
                            decided[k] = decided[k].withSpeakerOf(known);
                        }
                    }
                }
            }
            i = j + 1;
        }
    }
}
