package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResolvedSpeakerTest {

    @Test
    void aPronounMarkerIsNoSpeakerButCarriesItsGender() {
        ResolvedSpeaker she = ResolvedSpeaker.pronoun(Gender.FEMALE);
        assertTrue(she.isPronounMarker());
        assertFalse(she.isKnown());
        assertFalse(ResolvedSpeaker.UNKNOWN.isPronounMarker());
        assertTrue(ResolvedSpeaker.person(new PersonEntity("Jane Okoro")).isKnown());
        assertEquals(
                "Jane Okoro",
                ResolvedSpeaker.person(new PersonEntity("Jane Okoro")).name());
    }

    @Test
    void illegalArguments() {
        IllegalArgumentException person = assertThrows(
                IllegalArgumentException.class,
                () -> new ResolvedSpeaker(SpeakerType.PERSON, "Okoro", null, false, Gender.UNKNOWN));
        assertEquals("a PERSON speaker has an entity: Okoro", person.getMessage());
        assertThrows(NullPointerException.class, () -> new ResolvedSpeaker(null, "x", null, false, Gender.UNKNOWN));
    }
}
