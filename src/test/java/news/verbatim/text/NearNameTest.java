package news.verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import news.verbatim.text.NearName.Kind;
import news.verbatim.text.NearName.Nearness;
import org.junit.jupiter.api.Test;

class NearNameTest {

    @Test
    void aSlipOfSpellingIsOneEditOnTheFoldedWords() {
        assertEquals(new Nearness(Kind.SPELLING, 1), new NearName("Blinkin").to("Blinken"));
        // two letters swapped are one slip, not two
        assertEquals(new Nearness(Kind.SPELLING, 1), new NearName("Blinekn").to("Blinken"));
        // the typed words end the known name: a surname is near a full name
        assertEquals(new Nearness(Kind.SPELLING, 1), new NearName("Blinkin").to("Antony Blinken"));
        assertEquals(new Nearness(Kind.SPELLING, 2), new NearName("Anthony Blinkin").to("Antony Blinken"));
        assertEquals(Kind.NONE, new NearName("Blonkan").to("Blinken").kind());
    }

    @Test
    void transliterationVariantsFoldToOneSpelling() {
        assertEquals(new Nearness(Kind.TRANSLITERATION, 0), new NearName("Araqchi").to("Araghchi"));
        assertEquals(new Nearness(Kind.TRANSLITERATION, 0), new NearName("Abbas Araqchi").to("Abbas Araghchi"));
        assertEquals(Kind.TRANSLITERATION, new NearName("Hasan").to("Hassan").kind());
        assertEquals(
                Kind.TRANSLITERATION, new NearName("Abdoullah").to("Abdullah").kind());
        assertEquals(Kind.TRANSLITERATION, new NearName("Qassem").to("Kassem").kind());
        // kh folds to k, not to h: "Hamenei" for "Khamenei" is a slip of one letter
        assertEquals(new Nearness(Kind.SPELLING, 1), new NearName("Hamenei").to("Khamenei"));
        assertEquals("arakchi", NearName.fold("araghchi"));
        assertEquals("nasralah", NearName.fold("nasrallah"));
        assertEquals("iahia", NearName.fold("yahya"));
        // a folded match and a slip together are a slip
        assertEquals(new Nearness(Kind.SPELLING, 1), new NearName("Hasan Nasralla").to("Hassan Nasrallah"));
    }

    @Test
    void longWordsMayBeTwoEditsOffShortOnesMustBeExact() {
        assertEquals(new Nearness(Kind.SPELLING, 2), new NearName("Pezashkain").to("Pezeshkian"));
        assertEquals(Kind.NONE, new NearName("Pezashkainu").to("Pezeshkian").kind(), "three edits");
        assertEquals(Kind.NONE, new NearName("Gallnta").to("Gallant").kind(), "two edits on 7 letters");
        assertEquals(Kind.NONE, new NearName("Lind").to("Lund").kind(), "4 letters must be exact");
        assertEquals(Kind.NONE, new NearName("Lew").to("Lev").kind());
        assertEquals(Kind.NONE, new NearName("Jack Lwe").to("Jack Lew").kind());
        assertEquals(Kind.NONE, new NearName("Lunds").to("Lund").kind(), "a short known word must be exact too");
        assertEquals(new Nearness(Kind.EXACT, 0), new NearName("Jack Lew").to("Jack Lew"));
    }

    @Test
    void theKnownNameNeedsAsManyWordsAsTyped() {
        assertEquals(Kind.NONE, new NearName("Antony Blinkin").to("Blinken").kind());
        assertEquals(Kind.NONE, new NearName("Antoni").to("Antony Blinken").kind(), "a given name is no surname");
        assertEquals(Kind.NONE, new NearName("Blinkin").to("  ").kind());
    }

    @Test
    void nearerComesFirst() {
        Nearness exact = new Nearness(Kind.EXACT, 0);
        Nearness transliteration = new Nearness(Kind.TRANSLITERATION, 0);
        Nearness oneEdit = new Nearness(Kind.SPELLING, 1);
        Nearness twoEdits = new Nearness(Kind.SPELLING, 2);
        assertTrue(exact.compareTo(transliteration) < 0);
        assertTrue(transliteration.compareTo(oneEdit) < 0);
        assertTrue(oneEdit.compareTo(twoEdits) < 0);
        assertTrue(oneEdit.near() && transliteration.near());
        assertFalse(exact.near() || new Nearness(Kind.NONE, 0).near());
    }

    @Test
    void testIllegalArguments() {
        assertThrows(NullPointerException.class, () -> new NearName(null));
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> new NearName(" — "));
        assertTrue(blank.getMessage().contains("\" — \""), blank.getMessage());
        assertThrows(NullPointerException.class, () -> new NearName("Blinkin").to(null));
    }
}
