package news.verbatim.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.verbatim.common.Hashes;
import news.verbatim.common.PageRequest;
import news.verbatim.common.PageResponse;
import news.verbatim.copies.MinHashSignature;
import news.verbatim.quote.Quote;
import news.verbatim.quote.QuoteDraft;
import news.verbatim.quote.QuoteRepository;
import news.verbatim.quote.QuoteService;
import news.verbatim.quote.QuoteView;
import news.verbatim.speaker.Speaker;
import news.verbatim.speaker.SpeakerKind;
import news.verbatim.speaker.SpeakerService;
import news.verbatim.text.NameKeys;

/**
 * Stores articles with their quotes in one transaction, idempotently per outlet, links copies to their originals,
 * and answers article queries.
 */
@ApplicationScoped
@Transactional
public class ArticleService {

    private final ArticleRepository articles;
    private final OutletRepository outlets;
    private final QuoteRepository quoteRepository;
    private final QuoteService quotes;
    private final SpeakerService speakers;
    private final CopyLinker copies;

    public ArticleService(
            ArticleRepository articles,
            OutletRepository outlets,
            QuoteRepository quoteRepository,
            QuoteService quotes,
            SpeakerService speakers,
            CopyLinker copies) {
        this.articles = articles;
        this.outlets = outlets;
        this.quoteRepository = quoteRepository;
        this.quotes = quotes;
        this.speakers = speakers;
        this.copies = copies;
    }

    /**
     * Stores an article and its quotes, all or nothing, linked to the stored article it copies or as the original
     * of its copies. The same text (by normalised SHA-256) stored before by the same outlet returns the existing
     * article with {@code created=false} and writes nothing; by another outlet it is an article of its own.
     */
    public StoredArticle store(PreparedArticle prepared) {
        Optional<Article> existing = storedBefore(prepared);
        if (existing.isPresent()) {
            Article article = existing.get();
            return new StoredArticle(view(article), quotesOf(article.id), false);
        }
        Article article = persist(prepared, new ArrayList<>());
        return new StoredArticle(view(article), quotesOf(article.id), true);
    }

    /**
     * Stores one article of a batch written in one transaction (bulk import), or nothing when its outlet stored
     * an article with its key already.
     *
     * @param earlier every quote the batch stored before this article: statement linking compares the new quotes
     *     with them directly, since the search index does not hold them yet; this article's quotes are added
     * @return the ids of the stored quotes, or empty when the article was stored before
     */
    public Optional<List<Long>> storeInBatch(PreparedArticle prepared, List<Quote> earlier) {
        if (storedBefore(prepared).isPresent()) {
            return Optional.empty();
        }
        int before = earlier.size();
        persist(prepared, earlier);
        return Optional.of(
                earlier.subList(before, earlier.size()).stream().map(q -> q.id).toList());
    }

    /**
     * Compares a stored article with the others again and links it: after a write that raced another one, whose
     * article the first comparison could not see.
     */
    public boolean relinkCopies(long articleId) {
        Optional<Article> article = articles.findWithOutlet(articleId);
        article.ifPresent(copies::link);
        return article.isPresent();
    }

    private Optional<Article> storedBefore(PreparedArticle prepared) {
        return articles.findByOutletAndSha(OutletRepository.key(prepared.meta().outlet()), prepared.sha());
    }

    /**
     * Links exported copies to their originals once both are stored: an import keeps the export's order by id,
     * in which an original may come after its copies.
     *
     * @return how many links were set (a link naming an article not stored is skipped)
     */
    public int linkCopies(List<CopyRef> links) {
        int linked = 0;
        for (CopyRef link : links) {
            Optional<Article> copy = articles.findByOutletAndSha(OutletRepository.key(link.outlet()), link.sha());
            Optional<Article> original =
                    articles.findByOutletAndSha(OutletRepository.key(link.originalOutlet()), link.originalSha());
            if (copy.isPresent() && original.isPresent() && copy.get() != original.get()) {
                copy.get().copyOf = original.get();
                linked++;
            }
        }
        return linked;
    }

