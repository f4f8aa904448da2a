package news.verbatim.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.verbatim.article.Article;
import news.verbatim.article.ArticleRepository;
import news.verbatim.article.OutletRepository;
import news.verbatim.changes.ChangeLog;
import news.verbatim.changes.ChangeOp;
import news.verbatim.common.ApiException;
import news.verbatim.common.Hashes;
import news.verbatim.common.PageRequest;
import news.verbatim.common.PageResponse;
import news.verbatim.common.Pages;
import news.verbatim.common.RetryingTransactions;
import news.verbatim.speaker.Speaker;
import news.verbatim.speaker.SpeakerKind;
import news.verbatim.speaker.SpeakerMatch;
import news.verbatim.speaker.SpeakerService;
import news.verbatim.text.TextNormalizer;

/** Stores attributed quotes, links them into statements, and answers the corpus queries. */
@ApplicationScoped
@Transactional
public class QuoteService {

    private final QuoteRepository quotes;
    private final ArticleRepository articles;
    private final OutletRepository outlets;
    private final SpeakerService speakers;
    private final StatementLinker linker;
    private final ChangeLog changes;
    private final RetryingTransactions transactions;
    private final StatementKeyRepository statementKeys;
    private final StatementRepair statementRepair;
    private final QuoteSearch wordSearch;

    public QuoteService(
            QuoteRepository quotes,
            ArticleRepository articles,
            OutletRepository outlets,
            SpeakerService speakers,
            StatementLinker linker,
            ChangeLog changes,
            RetryingTransactions transactions,
            StatementRepair statementRepair,
            StatementKeyRepository statementKeys,
            QuoteSearch wordSearch) {
        this.quotes = quotes;
        this.articles = articles;
        this.outlets = outlets;
        this.speakers = speakers;
        this.linker = linker;
        this.changes = changes;
        this.transactions = transactions;
        this.statementKeys = statementKeys;
        this.statementRepair = statementRepair;
        this.wordSearch = wordSearch;
    }

    /**
     * Stores one quote of an article. {@code start}/{@code end} locate {@code text} in the article text.
     * The change log records it in the same transaction; the search indexes follow the log.
     *
     * @param earlier the quotes stored before it in the same transaction (the rest of its article), which
     *     statement linking compares it with directly: the search index does not hold them yet
     */
    public Quote store(Article article, Speaker speaker, QuoteDraft draft, Quote continues, List<Quote> earlier) {
        String text = draft.text();
        Quote quote = new Quote();
        quote.article = article;
        quote.speaker = speaker;
        quote.text = text;
        quote.normText = TextNormalizer.styleKey(text);
        if (quote.normText.isEmpty()) {
            throw ApiException.invalid("text", "must contain at least one word");
        }
        quote.normSha256 = Hashes.sha256Hex(quote.normText);
        quote.wordCount = quote.normText.split(" ").length;
        quote.kind = draft.kind();
        quote.startOffset = draft.start();
        quote.endOffset = draft.end();
        Attribution attribution = draft.attribution() == null ? Attribution.MANUAL : draft.attribution();
        quote.attribution = attribution.method();
        quote.cueStart = attribution.cueStart();
        quote.cueEnd = attribution.cueEnd();
        quote.cueText = attribution.cue();
        quote.continues = continues;
        quote.createdAt = Instant.now();
        quote.statement = linker.link(quote, earlier);
        quotes.persist(quote);
        changes.record(quote.id, ChangeOp.UPSERT);
        return quote;
    }

