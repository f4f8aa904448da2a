package news.verbatim.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import news.verbatim.text.TextNormalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Finds the attested quotes that may match a submitted quote, fast, so that the word-by-word verifier only
 * has to look at a handful of them.
 *
 * <p>It composes {@link QuoteDocuments} (what is stored), {@link NgramAnalyzer} (the analysis),
 * {@link QueryTermSelector} (which n-grams a search uses) and {@link IndexCommits} (what a commit records).
 *
 * <p><b>What is indexed.</b> One Lucene document per quote: the quote id (an indexed {@code StringField}
 * for updates and deletes, plus a numeric doc value to read it back without stored fields), the whole
 * normalised text as one exact term (a submission equal to a quote is boosted to the top, so a one-word
 * quote is not lost among the thousands of quotes containing that word), and the word n-grams of
 * {@link TextNormalizer#styleKey} of its text — unigrams, bigrams and trigrams made by a
 * {@link WhitespaceTokenizer} and a {@link ShingleFilter} (frequencies kept for BM25, no positions: the
 * shingles already encode word order, and the verifier does the exact alignment). For word search
 * ({@link #searchWords}) it also holds the words with positions and the {@link QuoteFacets} of the quote.
 * Normalising before
 * analysis means the index, the verifier and the rest of the service agree on what "the same words" are.
 *
 * <p><b>How it searches.</b> The submission is cut into the same n-grams (computed directly from its
 * normalised words, which a test checks against the analyzer). Each distinct n-gram's document frequency is
 * looked up — one pass per segment in term order, trigrams only when both their bigrams exist — and the
 * rarest n-grams that occur in the index are kept (ties go to the longer n-gram): at least
 * {@value #MIN_QUERY_TERMS}, at most {@value #MAX_QUERY_TERMS}, and past the minimum only while their summed
 * document frequencies — the postings the search will walk — stay within a budget
 * ({@value #DEFAULT_MAX_QUERY_POSTINGS} by default). They are OR-ed in a BM25 {@link BooleanQuery}. Rare
 * n-grams are what tell quotes apart, and dropping the common ones ("of the", "we") keeps a long submission
 * full of common words from walking huge posting lists: the cost of a search is bounded whatever the size
 * of the index. N-grams absent from the index are dropped too, so an altered submission whose bigrams are
 * broken still finds its quote through the unigrams and bigrams that survive. A submission of one to three
 * words has at most six n-grams and its rarest (the whole phrase, when some quote contains it) comes first,
 * so short submissions find the quotes containing them; in a small index they keep all six. BM25 length
 * normalisation is weakened ({@code b = 0.3}) because a submitted excerpt of a long quote should not lose to
 * a short quote that shares one rare word with it.
 *
 * <p><b>Ellipses.</b> Pass the parts of a submission split at its ellipses to {@link #candidates(List, int)}
 * (e.g. {@code SubmittedQuote.parts()}): each part is analysed on its own so that no n-gram spans an
 * ellipsis. {@link #candidates(String, int)} treats its text as one part.
 *
 * <p><b>Freshness and durability.</b> Writes go to an {@link IndexWriter}; a {@link SearcherManager} over
 * its near-real-time reader is refreshed once per write method ({@link #apply} takes a whole batch), so
 * searches see them without reopening the index per query. Writes are durable only after
 * {@link #commit(IndexPosition)}, which records with them the position in the caller's stream of changes
 * they reflect. {@link #close()} does not commit: uncommitted writes are dropped, so the position on disk
 * always describes exactly the contents on disk, and a caller that reopens the index after a crash catches up
 * from {@link #position()}.
 *
 * <p>Thread-safe: searches run concurrently with each other and with writes; writes are serialised.
 */
public final class QuoteIndex implements AutoCloseable {

    /** How many n-grams of a submission go into the query at most. */
    public static final int MAX_QUERY_TERMS = 24;

    /** How many n-grams go into the query at least (if the submission has them), however common. */
    public static final int MIN_QUERY_TERMS = 3;

    /** Default for the most postings (summed document frequencies) one search may walk, past the minimum terms. */
    public static final int DEFAULT_MAX_QUERY_POSTINGS = 20_000;

    /** Puts a whole-text match above any n-gram score. */
    private static final float EXACT_BOOST = 1000f;

    /** BM25's term-frequency saturation, Lucene's default. */
    private static final float BM25_K1 = 1.2f;

    /** BM25's length normalisation, weakened from Lucene's 0.75: see the class comment. */
    private static final float BM25_B = 0.3f;

    private static final Similarity SIMILARITY = new BM25Similarity(BM25_K1, BM25_B);

    private final Directory directory;
    private final NgramAnalyzer analyzer = new NgramAnalyzer();
    private final WordAnalyzer wordAnalyzer = new WordAnalyzer();
    /** The n-gram analysis for every field but the words of word search. */
    private final Analyzer fieldAnalyzers =
            new PerFieldAnalyzerWrapper(analyzer, Map.of(QuoteDocuments.FIELD_WORDS, wordAnalyzer));

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final QueryTermSelector selector;
    /** The position of the last commit, or null when there is none or it is of another format. */
    private volatile IndexPosition committed;

    /**
     * Opens (or creates) the index in {@code directory}. The index takes ownership of the directory and
     * closes it in {@link #close()}.
     */
    public QuoteIndex(Directory directory) throws IOException {
        this(directory, DEFAULT_MAX_QUERY_POSTINGS);
    }

    /**
     * Like {@link #QuoteIndex(Directory)}, with the search budget: after the {@value #MIN_QUERY_TERMS} rarest
     * n-grams, rarer n-grams are added only while their summed document frequencies stay within
     * {@code maxQueryPostings}.
     */
    public QuoteIndex(Directory directory, int maxQueryPostings) throws IOException {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.selector = new QueryTermSelector(maxQueryPostings);
        IndexWriterConfig config = new IndexWriterConfig(fieldAnalyzers)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setSimilarity(SIMILARITY)
                // The committed position must describe what is on disk: never commit implicitly.
                .setCommitOnClose(false)
                // Stored newest first, so a word search stops reading a segment once it has its page.
                .setIndexSort(WordSearch.NEWEST_FIRST);
        IndexWriter w = new IndexWriter(directory, config);
        try {
            this.committed = IndexCommits.read(w);
            this.searchers = new SearcherManager(w, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(
                        org.apache.lucene.index.IndexReader reader,
                        org.apache.lucene.index.IndexReader previousReader) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(SIMILARITY);
                    // Every query is a new disjunction of rare terms: caching them only costs bookkeeping.
                    searcher.setQueryCache(null);
                    return searcher;
                }
            });
        } catch (IOException | RuntimeException e) {
            w.rollback();
            throw e;
        }
        this.writer = w;
    }

    /**
     * Opens (or creates) the index in the file-system folder {@code path}. An unreadable index (a crash
     * during a first build, a format from another Lucene version) fails with an {@link IOException}: delete
     * the folder and rebuild with {@link #replaceAll}.
     */
    public static QuoteIndex open(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        FSDirectory dir = FSDirectory.open(path);
        try {
            return new QuoteIndex(dir);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /**
     * Adds the quote, or replaces its text if the id is already indexed; without {@link QuoteFacets}, so word
     * search finds it unfiltered (use {@link #apply} for a quote word search should filter).
     */
    public void upsert(long quoteId, String text) throws IOException {
        Objects.requireNonNull(text, "text");
        writeLock.lock();
        try {
            writer.updateDocument(
                    QuoteDocuments.idTerm(quoteId), QuoteDocuments.document(new IndexedQuote(quoteId, text)));
            searchers.maybeRefreshBlocking();
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Adds or replaces {@code upserts} and removes {@code deletes} (ids not indexed are ignored), then refreshes
     * searches once: a refresh per quote would dominate the cost of writing a batch.
     */
    public void apply(Iterable<IndexedQuote> upserts, Iterable<Long> deletes) throws IOException {
        Objects.requireNonNull(upserts, "upserts");
        Objects.requireNonNull(deletes, "deletes");
        writeLock.lock();
        try {
            for (IndexedQuote q : upserts) {
                write(q);
            }
            for (Long id : deletes) {
                writer.deleteDocuments(QuoteDocuments.idTerm(Objects.requireNonNull(id, "deletes holds a null id")));
            }
            searchers.maybeRefreshBlocking();
        } finally {
            writeLock.unlock();
        }
    }

    /** Adds the quote's document, or replaces the one with its id. Under the write lock. */
    private void write(IndexedQuote q) throws IOException {
        writer.updateDocument(QuoteDocuments.idTerm(q.quoteId()), QuoteDocuments.document(q));
    }

    /** Removes the quote; nothing happens if it is not indexed. */
    public void delete(long quoteId) throws IOException {
        writeLock.lock();
        try {
            writer.deleteDocuments(QuoteDocuments.idTerm(quoteId));
            searchers.maybeRefreshBlocking();
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Replaces the whole contents with {@code quotes} (a rebuild), merged into one segment for the fastest
     * searches. Searches keep seeing the old contents until the new ones are complete. A later quote with
     * the same id replaces an earlier one.
     */
    public void replaceAll(Iterable<IndexedQuote> quotes) throws IOException {
        Objects.requireNonNull(quotes, "quotes");
        writeLock.lock();
        try {
            writer.deleteAll();
            for (IndexedQuote q : quotes) {
                write(q);
            }
            // A rebuild is rare and searches are many: one segment means one term lookup per n-gram.
            writer.forceMerge(1);
            searchers.maybeRefreshBlocking();
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * The quotes that may match {@code text}, best first by n-grams, at most {@code limit} (statement linking:
     * it compares wordings itself). See the class comment.
     */
    public List<Candidate> candidates(String text, int limit) throws IOException {
        Objects.requireNonNull(text, "text");
        List<String> keys = List.of(TextNormalizer.styleKey(text));
        checkLimit(limit);
        return withSearcher(searcher -> ranked(searcher, keys, limit));
    }

    /**
     * The quotes that may match a submission made of {@code parts} (the pieces between its ellipses, in
     * order), best first, at most {@code limit}. No n-gram spans two parts. Up to half of them are quotes that
     * hold every part word for word ({@link ContainingQuery}), so that an excerpt is never judged against near
     * misses only; the rest, and all of them for a submission of fewer than {@value ContainingQuery#MIN_WORDS}
     * words, are the best by n-grams.
     */
    public List<Candidate> candidates(List<String> parts, int limit) throws IOException {
        Objects.requireNonNull(parts, "parts");
        checkLimit(limit);
        // Style-keyed once here: the n-gram ranking, the exact term and the phrase search each read every part.
        List<String> keys = styleKeys(parts);
        return withSearcher(searcher -> {
            List<Candidate> ranked = ranked(searcher, keys, limit);
            Query containing = ContainingQuery.of(keys);
            if (containing == null) {
                return ranked;
            }
            ScoreDoc[] holders = TopHits.of(searcher, containing, Math.max(1, limit / 2));
            return ContainingQuery.merge(QuoteDocuments.candidates(searcher, holders), ranked, limit);
        });
    }

    /**
     * Up to {@code limit} quotes of the speaker that may hold the words of {@code styleKey} ({@link
     * TextNormalizer#styleKey} of a wording, as a quote's {@code normText} holds it) in order: the longer quotes a
     * new one of that speaker may be part of, for the caller to compare ({@link RemarkQueries#mayHold}).
     */
    public List<Long> quotesMayHold(String styleKey, long speakerId, int limit) throws IOException {
        checkLimit(limit);
        return withSearcher(searcher -> RemarkQueries.mayHold(searcher, styleKey, speakerId, limit));
    }

    /**
     * Up to {@code limit} quotes of the speaker that are word for word a shorter span of {@code styleKey}
     * (style-keyed like {@link #quotesMayHold}'s), of at least {@value RemarkQueries#HEAD_WORDS} words: the shorter
     * quotes a new one of that speaker contains ({@link RemarkQueries#containedIn}).
     */
    public List<Long> quotesContainedIn(String styleKey, long speakerId, int limit) throws IOException {
        checkLimit(limit);
        return withSearcher(searcher -> RemarkQueries.containedIn(searcher, styleKey, speakerId, limit));
    }

    private static void checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
    }

    private static List<String> styleKeys(List<String> parts) {
        return parts.stream()
                .map(p -> TextNormalizer.styleKey(Objects.requireNonNull(p, "part")))
                .toList();
    }

    /**
     * The best {@code limit} quotes by the rarest n-grams of the style-keyed {@code parts} (and the whole text, for
     * one part).
     */
    private List<Candidate> ranked(IndexSearcher searcher, List<String> parts, int limit) throws IOException {
        List<QueryTermSelector.SelectedTerm> terms = selector.select(searcher, parts);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (QueryTermSelector.SelectedTerm t : terms) {
            query.add(new TermQuery(t.term(), t.states()), BooleanClause.Occur.SHOULD);
        }
        if (parts.size() == 1) {
            // A one-word quote ("consequences") must not drown among the longer quotes containing it.
            Term exact = QuoteDocuments.exactTerm(parts.get(0));
            if (exact != null) {
                query.add(new BoostQuery(new TermQuery(exact), EXACT_BOOST), BooleanClause.Occur.SHOULD);
            }
        }
        return QuoteDocuments.candidates(searcher, TopHits.of(searcher, query.build(), limit));
    }

    /**
     * One page of the quotes having every word of {@code query} and passing its filters, ordered as it says, with
     * the count of all that match ({@link WordSearch}).
     */
    public WordHits searchWords(WordQuery query, int offset, int limit) throws IOException {
        return withSearcher(searcher -> WordSearch.search(searcher, query, offset, limit));
    }

    /** The n-grams a search for {@code parts} would use, rarest first; for tests and diagnostics. */
    List<String> queryTerms(List<String> parts) throws IOException {
        return withSearcher(searcher -> selector.select(searcher, styleKeys(parts)).stream()
                .map(QueryTermSelector.SelectedTerm::text)
                .toList());
    }

    /** The number of quotes searches currently see. */
    public int size() throws IOException {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** A read of the current searcher, released afterwards; package-private for benchmarks of this package. */
    <T> T withSearcher(SearcherRead<T> read) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return read.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    interface SearcherRead<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * The position recorded by the last {@link #commit(IndexPosition)} that is on disk; empty for a new index or
     * one written by an older format (rebuild it). Writes since that commit are not reflected here.
     */
    public Optional<IndexPosition> position() {
        return Optional.ofNullable(committed);
    }

    /** Makes all writes durable, recording that they reflect the changes of {@code position}. */
    public void commit(IndexPosition position) throws IOException {
        Objects.requireNonNull(position, "position");
        writeLock.lock();
        try {
            writer.setLiveCommitData(IndexCommits.data(position).entrySet());
            writer.commit();
            committed = position;
        } finally {
            writeLock.unlock();
        }
    }

    /** Closes the index and its directory; writes since the last {@link #commit(IndexPosition)} are dropped. */
    @Override
    public void close() throws IOException {
        writeLock.lock();
        try {
            try {
                searchers.close();
            } finally {
                try {
                    writer.close();
                } finally {
                    fieldAnalyzers.close();
                    analyzer.close();
                    wordAnalyzer.close();
                    directory.close();
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** What the index stores for {@code text}: its normalised n-grams as the analyzer makes them; for tests. */
    List<String> indexedNgrams(String text) {
        return analyzer.ngrams(QuoteDocuments.FIELD_NGRAMS, text);
    }
}
