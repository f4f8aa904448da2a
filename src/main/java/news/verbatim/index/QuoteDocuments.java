package news.verbatim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.verbatim.text.TextNormalizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * What the quote index stores for one quote: the quote id (an indexed {@code StringField} for updates and
 * deletes, plus a numeric doc value to read it back without stored fields and to order by), the whole normalised
 * text as one exact term, its word n-grams ({@link NgramAnalyzer}; frequencies kept for BM25, no positions: the
 * shingles already encode word order, and the verifier does the exact alignment), and for word search
 * ({@link WordSearch}) its words with positions ({@link WordAnalyzer}) and its {@link QuoteFacets} as
 * {@link LongField}s (points to filter by, doc values to order by).
 */
final class QuoteDocuments {

    static final String FIELD_ID = "id";
    static final String FIELD_NGRAMS = "ngrams";
    /** The whole normalised text as one term, so a submission equal to a quote always finds it first. */
    static final String FIELD_EXACT = "exact";
    /** The style-key words, with positions, for word search. */
    static final String FIELD_WORDS = "words";

    static final String FIELD_ARTICLE = "article";
    /** The article's publication date as an epoch day. */
    static final String FIELD_PUBLISHED = "published";

    static final String FIELD_START = "start";
    static final String FIELD_SPEAKER = "speaker";
    static final String FIELD_OUTLET = "outlet";
    /**
     * The speaker and the first words of the style key as one term ({@link RemarkQueries#speakerHead}), for
     * statement linking; only for a quote with facets.
     */
    static final String FIELD_HEAD = "head";
    /**
     * The {@link WordingHash} of the whole style key, a doc value, for statement linking to tell which quotes found
     * by their head are a span of a new quote; only for a quote with facets, like the head.
     */
    static final String FIELD_WORDING = "wording";
    /** Longer quotes get no exact term (Lucene caps term length); their n-grams find them anyway. */
    static final int MAX_EXACT_CHARS = 2000;

    private static final FieldType NGRAM_FIELD = new FieldType();

    static {
        NGRAM_FIELD.setTokenized(true);
        NGRAM_FIELD.setStored(false);
        NGRAM_FIELD.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        NGRAM_FIELD.freeze();
    }

    private static final FieldType WORD_FIELD = new FieldType();

    static {
        WORD_FIELD.setTokenized(true);
        WORD_FIELD.setStored(false);
        WORD_FIELD.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        WORD_FIELD.setOmitNorms(true); // word search orders by date, never by score
        WORD_FIELD.freeze();
    }

    private QuoteDocuments() {}

    /** The term that identifies the quote's document, for updates and deletes. */
    static Term idTerm(long quoteId) {
        return new Term(FIELD_ID, Long.toString(quoteId));
    }

    /** The exact term of a style-keyed text, or null when it is too long to have one. */
    static Term exactTerm(String normalised) {
        return normalised.length() > MAX_EXACT_CHARS ? null : new Term(FIELD_EXACT, normalised);
    }

    static Document document(IndexedQuote quote) {
        long quoteId = quote.quoteId();
        Document doc = new Document();
        doc.add(new StringField(FIELD_ID, Long.toString(quoteId), Field.Store.NO));
        doc.add(new NumericDocValuesField(FIELD_ID, quoteId));
        String normalised = TextNormalizer.styleKey(quote.text());
        doc.add(new Field(FIELD_NGRAMS, normalised, NGRAM_FIELD));
        doc.add(new Field(FIELD_WORDS, normalised, WORD_FIELD));
        if (!normalised.isEmpty() && normalised.length() <= MAX_EXACT_CHARS) {
            doc.add(new StringField(FIELD_EXACT, normalised, Field.Store.NO));
        }
        QuoteFacets facets = quote.facets();
        if (facets != null && !normalised.isEmpty()) {
            doc.add(new StringField(
                    FIELD_HEAD,
                    RemarkQueries.speakerHead(facets.speakerId(), RemarkQueries.headOf(normalised)),
                    Field.Store.NO));
            doc.add(new NumericDocValuesField(FIELD_WORDING, WordingHash.of(normalised)));
        }
        if (facets != null) {
            doc.add(new LongField(FIELD_ARTICLE, facets.articleId(), Field.Store.NO));
            doc.add(new LongField(FIELD_PUBLISHED, facets.publishedAt().toEpochDay(), Field.Store.NO));
            doc.add(new LongField(FIELD_START, facets.startOffset(), Field.Store.NO));
            doc.add(new LongField(FIELD_SPEAKER, facets.speakerId(), Field.Store.NO));
            doc.add(new LongField(FIELD_OUTLET, facets.outletId(), Field.Store.NO));
        }
        return doc;
    }

    /** The quote ids of {@code hits}, in the order of {@code hits}; hits without an id are left out. */
    static List<Candidate> candidates(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
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
}
