package news.verbatim.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import news.verbatim.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class StatementLinkerTest {

    private static boolean same(String a, String b) {
        String na = TextNormalizer.styleKey(a);
        String nb = TextNormalizer.styleKey(b);
        return StatementLinker.sameRemark(na, na.split(" ").length, nb, nb.split(" ").length);
    }

    @Test
    void aCommaOfDifferenceIsTheSameRemark() {
        assertTrue(same(
                "with allies and partners communicating that message",
                "with allies and partners, communicating that message"));
    }

    @Test
    void aLeadingButOrAFragmentIsContained() {
        assertTrue(same("Everyone in the region should understand", "But everyone in the region should understand"));
        assertTrue(same("part of the punishment.", "Making the enemy wait is part of the punishment"));
    }

    @Test
    void containmentIsByWholeWordsAndNeedsEnoughWords() {
        assertFalse(same("art of the punish", "Making the enemy wait is part of the punishment"));
        assertFalse(same("consequences", "warned of consequences for any country"));
    }

    @Test
    void aTranslationVariantIsADifferentRemark() {
        assertFalse(same(
                "regardless of the consequences",
                "Whatever the consequences, the resistance will not let these Israeli attacks pass by"));
    }
}
