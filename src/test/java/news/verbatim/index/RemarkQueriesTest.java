package news.verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import news.verbatim.text.TextNormalizer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The look-ups of statement linking: one speaker's quotes holding a wording, and those beginning inside it. */
class RemarkQueriesTest {

    private static final long ROE = 7;
    private static final long COLE = 8;

    private QuoteIndex index;

    private static IndexedQuote quote(long id, String text, long speaker) {
        return new IndexedQuote(id, text, new QuoteFacets(id, LocalDate.of(2024, 8, 5), 0, speaker, 100));
    }

    @BeforeEach
    void setUp() throws IOException {
        index = new QuoteIndex(new ByteBuffersDirectory());
        index.apply(
                List.of(
                        quote(1, "But we will not sail a single boat until the rota is off the table.", ROE),
                        quote(2, "We will not sail a single boat", ROE),
                        quote(3, "a single boat until the rota", ROE),
                        quote(4, "We will not sail a single boat", COLE),
                        // the same words, not in this order
                        quote(5, "A boat, single, we will not sail.", ROE),
                        quote(6, "the rota is off", ROE)),
                List.of());
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    @Test
    void aHeadIsTheFirstThreeWordsAndEveryContainedSpanStartsWithOneOfTheQuotesHeads() {
        assertEquals("we will not", RemarkQueries.headOf("we will not sail a single boat"));
        assertEquals("not sail", RemarkQueries.headOf("not sail"));
        assertEquals("x".repeat(RemarkQueries.MAX_HEAD_CHARS), RemarkQueries.headOf("x".repeat(300) + " a b"));
        String quote = TextNormalizer.styleKey("But we will not sail a single boat until the rota is off the table");
        List<String> heads = RemarkQueries.spanHeads(quote);
        assertEquals(quote.split(" ").length - 2, heads.size());
        for (String fragment : List.of("we will not sail", "a single boat", "the rota is off the table")) {
            assertTrue(heads.contains(RemarkQueries.headOf(TextNormalizer.styleKey(fragment))), fragment);
        }
        assertEquals(List.of(), RemarkQueries.spanHeads("too short"));
    }

    @Test
    void theQuotesThatMayHoldAWordingAreTheSpeakersQuotesWithItsFirstThreeWordsInOrder() throws IOException {
        // quote 5 has "we will not" too, but not the rest: the caller compares the wordings
        assertEquals(
                List.of(1L, 2L, 5L),
                sorted(index.quotesMayHold(TextNormalizer.styleKey("we will not sail a single boat"), ROE, 10)));
        assertEquals(
                List.of(4L), index.quotesMayHold(TextNormalizer.styleKey("We will NOT sail a single boat!"), COLE, 10));
        // quote 3 ends with "until the rota"
        assertEquals(
                List.of(1L, 3L),
                sorted(index.quotesMayHold(TextNormalizer.styleKey("until the rota is off the table"), ROE, 10)));
        assertEquals(List.of(), index.quotesMayHold(TextNormalizer.styleKey("sail a boat"), ROE, 10));
        assertEquals(List.of(), index.quotesMayHold(TextNormalizer.styleKey("…"), ROE, 10));
    }

    @Test
    void firstWordsSharedByMoreQuotesThanTheLimitAreLookedUpAsTheWholePhrase() throws IOException {
        // three of the speaker's quotes have "we will not"; only two hold the whole wording
        assertEquals(
                List.of(1L, 2L),
                sorted(index.quotesMayHold(TextNormalizer.styleKey("we will not sail a single boat"), ROE, 3)));
    }

    @Test
    void theQuotesStartingInsideAWordingAreTheSpeakersQuotesBeginningAsOneOfItsSpans() throws IOException {
        // quote 3 begins at "a single boat", quote 6 at "the rota is"; quote 5 begins with "a boat single"
        assertEquals(
                List.of(1L, 2L, 3L, 6L),
                sorted(index.quotesStartingInside(
                        TextNormalizer.styleKey("But we will not sail a single boat until the rota is off the table"),
                        ROE,
                        10)));
        assertEquals(
                List.of(4L),
                index.quotesStartingInside(TextNormalizer.styleKey("we will not sail a single boat"), COLE, 10));
        assertEquals(List.of(), index.quotesStartingInside(TextNormalizer.styleKey("two words"), ROE, 10));
    }

    @Test
    void aLookUpReturnsAtMostItsLimit() throws IOException {
        assertEquals(
                1,
                index.quotesStartingInside(TextNormalizer.styleKey("we will not sail a single boat"), ROE, 1)
                        .size());
        assertThrows(
                IllegalArgumentException.class,
                () -> index.quotesMayHold(TextNormalizer.styleKey("a single boat"), ROE, 0));
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
