package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.verbatim.text.TextNormalizer;
import news.verbatim.text.Token;
import org.junit.jupiter.api.Test;

class MeaningChangeDetectorTest {

    /** The changes of one edit: words {@code [sf, st)} of {@code sub} replace words {@code [af, at)} of {@code att}. */
    private static List<MeaningChange.Type> types(String sub, int sf, int st, String att, int af, int at) {
        List<Token> s = TextNormalizer.styleTokens(sub);
        List<Token> a = TextNormalizer.styleTokens(att);
        return MeaningChangeDetector.changes(s.subList(sf, st), sub, a.subList(af, at), att).stream()
                .map(MeaningChange::type)
                .toList();
    }

    @Test
    void negations() {
        for (String w : List.of(
                "not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "without", "cannot", "don't",
                "won't", "can't", "isn't")) {
            assertTrue(MeaningChangeDetector.isNegation(w), w);
        }
        assertFalse(MeaningChangeDetector.isNegation("note"));
        // Dropped "not".
        assertEquals(List.of(MeaningChange.Type.NEGATION), types("that will", 0, 0, "that will not", 2, 3));
        // "don't" for "do not" keeps the negation; "do" for "don't" drops it.
        assertEquals(List.of(), types("we do not know", 1, 3, "we don't know", 1, 2));
        assertEquals(List.of(MeaningChange.Type.NEGATION), types("we do know", 1, 2, "we don't know", 1, 2));
        assertEquals(List.of(), types("nobody can", 0, 1, "no one can", 0, 2));
        assertEquals(List.of(MeaningChange.Type.NEGATION), types("never", 0, 1, "not", 0, 1));
    }

    @Test
    void numbersAndQuantities() {
        for (String w : List.of("300", "1400", "2.5", "three", "dozens", "half", "all", "none", "hundreds", "twice")) {
            assertTrue(MeaningChangeDetector.isNumberOrQuantity(w) || MeaningChangeDetector.isNegation(w), w);
        }
        assertEquals(List.of(MeaningChange.Type.NUMBER), types("200", 0, 1, "300", 0, 1));
        assertEquals(List.of(MeaningChange.Type.NUMBER), types("four", 0, 1, "three", 0, 1));
        assertEquals(List.of(MeaningChange.Type.NUMBER), types("some parties", 0, 1, "all parties", 0, 1));
        assertEquals(List.of(MeaningChange.Type.NUMBER), types("over 1,400 people", 1, 2, "over 1,300 people", 1, 2));
        // Same number, reworded around it.
        assertEquals(List.of(), types("three others", 0, 2, "three other people", 0, 3));
    }

    @Test
    void namedEntities() {
        assertEquals(
                List.of(MeaningChange.Type.ENTITY),
                types("the Zionist regime (Iran) that", 3, 4, "the Zionist regime (Israel) that", 3, 4));
        // "Israel's" and "Israel" are the same entity.
        assertEquals(List.of(), types("to defend Israel's troops", 2, 3, "to defend Israel troops", 2, 3));
        // A capital at a sentence start is not a name; a common word swap is no meaning change.
        assertEquals(List.of(), types("Our punch will be strong", 0, 1, "Their punch will be strong", 0, 1));
        assertEquals(List.of(), types("we are at a critical point", 5, 6, "we are at a critical moment", 5, 6));
        // "Israel" starting the submitted sentence still matches "Israel" inside the attested one.
        assertEquals(List.of(), types("Israel, we said", 0, 1, "to Israel, we said", 1, 2));
        Token israel = TextNormalizer.styleTokens("to defend Israel").get(2);
        assertTrue(MeaningChangeDetector.isEntity(israel, "to defend Israel"));
        assertFalse(
                MeaningChangeDetector.isEntity(
                        TextNormalizer.styleTokens("TO DEFEND ISRAEL").get(2), "TO DEFEND ISRAEL"),
                "text in capitals says nothing about names");
        Token we = TextNormalizer.styleTokens("Done. We will").get(1);
        assertFalse(MeaningChangeDetector.isEntity(we, "Done. We will"));
        Token i = TextNormalizer.styleTokens("then I said").get(1);
        assertFalse(MeaningChangeDetector.isEntity(i, "then I said"));
    }

    @Test
    void omissionsOnlyCountNegations() {
        List<Token> t = TextNormalizer.styleTokens("No Israel 300");
        assertEquals(1, MeaningChangeDetector.omission("", t.subList(0, 1)).size());
        assertEquals(List.of(), MeaningChangeDetector.omission("…", t.subList(1, 3)));
    }
}
