package news.verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.verbatim.text.TextNormalizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word search over the quote index: whole words, every one required, the filters and the database's order. */
class WordSearchTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 8, 5);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private QuoteIndex index;

    /** A quote of article {@code article} at {@code start}, by {@code speaker} in {@code outlet}. */
    private static IndexedQuote quote(
            long id, String text, long article, LocalDate day, int start, long speaker, long outlet) {
        return new IndexedQuote(id, text, new QuoteFacets(article, day, start, speaker, outlet));
    }

    @BeforeEach
    void setUp() throws IOException {
        index = new QuoteIndex(new ByteBuffersDirectory());
        index.apply(
                List.of(
                        // article 20 (Monday, outlet 100): two quotes, the later one first in the text
                        quote(1, "The harbour will reopen in spring.", 20, MONDAY, 300, 7, 100),
                        quote(2, "The U.K. harbour is iron-clad.", 20, MONDAY, 10, 8, 100),
                        // article 21 (Tuesday, outlet 101)
                        quote(3, "Harbours are not for sale", 21, TUESDAY, 50, 7, 101),
                        quote(4, "We will reopen the harbour road", 21, TUESDAY, 80, 9, 101),
                        // article 19 (Tuesday too: a lower article id orders first on the same day)
                        quote(5, "The harbour stays shut", 19, TUESDAY, 5, 8, 100)),
                List.of());
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    /** A search as the service makes it: the words style-keyed. */
    private static WordQuery words(
            String words, Set<Long> speakers, Set<Long> outlets, LocalDate from, LocalDate to, Long article) {
        return new WordQuery(TextNormalizer.styleKey(words), speakers, outlets, from, to, article);
    }

    private WordHits search(String words) throws IOException {
        return index.searchWords(words(words, null, null, null, null, null), 0, 20);
    }

    @Test
    void everyWordMustBeAWholeWordOfTheQuote() throws IOException {
        assertEquals(List.of(5L, 4L, 2L, 1L), search("harbour").quoteIds(), "not 'harbours'");
        assertEquals(List.of(4L, 1L), search("reopen harbour").quoteIds(), "both words, in any order");
        assertEquals(List.of(), search("harbour giraffe").quoteIds());
        assertEquals(List.of(), search("harb").quoteIds(), "no prefixes");
        assertEquals(List.of(2L), search("uk ironclad").quoteIds(), "the style key of the quote");
    }

    @Test
    void newestArticleFirstThenArticleIdThenTextOrder() throws IOException {
        WordHits hits = search("the");
        // Tuesday: article 19 before 21; Monday: article 20 in text order (offset 10 before 300).
        assertEquals(List.of(5L, 4L, 2L, 1L), hits.quoteIds());
        assertEquals(4, hits.total());
    }

    @Test
    void filtersNarrowTheWordsDown() throws IOException {
        assertEquals(
                List.of(5L, 2L),
                index.searchWords(words("harbour", Set.of(8L), null, null, null, null), 0, 20)
                        .quoteIds());
        assertEquals(
                List.of(5L, 2L, 1L),
                index.searchWords(words("harbour", null, Set.of(100L), null, null, null), 0, 20)
                        .quoteIds());
        assertEquals(
                List.of(2L, 1L),
                index.searchWords(words("harbour", null, null, null, MONDAY, null), 0, 20)
                        .quoteIds());
        assertEquals(
                List.of(5L, 4L),
                index.searchWords(words("harbour", null, null, TUESDAY, TUESDAY, null), 0, 20)
                        .quoteIds());
        assertEquals(
                List.of(),
                index.searchWords(words("harbour", Set.of(), null, null, null, null), 0, 20)
                        .quoteIds(),
                "an empty set admits nothing");
    }

    @Test
    void withinOneArticleTheOrderIsTheText() throws IOException {
        WordHits hits = index.searchWords(words("the", null, null, null, null, 20L), 0, 20);
        assertEquals(List.of(2L, 1L), hits.quoteIds());
    }

    @Test
    void pagesSliceTheOrderAndCountEveryMatch() throws IOException {
        WordQuery the = words("the", null, null, null, null, null);
        assertEquals(new WordHits(List.of(5L, 4L), 4), index.searchWords(the, 0, 2));
        assertEquals(new WordHits(List.of(2L, 1L), 4), index.searchWords(the, 2, 2));
        assertEquals(new WordHits(List.of(1L), 4), index.searchWords(the, 3, 2));
        assertEquals(new WordHits(List.of(), 4), index.searchWords(the, 1_000_000_000, 100), "past the end");
    }

    @Test
    void aChangedSpeakerOrDateIsSearchedAsItIsNow() throws IOException {
        index.apply(List.of(quote(1, "The harbour will reopen in spring.", 20, TUESDAY, 300, 9, 100)), List.of());
        assertEquals(
                List.of(1L, 4L),
                index.searchWords(words("reopen", Set.of(9L), null, null, null, null), 0, 20)
                        .quoteIds(),
                "now speaker 9's, and on Tuesday: article 20 before 21");
        assertEquals(
                List.of(),
                index.searchWords(words("reopen", Set.of(7L), null, null, null, null), 0, 20)
                        .quoteIds());
        index.apply(List.of(), List.of(4L));
        assertEquals(
                new WordHits(List.of(1L), 1), index.searchWords(words("reopen", null, null, null, null, null), 0, 20));
    }

    @Test
    void illegalArguments() {
        assertThrows(IllegalArgumentException.class, () -> new WordQuery(" ", null, null, null, null, null));
        assertThrows(NullPointerException.class, () -> new WordQuery(null, null, null, null, null, null));
        WordQuery the = words("the", null, null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> index.searchWords(the, -1, 20));
        assertThrows(IllegalArgumentException.class, () -> index.searchWords(the, 0, 0));
    }

    /** Writes an index as format 4 left it: unsorted, without words or facets, with the given documents. */
    private static void writeFormat4(Path dir, int documents) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int id = 1; id <= documents; id++) {
                Document doc = new Document();
                doc.add(new StringField(QuoteDocuments.FIELD_ID, Integer.toString(id), Field.Store.NO));
                doc.add(new NumericDocValuesField(QuoteDocuments.FIELD_ID, id));
                old.addDocument(doc);
            }
            old.setLiveCommitData(
                    Map.of("verbatim.format", "4", "verbatim.stream", "log-1", "verbatim.appliedSeq", "12")
                            .entrySet());
            old.commit();
        }
    }

    /**
     * An index written before word search is never read as current: with documents it does not open (its segments
     * lack the index sort; IndexOpener then deletes and rebuilds it), and empty it reports no position (rebuilt).
     */
    @Test
    void anIndexOfTheFormatBeforeWordSearchIsNeverReadAsCurrent(@TempDir Path withQuotes, @TempDir Path empty)
            throws IOException {
        writeFormat4(withQuotes, 3);
        assertThrows(
                IllegalArgumentException.class,
                () -> QuoteIndex.open(withQuotes).close());
        writeFormat4(empty, 0);
        try (QuoteIndex reopened = QuoteIndex.open(empty)) {
            assertTrue(reopened.position().isEmpty(), "an old format is not caught up but rebuilt");
            reopened.commit(new IndexPosition("log-1", 12));
        }
        try (QuoteIndex current = QuoteIndex.open(empty)) {
            assertEquals(new IndexPosition("log-1", 12), current.position().orElseThrow());
        }
    }
}
