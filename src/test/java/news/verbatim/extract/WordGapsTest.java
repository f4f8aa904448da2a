package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordGapsTest {

    private static final String[] SAMPLES = {
        "",
        " ",
        "\u00A0\u00A0",
        "one",
        "Ann Roe",
        " Ann Roe",
        "Ann Roe ",
        "Ann\u00A0Roe",
        "\u00A0Ann  Roe\t",
        "a\nb\rc\fd\u000Be",
        "Ann\u2003Roe",
        "  lead",
        "trail\u00A0",
    };

    @Test
    void countAgreesWithSplittingAtTheSameGaps() {
        for (String sample : SAMPLES) {
            assertEquals(sample.split("[\\s\u00A0]+").length, WordGaps.count(sample), () -> "'" + sample + "'");
        }
    }

    @Test
    void wordsSplitAtWhiteSpaceAndNoBreakSpaces() {
        assertArrayEquals(new String[] {"Ann", "Roe", "said"}, WordGaps.words("Ann\u00A0Roe  said"));
    }

    @Test
    void singleSpacedFoldsEachRunOfWhiteSpace() {
        assertEquals("Ann Roe said", WordGaps.singleSpaced("Ann \t Roe\n\nsaid"));
    }
}
