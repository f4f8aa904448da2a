package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {

    private static Set<String> read(String text) throws IOException {
        return WordLists.read("test.txt", new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsOneEntryALineSkippingCommentsAndBlankLines() throws IOException {
        assertEquals(Set.of("said", "told", "so-called"), read("# cue verbs\nsaid\n\n  told \nso-called\n"));
    }

    @Test
    void loadsAListOnceIntoAnImmutableSet() {
        Set<String> cues = WordLists.load("cue-verbs.txt");
        assertTrue(cues.contains("said"));
        assertThrows(UnsupportedOperationException.class, () -> cues.add("x"));
        assertTrue(Lexicon.CUE_VERBS.contains(Lexicon.lower("Said")));
    }

    @Test
    void illegalArguments() {
        IllegalArgumentException missing =
                assertThrows(IllegalArgumentException.class, () -> WordLists.load("no-such-list.txt"));
        assertTrue(missing.getMessage().contains("lexicon/no-such-list.txt"), missing.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> read("said\nsaid\n"));
        assertEquals("test.txt:2: \"said\" is listed twice", twice.getMessage());
        IllegalArgumentException phrase = assertThrows(IllegalArgumentException.class, () -> read("a b\n"));
        assertEquals("test.txt:1: an entry is one word: \"a b\"", phrase.getMessage());
        assertThrows(NullPointerException.class, () -> WordLists.load(null));
    }
}
