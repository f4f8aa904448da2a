package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameShapesTest {

    private static boolean nameLike(String word) {
        return NameShapes.nameLike(word, Lexicon.lower(word));
    }

    @Test
    void aCapitalisedWordOutsideTheWordListsCanBePartOfAName() {
        assertTrue(nameLike("Blinken"));
        assertTrue(nameLike("Blinken's"), "the possessive ending is not part of the test");
        assertTrue(nameLike("al-Assad"), "a lower-case particle prefix");
        assertTrue(nameLike("III"), "an all-capitals name suffix");
    }

    @Test
    void listedWordsAcronymsAndLowerCaseWordsAreNotNames() {
        assertFalse(nameLike("Tuesday"), "calendar");
        assertFalse(nameLike("Minister"), "title");
        assertFalse(nameLike("Mrs"), "honorific");
        assertFalse(nameLike("Canadian"), "demonym");
        assertFalse(nameLike("CNN"), "acronym");
        assertFalse(nameLike("blinken"), "lower case");
    }

    @Test
    void roleNounsAreListedOrShapedLikeAgentNouns() {
        assertTrue(NameShapes.isRoleNoun("forester"));
        assertTrue(NameShapes.isRoleNoun("pharmacist"), "an -ist noun");
        assertTrue(NameShapes.isRoleNoun("librarian"), "an -ian noun");
        assertFalse(NameShapes.isRoleNoun("canadian"), "a demonym is not a role");
        assertFalse(NameShapes.isRoleNoun("odor"), "too short to tell by its ending");
        assertTrue(NameShapes.isRoleNoun("postman"), "a trade in -man");
        assertTrue(NameShapes.isRoleNoun("fisherman"), "a trade in -man");
        assertFalse(NameShapes.isRoleNoun("human"), "too short to be a trade");
        assertFalse(NameShapes.isRoleNoun("ten-man"), "a team's count, not a trade");
    }

    @Test
    void aTitleGivesItsGenderAndOtherWordsKeepTheCurrentOne() {
        assertEquals(Gender.MALE, NameShapes.genderOf("spokesman", Gender.UNKNOWN));
        assertEquals(Gender.FEMALE, NameShapes.genderOf("spokeswoman", Gender.MALE));
        assertEquals(Gender.FEMALE, NameShapes.genderOf("minister", Gender.FEMALE));
    }

    @Test
    void allCapitalsNeedsALetterAndNoLowerCase() {
        assertTrue(NameShapes.isAllCaps("NATO"));
        assertTrue(NameShapes.isAllCaps("U.S."));
        assertFalse(NameShapes.isAllCaps("Nato"));
        assertFalse(NameShapes.isAllCaps("2024"));
        assertTrue(NameShapes.isLowerWord("mail-carrier"));
        assertFalse(NameShapes.isLowerWord("-carrier"), "a leading hyphen");
        assertFalse(NameShapes.isLowerWord("Carrier"));
    }
}
