package news.verbatim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Word search over the quote index: every word of the search must be a word of the quote (a term query on
 * {@link QuoteDocuments#FIELD_WORDS} each), the filters are point queries on the {@link QuoteFacets} fields,
 * and the page is ordered by their doc values — newest article first, then article id, position in the article
 * and quote id, as the database orders the same list; within one article, in text order. Nothing is scored.
 * The index is stored in the newest-first order, so sorting a page costs about its size, not the number of
 * matches; counting them walks the postings of the rarest word (or reads the document frequency of a single
 * word in a segment without deletions).
 *
 * <pre>{@code
 * WordHits hits = WordSearch.search(searcher, new WordQuery("iron clad", null, null, null, null, null), 0, 20);
 * }</pre>
 */
final class WordSearch {

    /**
     * The order of a search across articles, and the order the index stores its documents in (its index sort):
     * a search in it reads only the first page's worth of matches per segment, however many match.
     */
    static final Sort NEWEST_FIRST = new Sort(
            LongField.newSortField(QuoteDocuments.FIELD_PUBLISHED, true, SortedNumericSelector.Type.MIN),
            LongField.newSortField(QuoteDocuments.FIELD_ARTICLE, false, SortedNumericSelector.Type.MIN),
            LongField.newSortField(QuoteDocuments.FIELD_START, false, SortedNumericSelector.Type.MIN),
            new SortField(QuoteDocuments.FIELD_ID, SortField.Type.LONG));

    private static final Sort TEXT_ORDER = new Sort(
            LongField.newSortField(QuoteDocuments.FIELD_START, false, SortedNumericSelector.Type.MIN),
            new SortField(QuoteDocuments.FIELD_ID, SortField.Type.LONG));

    private WordSearch() {}

    /**
     * The quotes {@code offset} to {@code offset + limit} of those matching {@code query}, and how many match.
     */
    static WordHits search(IndexSearcher searcher, WordQuery query, int offset, int limit) throws IOException {
        Objects.requireNonNull(query, "query");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (query.matchesNothing()) {
            return WordHits.NONE;
        }
        Query lucene = new ConstantScoreQuery(toLucene(query));
        // Counted first, so that a page past the end costs no collector the size of its offset.
        int total = searcher.count(lucene);
        if (offset >= total) {
            return new WordHits(List.of(), total);
        }
        Sort sort = query.articleId() != null ? TEXT_ORDER : NEWEST_FIRST;
        int wanted = Math.min(total, offset + limit);
        // The total is known: the collector need count no further than the page, and may skip the rest.
        TopFieldDocs top = searcher.search(lucene, new TopFieldCollectorManager(sort, wanted, null, wanted));
        List<Long> ids = new ArrayList<>(limit);
        ScoreDoc[] hits = top.scoreDocs;
        for (int i = offset; i < hits.length; i++) {
            Object[] values = ((FieldDoc) hits[i]).fields;
            // The quote id is the last sort field: read back from the sort, not from the documents.
            ids.add((Long) values[values.length - 1]);
        }
        return new WordHits(ids, total);
    }

    static Query toLucene(WordQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Set<String> words = new LinkedHashSet<>(WordAnalyzer.words(query.words()));
        words.remove("");
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a word search needs at least one word: '" + query.words() + "'");
        }
        for (String word : words) {
            all.add(new TermQuery(new Term(QuoteDocuments.FIELD_WORDS, word)), BooleanClause.Occur.FILTER);
        }
        if (query.speakerIds() != null) {
            all.add(setQuery(QuoteDocuments.FIELD_SPEAKER, query.speakerIds()), BooleanClause.Occur.FILTER);
        }
        if (query.outletIds() != null) {
            all.add(setQuery(QuoteDocuments.FIELD_OUTLET, query.outletIds()), BooleanClause.Occur.FILTER);
        }
        if (query.articleId() != null) {
            all.add(
                    LongField.newExactQuery(QuoteDocuments.FIELD_ARTICLE, query.articleId()),
                    BooleanClause.Occur.FILTER);
        }
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
            all.add(LongField.newRangeQuery(QuoteDocuments.FIELD_PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private static Query setQuery(String field, Set<Long> ids) {
        return LongField.newSetQuery(
                field, ids.stream().mapToLong(Long::longValue).sorted().toArray());
    }
}
