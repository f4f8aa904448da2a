package news.verbatim.index;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What word search filters and orders a quote by, read with it from the database: where and when it was printed
 * and who said it.
 *
 * @param articleId   the article that printed it
 * @param publishedAt the article's publication date
 * @param startOffset where the quote starts in the article text (the order within one article)
 * @param speakerId   its speaker
 * @param outletId    the article's outlet
 */
public record QuoteFacets(long articleId, LocalDate publishedAt, int startOffset, long speakerId, long outletId) {
    public QuoteFacets {
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