    /**
     * Adds a quote by hand: a one-quote article records where and when it was printed. Retried when it loses a
     * race to a concurrent writer, and re-linked when one committed meanwhile.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuoteView addManual(NewQuoteRequest request) {
        long mark = statementRepair.mark();
        QuoteView added = transactions.call(() -> addManualNow(request));
        statementRepair.afterWrite(mark, List.of(added.id()));
        return added;
    }

    private QuoteView addManualNow(NewQuoteRequest request) {
        String text = request.text().strip();
        String url = request.url() == null || request.url().isBlank()
                ? null
                : request.url().strip();
        String sha = Hashes.sha256Hex("manual\n" + OutletRepository.key(request.outlet()) + "\n" + request.date()
                + "\n" + (url == null ? "" : url) + "\n" + TextNormalizer.normalize(request.speaker()) + "\n"
                + TextNormalizer.normalize(text));
        articles.findBySha(sha).ifPresent(existing -> {
            throw ApiException.conflict("this quote is already recorded for this speaker, outlet, date and URL "
                    + "(article " + existing.id + ")");
        });
        Article article = new Article();
        article.outlet = outlets.findOrCreate(request.outlet());
        article.title = request.title() == null || request.title().isBlank()
                ? "Quote added by hand"
                : request.title().strip();
        article.url = url;
        article.publishedAt = request.date();
        article.text = text;
        article.textSha256 = sha;
        article.manual = true;
        article.createdAt = Instant.now();
        articles.persist(article);
        SpeakerKind kind = request.speakerKind() == null ? SpeakerKind.PERSON : request.speakerKind();
        Speaker speaker = speakers.resolveOrCreate(request.speaker(), kind, List.of(request.speaker()));
        QuoteDraft draft = new QuoteDraft(
                text,
                0,
                text.length(),
                QuoteKind.FULL,
                request.speaker(),
                kind,
                List.of(request.speaker()),
                false,
                Attribution.MANUAL);
        Quote quote = store(article, speaker, draft, null, List.of());
        return QuoteView.of(quote);
    }

    public Optional<QuoteView> find(long id) {
        return quotes.findFull(id).map(QuoteView::of);
    }

    /** Deletes a quote; its statement and its hand-made article go too when nothing else needs them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void delete(long id) {
        transactions.call(() -> {
            deleteNow(id);
            return null;
        });
    }

    private void deleteNow(long id) {
        Quote quote = quotes.findFull(id).orElseThrow(() -> ApiException.notFound("quote", id));
        quotes.update("continues = null where continues.id = ?1", id);
        Statement statement = quote.statement;
        Article article = quote.article;
        quotes.delete(quote);
        quotes.flush();
        if (quotes.count("statement.id", statement.id) == 0) {
            statementKeys.removeFor(statement.id);
            quotes.getEntityManager().remove(statement);
        }
        if (article.manual && quotes.count("article.id", article.id) == 0) {
            articles.delete(article);
        }
        changes.record(id, ChangeOp.DELETE);
    }

    /**
     * Every source carrying the statement of quote {@code id}: each original earliest first, followed by its
     * copies, with the count of independent outlets and of copies.
     */
    public SourcesPage sources(long id, PageRequest page) {
        Quote quote = quotes.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("quote", id));
        List<SourceView> all = sourcesOfStatement(quote.statement.id);
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        SourceGroups.Counts counts = SourceGroups.count(all);
        return new SourcesPage(
                all.subList(from, to),
                page.page(),
                page.size(),
                all.size(),
                counts.independentOutlets(),
                counts.copies());
    }

    /** The sources of a statement grouped by original ({@link SourceGroups}); the first appearance is marked. */
    public List<SourceView> sourcesOfStatement(long statementId) {
        return sourcesOfStatements(List.of(statementId)).getOrDefault(statementId, List.of());
    }

    /** Sources of several statements in one query, for verification answers. */
    public Map<Long, List<SourceView>> sourcesOfStatements(List<Long> statementIds) {
        return sourcesOfStatements(statementIds, Set.of());
    }

    /**
     * As {@link #sourcesOfStatements(List)}, without the sources in {@code leftOutArticles}: the first appearance
     * is then the earliest of the others (a page checked against a corpus that already holds it).
     */
    public Map<Long, List<SourceView>> sourcesOfStatements(List<Long> statementIds, Set<Long> leftOutArticles) {
        Map<Long, List<QuoteRepository.SourceRow>> rows = new LinkedHashMap<>();
        List<Long> distinct = statementIds.stream().distinct().toList();
        distinct.forEach(id -> rows.put(id, new ArrayList<>()));
        for (QuoteRepository.SourceRow row : quotes.sourcesOf(distinct)) {
            if (!leftOutArticles.contains(row.articleId())) {
                rows.get(row.statementId()).add(row);
            }
        }
        Map<Long, List<SourceView>> out = new LinkedHashMap<>();
        rows.forEach((statement, of) -> out.put(statement, SourceGroups.group(of)));
        return out;
    }

    /**
     * A page of the quotes passing {@code filter}. With words, the quote index finds and orders them
     * ({@link QuoteSearch}); without, or while the index is rebuilt, the database does.
     */
    public PageResponse<QuoteView> search(QuoteFilter filter, PageRequest page) {
        List<Long> speakerIds = null;
        if (filter.speaker() != null) {
            speakerIds = speakers.match(filter.speaker()).stream()
                    .map(SpeakerMatch::speakerId)
                    .toList();
            if (speakerIds.isEmpty()) {
                return Pages.empty(page);
            }
        }
        PageResponse<Quote> found = wordSearch.answers(filter)
                ? wordSearch.page(filter, speakerIds, page)
                : quotes.matching(filter, speakerIds, page);
        return found.map(QuoteView::of);
    }

    /**
     * The quotes of a speaker, newest article first; empty when there is no such speaker. The check and the read
     * share one transaction, so a speaker is never found and then read as missing.
     */
    public Optional<PageResponse<QuoteView>> ofSpeaker(long speakerId, PageRequest page) {
        if (!speakers.exists(speakerId)) {
            return Optional.empty();
        }
        return Optional.of(search(QuoteFilter.ofSpeaker(speakerId), page));
    }

    /** The quotes of an article in text order, checked and read in one transaction; empty when there is none. */
    public Optional<PageResponse<QuoteView>> ofArticle(long articleId, PageRequest page) {
        if (!articles.exists(articleId)) {
            return Optional.empty();
        }
        return Optional.of(search(QuoteFilter.ofArticle(articleId), page));
    }
}
