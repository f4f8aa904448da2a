package news.verbatim.article;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import news.verbatim.common.ApiException;
import news.verbatim.common.FieldError;
import news.verbatim.common.RetryingTransactions;
import news.verbatim.copies.WireCredits;
import news.verbatim.extract.AttributionEvidence;
import news.verbatim.extract.ExtractedQuote;
import news.verbatim.extract.ExtractionResult;
import news.verbatim.extract.QuoteExtractor;
import news.verbatim.quote.Attribution;
import news.verbatim.quote.Quote;
import news.verbatim.quote.QuoteDraft;
import news.verbatim.quote.QuoteKind;
import news.verbatim.quote.QuoteView;
import news.verbatim.quote.StatementRepair;
import news.verbatim.speaker.SpeakerKind;
import news.verbatim.text.TextNormalizer;
import org.jboss.logging.Logger;

/**
 * Turns raw article copy into stored quotes: checks it, extracts its quotes (outside any transaction: pure CPU
 * work holds no connection), stores article and quotes in one transaction that is retried when it loses a race
 * to a concurrent writer, and re-links its statements when another writer committed meanwhile.
 */
@ApplicationScoped
public class ArticleIngestion {

    /** More quotes than this in one article is a transcript or a bulk paste, not an article. */
    public static final int MAX_QUOTES_PER_ARTICLE = 500;

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    /** An attribution method as stored: upper-case words joined by underscores, at most the column's 30. */
    private static final Pattern METHOD = Pattern.compile("[A-Z][A-Z_]{0,29}");

    private static final Logger LOG = Logger.getLogger(ArticleIngestion.class);

