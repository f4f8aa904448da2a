package news.verbatim.index;

import java.util.List;

/**
 * One page of a word search.
 *
 * @param quoteIds the quotes of the page, in the search's order
 * @param total    how many quotes the index holds that match
 */
public record WordHits(List<Long> quoteIds, long total) {
    public WordHits {
        quoteIds = List.copyOf(quoteIds);
    }

    static final WordHits NONE = new WordHits(List.of(), 0);
}
