package news.verbatim.article;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import news.verbatim.common.ApiException;
import news.verbatim.common.RetryingTransactions;
import news.verbatim.extract.AttributionEvidence;
import news.verbatim.extract.ExtractedQuote;
import news.verbatim.extract.ExtractionResult;
import news.verbatim.extract.QuoteExtractor;
import news.verbatim.quote.Attribution;
import news.verbatim.quote.QuoteDraft;
import news.verbatim.quote.QuoteKind;
import news.verbatim.quote.QuoteView;
import news.verbatim.quote.StatementRepair;
import news.verbatim.speaker.SpeakerKind;

/**
 * Turns raw article copy into stored quotes: checks it, extracts its quotes (outside any transaction: pure CPU
 * work holds no connection), stores article and quotes in one transaction that is retried when it loses a race
 * to a concurrent writer, and re-links its statements when another writer committed meanwhile.
 */
@ApplicationScoped
public class ArticleIngestion {

    /** More quotes than this in one article is a transcript or a bulk paste, not an article. */
    public static final int MAX_QUOTES_PER_ARTICLE = 500;

    private final ArticleService articles;
    private final QuoteExtractor extractor;
    private final RetryingTransactions transactions;
    private final StatementRepair statements;
    private final MeterRegistry metrics;

    public ArticleIngestion(
            ArticleService articles,
            QuoteExtractor extractor,
            RetryingTransactions transactions,
            StatementRepair statements,
            MeterRegistry metrics) {
        this.metrics = metrics;
        this.articles = articles;
        this.extractor = extractor;
        this.transactions = transactions;
        this.statements = statements;
    }

    /**
     * Cleans the text, extracts its quotes and stores both, all or nothing; the same text again returns the
     * stored article with {@code created=false} and writes nothing, also when both posts arrive at once.
     */
    public StoredArticle ingest(ArticleMeta meta, String rawText) {
        return ingest(meta, rawText, List.of());
    }

    /**
     * As {@link #ingest(ArticleMeta, String)}, with the speakers an editor chose in the preview.
     *
     * @throws ApiException 400 for a malformed override, 422 for one naming no quote of the text
     */
    public StoredArticle ingest(ArticleMeta meta, String rawText, List<SpeakerOverride> overrides) {
        ExtractionResult extraction = extract(rawText);
        List<QuoteDraft> drafts = SpeakerOverrides.apply(
                extraction.quotes().stream()
                        .map(q -> draft(q, extraction.text()))
                        .toList(),
                overrides);
        long mark = statements.mark();
        StoredArticle stored = transactions.call(() -> articles.store(meta, rawText, extraction.text(), drafts));
        if (stored.created()) {
            statements.afterWrite(
                    mark, stored.quotes().stream().map(QuoteView::id).toList());
            metrics.counter("verbatim.ingested.articles").increment();
            metrics.counter("verbatim.ingested.quotes")
                    .increment(stored.quotes().size());
        }
        return stored;
    }

    /** What {@link #ingest} would store, without storing anything. */
    public ExtractionPreview preview(String rawText) {
        ExtractionResult extraction = extract(rawText);
        return new ExtractionPreview(
                extraction.text(),
                extraction.quotes().stream()
                        .map(q -> draft(q, extraction.text()))
                        .map(ExtractionPreview.PreviewQuote::of)
                        .toList());
    }

    private ExtractionResult extract(String rawText) {
        ArticleTextCheck.check(rawText);
        ExtractionResult extraction = extractor.extract(rawText);
        int count = extraction.quotes().size();
        if (count > MAX_QUOTES_PER_ARTICLE) {
            String message = "has " + count + " quotations; at most " + MAX_QUOTES_PER_ARTICLE
                    + " per article (split a transcript into its articles)";
            throw new ApiException(
                    422,
                    "too-many-quotes",
                    "Too many quotes",
                    "text: " + message,
                    List.of(new news.verbatim.common.FieldError("text", message)));
        }
        return extraction;
    }

    private static QuoteDraft draft(ExtractedQuote q, String text) {
        AttributionEvidence e = q.evidence();
        Attribution attribution = e.hasCue()
                ? new Attribution(e.method().name(), text.substring(e.cueStart(), e.cueEnd()), e.cueStart(), e.cueEnd())
                : new Attribution(e.method().name(), null, null, null);
        return new QuoteDraft(
                q.text(),
                q.start(),
                q.end(),
                QuoteKind.of(q.kind()),
                q.speaker().name(),
                SpeakerKind.of(q.speaker().kind()),
                q.speaker().nameForms(),
                q.continuesPrevious(),
                attribution);
    }
}
