package news.verbatim.verify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import news.verbatim.quote.QuoteRepository;

/**
 * The capitalised words of the articles that carried candidate quotes ({@link ClaimInSource#capitalisedWords}),
 * kept by article id. Whether a source names the claimed person is asked on every verification whose claim a
 * candidate's cue could fit; reading and tokenising the whole article each time was a tenth of a verification's
 * CPU. An article's text never changes once stored (an edit is stored as a new article), so an entry is never
 * stale; a deleted article's entry is only unused, since no quote leads to it any more.
 */
@ApplicationScoped
class SourceNames {

    /** Articles kept: a few hundred words each, so tens of megabytes at most. */
    static final int MAX_ARTICLES = 5_000;

    private final Cache<Long, Set<String>> byArticle =
            Caffeine.newBuilder().maximumSize(MAX_ARTICLES).build();
    private final QuoteRepository quotes;

    SourceNames(QuoteRepository quotes) {
        this.quotes = quotes;
    }

    /** For each of {@code quoteIds}, the capitalised words of its article; a quote deleted meanwhile is absent. */
    Map<Long, Set<String>> ofQuotes(Collection<Long> quoteIds) {
        Map<Long, Long> articleOf = quotes.articleIdsOf(quoteIds);
        Set<Long> missing = new HashSet<>();
        for (Long articleId : articleOf.values()) {
            if (byArticle.getIfPresent(articleId) == null) {
                missing.add(articleId);
            }
        }
        Map<Long, Set<String>> read = new HashMap<>();
        quotes.articleTexts(missing)
                .forEach((articleId, text) -> read.put(articleId, ClaimInSource.capitalisedWords(text)));
        byArticle.putAll(read);
        Map<Long, Set<String>> out = new HashMap<>();
        articleOf.forEach((quoteId, articleId) -> {
            Set<String> words = read.containsKey(articleId) ? read.get(articleId) : byArticle.getIfPresent(articleId);
            if (words != null) {
                out.put(quoteId, words);
            }
        });
        return out;
    }
}