    /** Writes the article and its quotes; the quotes are appended to {@code earlier}. */
    private Article persist(PreparedArticle prepared, List<Quote> earlier) {
        ArticleMeta meta = prepared.meta();
        String storedText = prepared.storedText();
        Article article = new Article();
        article.outlet = outlets.findOrCreate(meta.outlet());
        article.title = meta.title().strip();
        article.url = blankToNull(meta.url());
        article.author = blankToNull(meta.author());
        article.publishedAt = meta.publishedAt();
        article.text = storedText;
        article.textSha256 = prepared.sha();
        article.manual = prepared.manual();
        if (prepared.credit() != null) {
            article.creditedOutlet = prepared.credit().outlet();
            article.creditedDistributor = prepared.credit().distributor();
        }
        article.createdAt = Instant.now();
        // Everything is written in one batch at the end: queries on the way need not flush what came before
        // (statement linking compares the article's own quotes in memory), so the cost per quote stays flat.
        articles.getEntityManager().setFlushMode(FlushModeType.COMMIT);
        MinHashSignature signature = copies.sign(article);
        articles.persist(article);
        Quote previous = null;
        Map<SpeakerRef, Speaker> speakersOfArticle = new HashMap<>();
        for (QuoteDraft draft : prepared.drafts()) {
            if (draft.start() < 0
                    || draft.end() > storedText.length()
                    || !storedText.substring(draft.start(), draft.end()).equals(draft.text())) {
                throw new IllegalStateException("quote offsets do not point at its text: " + draft);
            }
            // One look-up per speaker of the article, not per quote: the name forms are the same for each.
            Speaker speaker = speakersOfArticle.computeIfAbsent(
                    new SpeakerRef(draft.speaker(), draft.speakerKind()),
                    ref -> speakers.resolveOrCreate(draft.speaker(), draft.speakerKind(), draft.nameForms()));
            Quote continues = draft.continuesPrevious() && previous != null && previous.speaker.id.equals(speaker.id)
                    ? previous
                    : null;
            previous = quotes.store(article, speaker, draft, continues, earlier);
            earlier.add(previous);
        }
        // Flushed per article, so that the next article of a batch finds its speakers, aliases and keys, and the
        // copy candidates are found by its quotes.
        articles.flush();
        copies.register(article, signature, prepared.detectCopies());
        return article;
    }

    /** A speaker as the extractor named it: quotes of one article with equal refs share one speaker. */
    private record SpeakerRef(String name, SpeakerKind kind) {}

    /**
     * The stored articles that are the page {@code rawText}: stored at the same URL, or from the same text
     * (ingestion's idempotency key) by the claimed outlet, or by any outlet when none is claimed, since then the
     * text alone decides, as it decides for ingestion.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> storedAs(String rawText, String url, String outlet) {
        String sha = textKey(rawText);
        String wantedUrl = blankToNull(url);
        String outletKey = outlet == null || outlet.isBlank() ? null : NameKeys.outlet(outlet);
        Set<Long> ids = new HashSet<>();
        for (Article a : articles.byShaOrUrl(sha, wantedUrl)) {
            boolean sameUrl = wantedUrl != null && wantedUrl.equals(a.url);
            boolean sameText =
                    sha.equals(a.textSha256) && (outletKey == null || outletKey.equals(NameKeys.outlet(a.outlet.name)));
            if (sameUrl || sameText) {
                ids.add(a.id);
            }
        }
        return ids;
    }

    public boolean isEmpty() {
        return articles.count() == 0;
    }

    public PageResponse<ArticleSummary> list(String outlet, String words, PageRequest page) {
        PageResponse<Article> found = articles.newestFirst(outlet, words, page);
        Map<Long, Long> counts = quoteRepository.countsByArticle(
                found.items().stream().map(a -> a.id).toList());
        return found.map(a -> new ArticleSummary(
                a.id, a.outlet.name, a.title, a.url, a.author, a.publishedAt, counts.getOrDefault(a.id, 0L)));
    }

    public Optional<ArticleView> find(long id) {
        return articles.findWithOutlet(id).map(this::view);
    }

    private ArticleView view(Article article) {
        return ArticleView.of(article, quoteRepository.count("article.id", article.id));
    }

    private List<QuoteView> quotesOf(long articleId) {
        return quoteRepository.findFullByArticle(articleId).stream()
                .map(QuoteView::of)
                .toList();
    }

    /**
     * The idempotency key of raw article copy within its outlet: the SHA-256 of its {@link #normalizeForHash
     * normalised} form.
     */
    public static String textKey(String rawText) {
        return Hashes.sha256Hex(normalizeForHash(rawText));
    }

    /** NFKC, one kind of line break and of space: re-posting the same copy with other whitespace is a repeat. */
    static String normalizeForHash(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
