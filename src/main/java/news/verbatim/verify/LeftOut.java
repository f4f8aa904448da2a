package news.verbatim.verify;

import java.util.Set;

/**
 * Stored articles a verification treats as absent, with the ids of their quotes: the page under check, when the
 * corpus already holds it, must not confirm itself.
 *
 * @param articleIds the articles left out; their sources are not listed
 * @param quoteIds   every quote of those articles; none is a candidate match
 */
public record LeftOut(Set<Long> articleIds, Set<Long> quoteIds) {

    /** Nothing left out: an ordinary verification. */
    public static final LeftOut NOTHING = new LeftOut(Set.of(), Set.of());

    public LeftOut {
        articleIds = Set.copyOf(articleIds);
        quoteIds = Set.copyOf(quoteIds);
    }
}
