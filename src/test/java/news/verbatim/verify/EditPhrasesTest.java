package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditPhrasesTest {

    @Test
    void editsAreCountedAndQuoted() {
        List<DiffOp> diff = List.of(
                new DiffOp(DiffOp.EQUAL, "we will", "we will"),
                new DiffOp(DiffOp.REPLACE, "everybody", "everyone"),
                new DiffOp(DiffOp.INSERT, "very much", ""),
                new DiffOp(DiffOp.DELETE, "", "not"));
        assertEquals(
                "1 word changed (“everyone” → “everybody”), 2 words added (“very much”) and 1 word dropped (“not”)",
                EditPhrases.edits(diff));
    }

    @Test
    void editsBeyondTheExampleLimitEndInAnEllipsis() {
        List<DiffOp> diff = List.of("a", "b", "c", "d").stream()
                .map(w -> new DiffOp(DiffOp.DELETE, "", w))
                .toList();
        assertEquals("4 words dropped (“a”, “b”, “c”, …)", EditPhrases.edits(diff));
    }

    @Test
    void listsAndCountsReadAsWords() {
        assertEquals("", EditPhrases.joinNames(List.of()));
        assertEquals("A", EditPhrases.joinNames(List.of("A")));
        assertEquals("A and B", EditPhrases.joinNames(List.of("A", "B")));
        assertEquals("A, B and C", EditPhrases.joinNames(List.of("A", "B", "C")));
        assertEquals("two", EditPhrases.count(2));
        assertEquals("12", EditPhrases.count(12));
        assertEquals("1 word", EditPhrases.words(1));
        assertEquals("3 words", EditPhrases.words(3));
    }
}
