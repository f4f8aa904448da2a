package news.verbatim.check;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.verbatim.article.ArticleIngestion;
import news.verbatim.article.ArticleService;
import news.verbatim.article.ExtractionPreview;
import news.verbatim.article.ExtractionPreview.PreviewQuote;
import news.verbatim.check.CheckResponse.CheckedQuote;
import news.verbatim.common.ApiException;
import news.verbatim.config.VerbatimConfig;
import news.verbatim.extract.OriginalOffsets;
import news.verbatim.verify.LeftOut;
import news.verbatim.verify.VerifyRequest;
import news.verbatim.verify.VerifyResponse;
import news.verbatim.verify.VerifyService;

/**
 * Checks a whole page: extracts its quotes exactly as ingestion would (outside any transaction: pure CPU work
 * holds no connection), then verifies each, in text order, as the page attributes it, in one read transaction,
 * leaving out the stored copy of the page itself. Stores nothing.
 *
 * <p>Bounded: the text by ingestion's own checks (1 MB, 500 quotations), the quotes verified by
 * {@code verbatim.check.max-quotes} and {@code verbatim.check.time-budget}, and each verification by the verify
 * engine's fixed number of candidates.
 */
@ApplicationScoped
public class CheckService {

    /** The longest quote verified: the limit {@code POST /api/v1/verify} sets on a submitted quote. */
    static final int MAX_QUOTE_CHARS = 10_000;

    private final ArticleIngestion ingestion;
    private final ArticleService articles;
    private final VerifyService verifier;
    private final VerbatimConfig.Check limits;

    public CheckService(
            ArticleIngestion ingestion, ArticleService articles, VerifyService verifier, VerbatimConfig config) {
        this.ingestion = ingestion;
        this.articles = articles;
        this.verifier = verifier;
        this.limits = config.check();
    }

    public CheckResponse check(CheckRequest request) {
        ExtractionPreview found = ingestion.preview(request.text());
        OriginalOffsets offsets = OriginalOffsets.of(request.text(), found.text());
        return QuarkusTransaction.joiningExisting().call(() -> verifyAll(request, found.quotes(), offsets));
    }

    private CheckResponse verifyAll(CheckRequest request, List<PreviewQuote> quotes, OriginalOffsets offsets) {
        Set<Long> self = articles.storedAs(request.text(), request.url(), request.outlet());
        LeftOut leftOut = verifier.leavingOut(self);
        long deadline = System.nanoTime() + limits.timeBudget().toNanos();
        List<CheckedQuote> checked = new ArrayList<>();
        for (PreviewQuote quote : quotes) {
            if (checked.size() >= limits.maxQuotes() || System.nanoTime() > deadline) {
                break;
            }
            if (quote.text().length() > MAX_QUOTE_CHARS) {
                continue;
            }
            VerifyRequest asAttributed = new VerifyRequest(
                    quote.text(), CheckedQuotes.claimedSpeaker(quote), request.outlet(), request.publishedAt());
            VerifyResponse answer;
            try {
                answer = verifier.verify(asAttributed, leftOut);
            } catch (ApiException unreadable) {
                continue; // the verifier finds no words to check in it: counted as unchecked
            }
            checked.add(CheckedQuotes.of(request.text(), quote, answer, offsets));
        }
        return new CheckResponse(
                CheckedQuotes.summary(quotes.size(), checked),
                checked,
                self.stream().sorted().toList());
    }
}
