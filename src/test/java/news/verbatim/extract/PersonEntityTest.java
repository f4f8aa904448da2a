package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonEntityTest {

    @Test
    void keysGenderAndNameFormsInOrderOfAppearance() {
        PersonEntity e = new PersonEntity("Martin Luther King Jr.");
        assertEquals("king", e.surnameKey(), "a suffix is not the surname");
        assertEquals("martin", e.firstKey());
        assertTrue(e.isFullName());
        e.addForm("King", 90);
        e.addForm("the Rev. Martin Luther King Jr.", 10);
        e.addForm("King", 40);
        assertEquals(List.of("the Rev. Martin Luther King Jr.", "King"), e.nameForms());
    }

    @Test
    void theFirstEvidenceOfGenderWins() {
        PersonEntity e = new PersonEntity("Okoro");
        assertFalse(e.gender().isKnown());
        assertTrue(e.admits(Gender.FEMALE) && e.admits(Gender.MALE));
        e.learnGender(Gender.FEMALE);
        e.learnGender(Gender.MALE);
        assertEquals(Gender.FEMALE, e.gender());
        assertFalse(e.admits(Gender.MALE));
    }

    @Test
    void illegalArguments() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> new PersonEntity(" "));
        assertEquals("a person's canonical name has a word: \" \"", blank.getMessage());
        assertThrows(NullPointerException.class, () -> new PersonEntity(null));
    }
}
