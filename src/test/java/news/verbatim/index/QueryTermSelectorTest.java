package news.verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTermSelectorTest {

    @Test
    void queryNgramsAreTheNormalisedUnigramsBigramsAndTrigrams() {
        assertEquals(
                List.of("iran", "will", "respond", "iran will", "will respond", "iran will respond"),
                QueryTermSelector.queryNgrams("Iran will RESPOND!"));
        assertEquals(List.of(), QueryTermSelector.queryNgrams(" … "));
    }

    @Test
    void wordsLongerThanTheTokenizerTakesAreCutAsItCutsThem() {
        String longWord = "a".repeat(NgramAnalyzer.MAX_TOKEN_LENGTH + 5);
        String[] words = NgramAnalyzer.words(longWord);
        assertEquals(2, words.length);
        assertEquals(NgramAnalyzer.MAX_TOKEN_LENGTH, words[0].length());
        assertEquals(5, words[1].length());
    }

    @Test
    void illegalArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new QueryTermSelector(0));
        assertTrue(e.getMessage().contains("maxQueryPostings must be at least 1: 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new QueryTermSelector(-5));
    }
}
