package news.verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
    void theQuotesThatMayHoldAWordingAreTheSpeakersQuotesWithItsFirstMiddleAndLastWordsInOrder() throws IOException {
        assertEquals(
                List.of(1L, 2L),
                sorted(index.quotesMayHold(TextNormalizer.styleKey("we will not sail a single boat"), ROE, 10)));
        assertEquals(
                List.of(4L), index.quotesMayHold(TextNormalizer.styleKey("We will NOT sail a single boat!"), COLE, 10));
        assertEquals(
                List.of(1L), index.quotesMayHold(TextNormalizer.styleKey("until the rota is off the table"), ROE, 10));
        assertEquals(List.of(), index.quotesMayHold(TextNormalizer.styleKey("sail a boat"), ROE, 10));
        assertEquals(List.of(), index.quotesMayHold(TextNormalizer.styleKey("…"), ROE, 10));
    }

    @Test
    void aQuoteSharingOnlyTheFirstWordsOfAWordingIsNotAHolder() throws IOException {
        // quote 5 ("a boat single we will not sail") has "we will not" but not "not sail a" nor "a single boat"
        index.apply(List.of(quote(7, "We will not sail a ship, and a single boat stays.", ROE)), List.of());
        // 7 holds the first, middle and last three words, not as one run: the caller compares the wordings
        assertEquals(
                List.of(1L, 2L, 7L),
                sorted(index.quotesMayHold(TextNormalizer.styleKey("we will not sail a single boat"), ROE, 10)));
    }

    @Test
    void edgeWordsSharedByMoreQuotesThanTheLimitAreLookedUpAsTheWholePhrase() throws IOException {
        index.apply(List.of(quote(7, "We will not sail a ship, and a single boat stays.", ROE)), List.of());
        // three of the speaker's quotes have the first, middle and last words; only two hold the whole wording
        assertEquals(
                List.of(1L, 2L),
                sorted(index.quotesMayHold(TextNormalizer.styleKey("we will not sail a single boat"), ROE, 3)));
    }

    @Test
    void theQuotesContainedInAWordingAreTheSpeakersShorterQuotesThatAreOneOfItsSpans() throws IOException {
        // quote 3 is the span from "a single boat", quote 6 the one from "the rota is", 2 the one from "we will"
        assertEquals(
                List.of(2L, 3L, 6L),
                sorted(index.quotesContainedIn(
                        TextNormalizer.styleKey("But we will not sail a single boat until the rota is off the table"),
                        ROE,
                        10)));
        // equal wording is no shorter span (the linking key finds it); another speaker's quotes are not looked at
        assertEquals(
                List.of(),
                index.quotesContainedIn(TextNormalizer.styleKey("we will not sail a single boat"), COLE, 10));
        assertEquals(
                List.of(2L),
                index.quotesContainedIn(TextNormalizer.styleKey("we will not sail a single boat today"), ROE, 10));
        assertEquals(List.of(), index.quotesContainedIn(TextNormalizer.styleKey("two words"), ROE, 10));
    }

    @Test
    void aQuoteBeginningAsASpanButGoingOnOtherwiseIsNotContained() throws IOException {
        // quote 2 begins "we will not" like the wording, then says something else; so does 6 with "the rota is"
        assertEquals(
                List.of(),
                index.quotesContainedIn(TextNormalizer.styleKey("we will not fly a kite and the rota is on"), ROE, 10));
    }

    @Test
    void aContainedQuoteIsFoundHoweverManyOfTheSpeakersQuotesBeginTheSameWay() throws IOException {
        // ten more of the speaker's quotes begin "we will not", stored before the one that is a span; a look-up
        // bounded at 3 that took the first quotes by their heads alone would never reach it
        List<IndexedQuote> more = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            more.add(quote(100 + i, "We will not sign clause " + i + " of the deal", ROE));
        }
        more.add(quote(200, "We will not sail a ship", ROE));
        index.apply(more, List.of());
        assertEquals(
                List.of(200L),
                index.quotesContainedIn(
                        TextNormalizer.styleKey("And we will not sail a ship again, not this year"), ROE, 3));
    }

    @Test
    void aLookUpReturnsAtMostItsLimit() throws IOException {
        assertEquals(
                1,
                index.quotesContainedIn(
                                TextNormalizer.styleKey("But we will not sail a single boat until the rota is off"),
                                ROE,
                                1)
                        .size());
        assertThrows(
                IllegalArgumentException.class,
                () -> index.quotesMayHold(TextNormalizer.styleKey("a single boat"), ROE, 0));
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
