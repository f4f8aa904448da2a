package news.verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The hash statement linking compares a stored quote's wording with the spans of a new one by. */
class WordingHashTest {

    private static final String[] WORDS = WordingHash.words("but we will not sail a single boat");

    @Test
    void aSpanHashesAsTheSameWordsStoredAsAWholeWording() {
        long[] spans = WordingHash.spans(WORDS, 3, WORDS.length - 1);
        for (String span : new String[] {"but we will", "we will not sail a single boat", "a single boat"}) {
            assertTrue(WordingHash.contains(spans, WordingHash.of(span)), span);
        }
        // the whole wording is longer than the longest span asked for; two words are shorter than the shortest
        assertFalse(WordingHash.contains(spans, WordingHash.of("but we will not sail a single boat")));
        assertFalse(WordingHash.contains(spans, WordingHash.of("single boat")));
    }

    @Test
    void everySpanOfTheAskedLengthsIsCountedOnce() {
        // 8 words: 6 spans of 3 words, 5 of 4, ..., 2 of 7
        assertEquals(6 + 5 + 4 + 3 + 2, WordingHash.spans(WORDS, 3, 7).length);
        assertEquals(0, WordingHash.spans(WordingHash.words("two words"), 3, 1).length);
        assertEquals(0, WordingHash.spans(new String[0], 3, 5).length);
    }

    @Test
    void wordOrderAndWordBoundariesChangeTheHash() {
        assertNotEquals(WordingHash.of("we will not"), WordingHash.of("not will we"));
        assertNotEquals(WordingHash.of("ab c"), WordingHash.of("a bc"));
        assertFalse(WordingHash.contains(WordingHash.spans(WORDS, 3, 7), WordingHash.of("a boat single")));
    }
}
