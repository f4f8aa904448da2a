package news.verbatim.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import news.verbatim.text.TextNormalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the attested quotes that may match a submitted quote, fast, so that the word-by-word verifier only
 * has to look at a handful of them.
 *
 * <p><b>What is indexed.</b> One Lucene document per quote: the quote id (an indexed {@code StringField}
 * for updates and deletes, plus a numeric doc value to read it back without stored fields), the whole
 * normalised text as one exact term (a submission equal to a quote is boosted to the top, so a one-word
 * quote is not lost among the thousands of quotes containing that word), and the word n-grams of
 * {@link TextNormalizer#normalize} of its text — unigrams, bigrams and trigrams made by a
 * {@link WhitespaceTokenizer} and a {@link ShingleFilter} (frequencies kept for BM25, no positions: the
 * shingles already encode word order, and the verifier does the exact alignment). Normalising before
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

    /**
     * Bump when the analysis or {@link TextNormalizer} changes, so that indexes built by older code count as
     * out of date.
     */
    static final String FORMAT_VERSION = "3";

    static final String FIELD_ID = "id";
    /** The {@link WhitespaceTokenizer}'s longest token; longer words are cut into pieces this long. */
    static final int MAX_TOKEN_LENGTH = 255;

    static final String FIELD_NGRAMS = "ngrams";
    /** The whole normalised text as one term, so a submission equal to a quote always finds it first. */
    static final String FIELD_EXACT = "exact";
    /** Longer quotes get no exact term (Lucene caps term length); their n-grams find them anyway. */
    static final int MAX_EXACT_CHARS = 2000;
    /** Puts a whole-text match above any n-gram score. */
    private static final float EXACT_BOOST = 1000f;

    private static final String KEY_FORMAT = "verbatim.format";
    private static final String KEY_STREAM = "verbatim.stream";
    private static final String KEY_APPLIED = "verbatim.appliedSeq";

    private static final Similarity SIMILARITY = new BM25Similarity(1.2f, 0.3f);

    private static final FieldType NGRAM_FIELD = new FieldType();

    static {
        NGRAM_FIELD.setTokenized(true);
        NGRAM_FIELD.setStored(false);
        NGRAM_FIELD.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        NGRAM_FIELD.freeze();
    }

    private final Directory directory;
    private final Analyzer analyzer = new NgramAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final int maxQueryPostings;
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
        if (maxQueryPostings < 1) {
            throw new IllegalArgumentException("maxQueryPostings must be at least 1: " + maxQueryPostings);
        }
        this.maxQueryPostings = maxQueryPostings;
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setSimilarity(SIMILARITY)
                // The committed position must describe what is on disk: never commit implicitly.
                .setCommitOnClose(false);
        IndexWriter w = new IndexWriter(directory, config);
        try {
            this.committed = readPosition(w);
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

    /** Adds the quote, or replaces its text if the id is already indexed. */
    public void upsert(long quoteId, String text) throws IOException {
        Objects.requireNonNull(text, "text");
        writeLock.lock();
        try {
            writer.updateDocument(idTerm(quoteId), document(quoteId, text));
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
                writer.updateDocument(idTerm(q.quoteId()), document(q.quoteId(), q.text()));
            }
            for (Long id : deletes) {
                writer.deleteDocuments(idTerm(Objects.requireNonNull(id, "deletes holds a null id")));
            }
            searchers.maybeRefreshBlocking();
        } finally {
            writeLock.unlock();
        }
    }

    /** Removes the quote; nothing happens if it is not indexed. */
    public void delete(long quoteId) throws IOException {
        writeLock.lock();
        try {
            writer.deleteDocuments(idTerm(quoteId));
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
                writer.updateDocument(idTerm(q.quoteId()), document(q.quoteId(), q.text()));
            }
            // A rebuild is rare and searches are many: one segment means one term lookup per n-gram.
            writer.forceMerge(1);
            searchers.maybeRefreshBlocking();
        } finally {
            writeLock.unlock();
        }
    }

    /** The quotes that may match {@code text}, best first, at most {@code limit}. See the class comment. */
    public List<Candidate> candidates(String text, int limit) throws IOException {
        Objects.requireNonNull(text, "text");
        return candidates(List.of(text), limit);
    }

    /**
     * The quotes that may match a submission made of {@code parts} (the pieces between its ellipses, in
     * order), best first, at most {@code limit}. No n-gram spans two parts.
     */
    public List<Candidate> candidates(List<String> parts, int limit) throws IOException {
        Objects.requireNonNull(parts, "parts");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            List<SelectedTerm> terms = selectTerms(searcher, parts);
            if (terms.isEmpty()) {
                return List.of();
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (SelectedTerm t : terms) {
                query.add(new TermQuery(t.term(), t.states()), BooleanClause.Occur.SHOULD);
            }
            if (parts.size() == 1) {
                // A one-word quote ("consequences") must not drown among the longer quotes containing it.
                String whole = TextNormalizer.normalize(parts.get(0));
                if (whole.length() <= MAX_EXACT_CHARS) {
                    query.add(
                            new BoostQuery(new TermQuery(new Term(FIELD_EXACT, whole)), EXACT_BOOST),
                            BooleanClause.Occur.SHOULD);
                }
            }
            TopDocs top = searcher.search(query.build(), limit);
            return toCandidates(searcher, top.scoreDocs);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The n-grams a search for {@code parts} would use, rarest first; for tests and diagnostics. */
    List<String> queryTerms(List<String> parts) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return selectTerms(searcher, parts).stream().map(SelectedTerm::text).toList();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The number of quotes searches currently see. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
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
            Map<String, String> data = new LinkedHashMap<>();
            data.put(KEY_FORMAT, FORMAT_VERSION);
            data.put(KEY_STREAM, position.streamId());
            data.put(KEY_APPLIED, Long.toString(position.appliedSeq()));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            committed = position;
        } finally {
            writeLock.unlock();
        }
    }

    /** Closes the index and its directory; writes since the last {@link #commit(String)} are dropped. */
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
                    analyzer.close();
                    directory.close();
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    private static IndexPosition readPosition(IndexWriter w) {
        Iterable<Map.Entry<String, String>> live = w.getLiveCommitData();
        if (live == null) {
            return null;
        }
        Map<String, String> data = new HashMap<>();
        live.forEach(e -> data.put(e.getKey(), e.getValue()));
        if (!FORMAT_VERSION.equals(data.get(KEY_FORMAT)) || data.get(KEY_STREAM) == null) {
            return null;
        }
        try {
            return new IndexPosition(data.get(KEY_STREAM), Long.parseLong(data.get(KEY_APPLIED)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null; // a damaged record means "unknown contents": the caller rebuilds
        }
    }

    private static Term idTerm(long quoteId) {
        return new Term(FIELD_ID, Long.toString(quoteId));
    }

    private static Document document(long quoteId, String text) {
        Document doc = new Document();
        doc.add(new StringField(FIELD_ID, Long.toString(quoteId), Field.Store.NO));
        doc.add(new NumericDocValuesField(FIELD_ID, quoteId));
        String normalised = TextNormalizer.normalize(text);
        doc.add(new Field(FIELD_NGRAMS, normalised, NGRAM_FIELD));
        if (!normalised.isEmpty() && normalised.length() <= MAX_EXACT_CHARS) {
            doc.add(new StringField(FIELD_EXACT, normalised, Field.Store.NO));
        }
        return doc;
    }

    /** An n-gram of the submission with its statistics in the searcher's reader. */
    private record SelectedTerm(String text, Term term, TermStates states, int docFreq, int words) {}

    private static final Comparator<SelectedTerm> RAREST_FIRST = Comparator.comparingInt(SelectedTerm::docFreq)
            .thenComparing(Comparator.comparingInt(SelectedTerm::words).reversed())
            .thenComparing(SelectedTerm::text);

    private List<SelectedTerm> selectTerms(IndexSearcher searcher, List<String> parts) throws IOException {
        List<String[]> words = new ArrayList<>(parts.size());
        for (String part : parts) {
            words.add(words(TextNormalizer.normalize(Objects.requireNonNull(part, "part"))));
        }
        IndexReaderContext top = searcher.getTopReaderContext();
        TermsEnum[] enums = new TermsEnum[top.leaves().size()];
        for (LeafReaderContext leaf : top.leaves()) {
            Terms terms = leaf.reader().terms(FIELD_NGRAMS);
            enums[leaf.ord] = terms == null ? null : terms.iterator();
        }
        // Unigrams and bigrams first; a trigram is looked up only if both its bigrams are in the index,
        // which skips most trigrams of altered or made-up wording.
        Map<String, Integer> lengths = new HashMap<>();
        List<String> shortOnes = new ArrayList<>();
        for (String[] w : words) {
            for (int i = 0; i < w.length; i++) {
                addNgram(w, i, 1, lengths, shortOnes);
                addNgram(w, i, 2, lengths, shortOnes);
            }
        }
        Map<String, TermStates> found = new HashMap<>();
        lookUp(shortOnes, top, enums, found);
        List<String> trigrams = new ArrayList<>();
        for (String[] w : words) {
            for (int i = 0; i + 2 < w.length; i++) {
                if (found.containsKey(w[i] + ' ' + w[i + 1]) && found.containsKey(w[i + 1] + ' ' + w[i + 2])) {
                    addNgram(w, i, 3, lengths, trigrams);
                }
            }
        }
        lookUp(trigrams, top, enums, found);

        List<SelectedTerm> candidates = new ArrayList<>(found.size());
        for (Map.Entry<String, TermStates> e : found.entrySet()) {
            candidates.add(new SelectedTerm(
                    e.getKey(),
                    new Term(FIELD_NGRAMS, e.getKey()),
                    e.getValue(),
                    e.getValue().docFreq(),
                    lengths.get(e.getKey())));
        }
        candidates.sort(RAREST_FIRST);
        // Rarest first, while the posting lists to walk stay within budget: the cost of a search is about
        // the sum of its terms' document frequencies, and common n-grams add cost but little evidence.
        List<SelectedTerm> selected = new ArrayList<>(Math.min(candidates.size(), MAX_QUERY_TERMS));
        long postings = 0;
        for (SelectedTerm t : candidates) {
            if (selected.size() == MAX_QUERY_TERMS
                    || (selected.size() >= MIN_QUERY_TERMS && postings + t.docFreq() > maxQueryPostings)) {
                break;
            }
            selected.add(t);
            postings += t.docFreq();
        }
        return selected;
    }

    /**
     * The words of normalised text as the index's {@link WhitespaceTokenizer} cuts them (it splits words
     * longer than {@value #MAX_TOKEN_LENGTH} characters), so that query n-grams equal indexed ones.
     */
    private static String[] words(String normalised) {
        if (normalised.isEmpty()) {
            return new String[0];
        }
        String[] raw = normalised.split(" ");
        List<String> out = new ArrayList<>(raw.length);
        for (String w : raw) {
            for (int i = 0; i < w.length(); i += MAX_TOKEN_LENGTH) {
                out.add(w.substring(i, Math.min(w.length(), i + MAX_TOKEN_LENGTH)));
            }
        }
        return out.toArray(new String[0]);
    }

    private static void addNgram(String[] words, int from, int n, Map<String, Integer> lengths, List<String> out) {
        if (from + n > words.length) {
            return;
        }
        String ngram =
                n == 1 ? words[from] : String.join(" ", Arrays.asList(words).subList(from, from + n));
        if (lengths.putIfAbsent(ngram, n) == null) {
            out.add(ngram);
        }
    }

    /**
     * Looks {@code ngrams} up in every segment with one {@link TermsEnum} per segment, in term order (much
     * cheaper than a {@code TermStates.build} per n-gram), adding those present to {@code found}.
     */
    private static void lookUp(
            List<String> ngrams, IndexReaderContext top, TermsEnum[] enums, Map<String, TermStates> found)
            throws IOException {
        BytesRef[] bytes = new BytesRef[ngrams.size()];
        for (int k = 0; k < bytes.length; k++) {
            bytes[k] = new BytesRef(ngrams.get(k));
        }
        Integer[] order = new Integer[bytes.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparing(k -> bytes[k]));
        for (int leaf = 0; leaf < enums.length; leaf++) {
            TermsEnum te = enums[leaf];
            if (te == null) {
                continue;
            }
            for (int k : order) {
                if (te.seekExact(bytes[k])) {
                    found.computeIfAbsent(ngrams.get(k), x -> new TermStates(top))
                            .register(te.termState(), leaf, te.docFreq(), te.totalTermFreq());
                }
            }
        }
    }

    /** What the index stores for {@code text}: its normalised n-grams as the analyzer makes them; for tests. */
    List<String> indexedNgrams(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(FIELD_NGRAMS, TextNormalizer.normalize(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }

    /** Every n-gram a search for {@code text} considers, before the rarity selection; for tests. */
    static List<String> queryNgrams(String text) {
        String[] w = words(TextNormalizer.normalize(text));
        Map<String, Integer> lengths = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i < w.length; i++) {
                addNgram(w, i, n, lengths, out);
            }
        }
        return out;
    }

    private static List<Candidate> toCandidates(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        // Doc values iterators only move forward: read the ids in doc order, then report in score order.
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
        Map<Integer, Long> idByDoc = new HashMap<>(hits.length * 2);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        NumericDocValues ids = null;
        LeafReaderContext leaf = null;
        for (ScoreDoc hit : byDoc) {
            int li = ReaderUtil.subIndex(hit.doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                leaf = leaves.get(li);
                ids = leaf.reader().getNumericDocValues(FIELD_ID);
            }
            if (ids != null && ids.advanceExact(hit.doc - leaf.docBase)) {
                idByDoc.put(hit.doc, ids.longValue());
            }
        }
        List<Candidate> out = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            Long id = idByDoc.get(hit.doc);
            if (id != null) {
                out.add(new Candidate(id, hit.score));
            }
        }
        return out;
    }

    /** Whitespace words of normalised text, plus their bigrams and trigrams. */
    private static final class NgramAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer(MAX_TOKEN_LENGTH);
            ShingleFilter shingles = new ShingleFilter(source, 2, 3);
            shingles.setOutputUnigrams(true);
            return new TokenStreamComponents(source, shingles);
        }
    }
}
