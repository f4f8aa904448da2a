package news.verbatim.article;

import java.util.List;
import news.verbatim.quote.QuoteDraft;

/**
 * An article checked and ready to store: its quotes extracted (or given by an export), its idempotency key
 * computed. Made by {@link ArticleIngestion#prepare} or {@link ArticleIngestion#prepareExported}, outside any
 * transaction.
 *
 * @param sha        the idempotency key: the same key stored before makes the article a duplicate
 * @param storedText the text to keep; the drafts' offsets point into it
 * @param manual     a one-quote article made by adding a quote by hand
 */
public record PreparedArticle(
        ArticleMeta meta, String sha, String storedText, boolean manual, List<QuoteDraft> drafts) {

    public PreparedArticle {
        drafts = List.copyOf(drafts);
    }
}
