package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import news.verbatim.text.NearName.Kind;
import org.junit.jupiter.api.Test;

class NearReadingTest {

    @Test
    void theNoteSaysHowTheNameWasRead() {
        assertEquals(
                "read \u201CBlinkin\u201D as Antony Blinken (a near spelling)",
                new NearReading("Blinkin", List.of("Antony Blinken"), Kind.SPELLING, false).note());
        assertEquals(
                "read \u201CAraqchi\u201D as Abbas Araghchi (another transliteration)",
                new NearReading("Araqchi", List.of("Abbas Araghchi"), Kind.TRANSLITERATION, false).note());
        assertEquals(
                "read \u201CPattel\u201D as Priya Patel or Dev Patel (another transliteration)",
                new NearReading("Pattel", List.of("Priya Patel", "Dev Patel"), Kind.TRANSLITERATION, false).note());
    }

    @Test
    void anAmbiguousReadingIsReadAsNeither() {
        NearReading two = new NearReading("Hollin", List.of("Mark Hollis", "Carl Hollins"), Kind.SPELLING, true);
        assertEquals(
                "\u201CHollin\u201D is close to both Mark Hollis and Carl Hollins, so it is read as neither",
                two.note());
        NearReading three =
                new NearReading("Hollin", List.of("Mark Hollis", "Carl Hollins", "Ann Holling"), Kind.SPELLING, true);
        assertTrue(three.closeToSeveral().endsWith("Carl Hollins and Ann Holling, so it is read as none of them"));
    }

    @Test
    void aClaimWithAReadingKeepsItThroughOpenSources() {
        NearReading reading = new NearReading("Blinkin", List.of("Antony Blinken"), Kind.SPELLING, false);
        SpeakerClaim claim =
                new SpeakerClaim("Blinkin", Set.of(1L)).withReading(reading).withOpenSources(Set.of(9L));
        assertEquals(reading, claim.reading());
        assertEquals(Set.of(9L), claim.openSources());
    }

    @Test
    void testIllegalArguments() {
        assertThrows(IllegalArgumentException.class, () -> new NearReading("Blinkin", List.of(), Kind.SPELLING, false));
        assertThrows(
                IllegalArgumentException.class,
                () -> new NearReading("Blinken", List.of("Antony Blinken"), Kind.EXACT, false));
        assertThrows(
                IllegalArgumentException.class,
                () -> new NearReading("Blinkin", List.of("Antony Blinken"), Kind.NONE, false));
        assertThrows(NullPointerException.class, () -> new NearReading(null, List.of("A B"), Kind.SPELLING, false));
        NearReading ambiguous = new NearReading("Hollin", List.of("Mark Hollis", "Carl Hollins"), Kind.SPELLING, true);
        NearReading resolved = new NearReading("Blinkin", List.of("Antony Blinken"), Kind.SPELLING, false);
        // an ambiguous reading resolves to nobody; a resolved one to somebody
        assertThrows(
                IllegalArgumentException.class, () -> new SpeakerClaim("Hollin", Set.of(1L)).withReading(ambiguous));
        assertThrows(IllegalArgumentException.class, () -> new SpeakerClaim("Blinkin", Set.of()).withReading(resolved));
    }
}
