package news.verbatim.article;

import java.util.List;
import news.verbatim.copies.WireCredits;
import news.verbatim.quote.QuoteDraft;

/**
 * An article checked and ready to store: its quotes extracted (or given by an export), its idempotency key
 * computed. Made by {@link ArticleIngestion#prepare} or {@link ArticleIngestion#prepareExported}, outside any
 * transaction.
 *
 * @param sha            the idempotency key within the outlet: the same key stored before by the same outlet makes
 *                       the article a duplicate
 * @param storedText     the text to keep; the drafts' offsets point into it
 * @param manual         a one-quote article made by adding a quote by hand
 * @param credit         the wire or syndication credit the raw copy prints, or null
 * @param detectCopies   compare the article with the stored ones it shares quotes with and link it as a copy or
 *                       an original; false for an exported article, whose link the export carries
 */
public record PreparedArticle(
        ArticleMeta meta,
        String sha,
        String storedText,
        boolean manual,
        List<QuoteDraft> drafts,
        WireCredits.Credit credit,
        boolean detectCopies) {

    public PreparedArticle {
        drafts = List.copyOf(drafts);
    }

    /** An article that credits nobody and is not compared with the stored ones. */
    public PreparedArticle(ArticleMeta meta, String sha, String storedText, boolean manual, List<QuoteDraft> drafts) {
        this(meta, sha, storedText, manual, drafts, null, false);
    }
}