    private final ArticleService articles;
    private final QuoteExtractor extractor;
    private final RetryingTransactions transactions;
    private final StatementRepair statements;
    private final MeterRegistry metrics;
    /** Held while a bulk import's batch is stored: see {@link #storeBatch}. Fair, so two imports take turns. */
    private final ReentrantLock batchWriter = new ReentrantLock(true);

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
     * Cleans the text, extracts its quotes and stores both, all or nothing; the same text again by the same outlet
     * returns the stored article with {@code created=false} and writes nothing, also when both posts arrive at
     * once. The same text by another outlet is stored, linked as a copy of the original.
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
        PreparedArticle prepared = prepare(meta, rawText, overrides);
        long mark = statements.mark();
        StoredArticle stored = transactions.call(() -> articles.store(prepared));
        if (stored.created()) {
            if (statements.raced(mark)) {
                // a copy (or the original) committed meanwhile was not seen by the copy detection: look again
                long id = stored.article().id();
                transactions.call(() -> articles.relinkCopies(id));
            }
            statements.afterWrite(
                    mark, stored.quotes().stream().map(QuoteView::id).toList());
            metrics.counter("verbatim.ingested.articles").increment();
            metrics.counter("verbatim.ingested.quotes")
                    .increment(stored.quotes().size());
        }
        return stored;
    }

    /**
     * Checks raw article copy and extracts its quotes exactly as {@link #ingest} does, without storing anything:
     * the first half of a bulk import's line. Throws the {@link ApiException} ingestion would answer with.
     */
    public PreparedArticle prepare(ArticleMeta meta, String rawText, List<SpeakerOverride> overrides) {
        ExtractionResult extraction = extract(rawText);
        List<QuoteDraft> drafts = SpeakerOverrides.apply(
                extraction.quotes().stream()
                        .map(q -> draft(q, extraction.text()))
                        .toList(),
                overrides);
        return new PreparedArticle(
                meta,
                ArticleService.textKey(rawText),
                extraction.text(),
                false,
                drafts,
                WireCredits.credit(rawText).orElse(null),
                true);
    }

    /**
     * Checks an exported article that carries its stored text and quotes, which are kept as they are (not
     * extracted again): the text passes the checks of {@link #ingest}, every quote must point at its wording in
     * the text and contain a word. Throws {@link ApiException} (400, 413 or 422) naming what is wrong.
     *
     * @param sha the key the article had where it was exported, or null to key it by its text
     * @param credit the credit the exporting instance found, kept as it is; null for none
     */
    public PreparedArticle prepareExported(
            ArticleMeta meta,
            String storedText,
            List<QuoteDraft> drafts,
            String sha,
            boolean manual,
            WireCredits.Credit credit) {
        ArticleTextCheck.check(storedText);
        if (drafts.size() > MAX_QUOTES_PER_ARTICLE) {
            throw tooManyQuotes(drafts.size());
        }
        for (int i = 0; i < drafts.size(); i++) {
            QuoteDraft d = drafts.get(i);
            String field = "quotes[" + i + "]";
            if (d.start() < 0 || d.end() > storedText.length() || d.start() > d.end()) {
                throw ApiException.invalid(
                        field,
                        "offsets " + d.start() + ".." + d.end() + " lie outside the text (length " + storedText.length()
                                + ")");
            }
            if (!storedText.substring(d.start(), d.end()).equals(d.text())) {
                throw ApiException.invalid(field + ".text", "is not the text at offsets " + d.start() + ".." + d.end());
            }
            if (TextNormalizer.normalize(d.text()).isEmpty()) {
                throw ApiException.invalid(field + ".text", "must contain at least one word");
            }
            if (d.attribution() != null
                    && !METHOD.matcher(d.attribution().method()).matches()) {
                throw ApiException.invalid(
                        field + ".attribution.method", "must be a method such as CUE_AFTER, at most 30 characters");
            }
        }
        if (sha != null && !SHA256_HEX.matcher(sha).matches()) {
            throw ApiException.invalid("sha256", "must be 64 lower-case hex digits");
        }
        return new PreparedArticle(
                meta,
                sha == null ? ArticleService.textKey(storedText) : sha,
                storedText,
                manual,
                drafts,
                credit,
                false);
    }

    /**
     * Stores prepared articles in one transaction, all or none (retried when it loses a race), and re-links
     * their statements when another writer committed meanwhile.
     *
     * <p>Batches are stored one at a time in this instance, whichever import sent them: two imports still read
     * and extract their lines in parallel, but two long batch transactions naming the same speakers, outlets and
     * remarks hold each other's rows (unique keys, and on H2 the referenced speaker rows) until one times out
     * and retries its whole batch. Measured with {@code PARALLEL=2 src/test/bench/import-rate.sh 3000}.
     *
     * <p>The batch counts as stored once it commits: re-linking statements after it is repair, and should that
     * fail it is logged for {@code POST /api/v1/statements/repair}, never reported as a failed batch (which
     * would store its lines again one by one and count them as duplicates).
     *
     * @return per article, in order: the ids of its stored quotes, or empty when it was stored before
     */
    public List<Optional<List<Long>>> storeBatch(List<PreparedArticle> batch) {
        batchWriter.lock();
        try {
            long mark = statements.mark();
            List<Optional<List<Long>>> stored = transactions.call(() -> {
                List<Quote> earlier = new ArrayList<>();
                List<Optional<List<Long>>> out = new ArrayList<>(batch.size());
                for (PreparedArticle a : batch) {
                    out.add(articles.storeInBatch(a, earlier));
                }
                return out;
            });
            List<Long> quoteIds = stored.stream()
                    .flatMap(Optional::stream)
                    .flatMap(List::stream)
                    .toList();
            relinkAfterCommit(mark, quoteIds);
            long created = stored.stream().filter(Optional::isPresent).count();
            metrics.counter("verbatim.ingested.articles").increment(created);
            metrics.counter("verbatim.ingested.quotes").increment(quoteIds.size());
            return stored;
        } finally {
            batchWriter.unlock();
        }
    }

    private void relinkAfterCommit(long mark, List<Long> quoteIds) {
        try {
            statements.afterWrite(mark, quoteIds);
            statements.awaitOwnWrite();
        } catch (RuntimeException e) {
            LOG.warnf(
                    e,
                    "A batch of %d quotes is stored, but re-linking its statements after a concurrent write failed;"
                            + " POST /api/v1/statements/repair merges any remark left split",
                    quoteIds.size());
        }
    }

    /**
     * Sets the copy links an import carried, in one transaction once all its articles are stored.
     *
     * @return how many were set
     */
    public int linkCopies(List<CopyRef> links) {
        return links.isEmpty() ? 0 : transactions.call(() -> articles.linkCopies(links));
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
            throw tooManyQuotes(count);
        }
        return extraction;
    }

    private static ApiException tooManyQuotes(int count) {
        String message = "has " + count + " quotations; at most " + MAX_QUOTES_PER_ARTICLE
                + " per article (split a transcript into its articles)";
        return new ApiException(
                422,
                "too-many-quotes",
                "Too many quotes",
                "text: " + message,
                List.of(new FieldError("text", message)));
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
