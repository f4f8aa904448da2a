package news.verbatim.quote;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.verbatim.article.OutletRepository;
import news.verbatim.common.PageRequest;
import news.verbatim.common.PageResponse;
import news.verbatim.index.QuoteIndexService;
import news.verbatim.index.WordHits;
import news.verbatim.index.WordQuery;
import news.verbatim.text.TextNormalizer;

/**
 * The quote search with words ({@code GET /api/v1/quotes?q=}) answered by the quote index: Lucene finds, orders
 * and counts the matching quotes (every word a whole word of the quote's style key, as the database's
 * {@code LIKE} search does), and the database then loads only that page's quotes by id. An outlet name is
 * resolved to outlet ids first, as the database matches names.
 *
 * <p>The index follows the database through the change log, so it may briefly hold a quote just deleted through
 * another instance: such a quote is left out of the page, and the total still counts it until the index has
 * applied the deletion. Writes through this instance are applied before their request answers.
 *
 * <pre>{@code
 * if (search.answers(filter)) { PageResponse<Quote> page = search.page(filter, speakerIds, PageRequest.of("0", "20")); }
 * }</pre>
 */
@ApplicationScoped
public class QuoteSearch {

    private final QuoteIndexService index;
    private final QuoteRepository quotes;
    private final OutletRepository outlets;

    public QuoteSearch(QuoteIndexService index, QuoteRepository quotes, OutletRepository outlets) {
        this.index = index;
        this.quotes = quotes;
        this.outlets = outlets;
    }

    /**
     * Whether the index answers {@code filter}: it has words to search, and the index is not being rebuilt
     * (then the database answers, slowly but completely).
     */
    public boolean answers(QuoteFilter filter) {
        return filter.words() != null
                && !TextNormalizer.styleKey(filter.words()).isEmpty()
                && !index.rebuilding();
    }

    /**
     * The page of the quotes passing {@code filter}, in the order of {@link QuoteRepository#matching}.
     *
     * @param speakerIds the speakers the filter's typed speaker name matched, or null when it names none
     */
    public PageResponse<Quote> page(QuoteFilter filter, List<Long> speakerIds, PageRequest page) {
        WordQuery query = new WordQuery(
                TextNormalizer.styleKey(filter.words()),
                speakers(speakerIds, filter.speakerId()),
                filter.outlet() == null ? null : outlets.idsMatching(filter.outlet()),
                filter.from(),
                filter.to(),
                filter.articleId());
        WordHits hits;
        try {
            hits = index.index().searchWords(query, page.offset(), page.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the quote index", e);
        }
        Map<Long, Quote> byId = quotes.findFullByIds(hits.quoteIds()).stream()
                .collect(Collectors.toMap(q -> q.id, Function.identity()));
        List<Quote> items = new ArrayList<>(hits.quoteIds().size());
        for (Long id : hits.quoteIds()) {
            Quote quote = byId.get(id);
            if (quote != null) { // deleted since the index saw it: see the class comment
                items.add(quote);
            }
        }
        return new PageResponse<>(items, page.page(), page.size(), hits.total());
    }

    /** The speakers both filters admit, or null when neither is given. */
    private static Set<Long> speakers(List<Long> byName, Long byId) {
        if (byName == null && byId == null) {
            return null;
        }
        Set<Long> admitted = byName == null ? new HashSet<>(List.of(byId)) : new HashSet<>(byName);
        if (byName != null && byId != null) {
            admitted.retainAll(Set.of(byId));
        }
        return admitted;
    }
}
