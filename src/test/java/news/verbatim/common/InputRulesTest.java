package news.verbatim.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputRulesTest {

    @Test
    void idsAreAsciiDigits() {
        assertEquals(54, InputRules.parseId("id", "54"));
        assertEquals(999_999_999_999_999_999L, InputRules.parseId("id", "999999999999999999"));
        for (String bad : new String[] {"５４", "٥٤", "54 ", "+54", "-1", "0", "1e3", "", "9999999999999999999"}) {
            ApiException e = assertThrows(ApiException.class, () -> InputRules.parseId("id", bad), bad);
            assertEquals(400, e.status());
            assertEquals("id", e.errors().get(0).field());
        }
        assertThrows(ApiException.class, () -> InputRules.parseId("id", null));
    }

    @Test
    void wholeNumbersAreAsciiDigits() {
        assertEquals(-3, InputRules.parseInt("page", "-3"));
        assertEquals(7, InputRules.parseInt("page", " 7 "));
        assertThrows(ApiException.class, () -> InputRules.parseInt("page", "１"));
        assertThrows(ApiException.class, () -> InputRules.parseInt("page", "9999999999"));
    }

    @Test
    void datesAreStrictIsoDays() {
        assertEquals(Optional.of(LocalDate.of(2024, 8, 6)), InputRules.parseDate("2024-08-06"));
        for (String bad : new String[] {"2024-8-6", "2024-02-30", "20240806", "+2024-08-06", "2024-08-06Z", "", null}) {
            assertEquals(Optional.empty(), InputRules.parseDate(bad), String.valueOf(bad));
        }
        assertTrue(InputRules.isPublicationDate(InputRules.EARLIEST_DATE));
        assertFalse(InputRules.isPublicationDate(InputRules.EARLIEST_DATE.minusDays(1)));
        assertTrue(InputRules.isPublicationDate(InputRules.latestDate()));
        assertFalse(InputRules.isPublicationDate(InputRules.latestDate().plusDays(1)));
    }

    @Test
    void textRefusesControlCharactersButNotLineBreaks() {
        assertEquals(Optional.empty(), InputRules.controlCharacter("one\ttwo\nthree\r\nfour\f"));
        assertEquals(Optional.of("control character U+0000 at offset 3"), InputRules.controlCharacter("abc\u0000"));
        assertTrue(InputRules.controlCharacter("a\u0085b").isPresent(), "C1 controls too");
        assertTrue(InputRules.controlCharacter("a\u007fb").isPresent());
        ApiException e = assertThrows(ApiException.class, () -> InputRules.requireText("outlet", "CNN\u001b[0m"));
        assertEquals("outlet", e.errors().get(0).field());
        assertEquals(Optional.empty(), InputRules.controlCharacter(null));
    }

    @Test
    void shownValuesAreShortAndPrintable() {
        assertEquals("a\\u0000b", InputRules.shown("a\u0000b"));
        assertEquals(41, InputRules.shown("x".repeat(100)).length());
    }
}
