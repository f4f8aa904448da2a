package news.verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void speakerKeysIgnoreCaseApostrophesAndAccents() {
        assertEquals("gideon saar", NameKeys.speaker("Gideon Sa’ar"));
        assertEquals(NameKeys.speaker("Sa'ar"), NameKeys.speaker("Saar"));
        assertEquals(NameKeys.speaker("Pezeshkiān"), NameKeys.speaker("pezeshkian"));
        assertEquals("", NameKeys.speaker("  — "));
    }

    @Test
    void outletKeysAreTheNormalisedWords() {
        assertEquals("the guardian", NameKeys.outlet("The  Guardian"));
        assertEquals(NameKeys.outlet("cnn"), NameKeys.outlet("CNN"));
        // Accents stay: an outlet's key is its normalised name, nothing looser.
        assertNotEquals(NameKeys.outlet("Le Monde diplomatique"), NameKeys.outlet("Le Mondé diplomatique"));
    }
}
