package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageUnitsTest {

    private static List<String> texts(String submission) {
        return PassageUnits.of(submission).stream().map(PassageUnits.Unit::text).toList();
    }

    @Test
    void splitsAtSentenceEndsFollowedByACapitalAndKeepsOffsets() {
        String s = "No one should escalate this conflict. We communicated that message directly to Israel! "
                + "“Is that clear to everyone?” It is.";
        List<PassageUnits.Unit> units = PassageUnits.of(s);
        assertEquals(
                List.of(
                        "No one should escalate this conflict.",
                        "We communicated that message directly to Israel!",
                        "“Is that clear to everyone?” It is."),
                units.stream().map(PassageUnits.Unit::text).toList());
        for (PassageUnits.Unit u : units) {
            assertEquals(u.text(), s.substring(u.start(), u.end()));
        }
    }

    @Test
    void doesNotSplitInsideASentence() {
        assertEquals(
                List.of("He met Dr. Roe at 3.30 p.m. on the pier and left."),
                texts("He met Dr. Roe at 3.30 p.m. on the pier and left."));
        assertEquals(
                List.of("It is beneath our dignity ... we know how to do that."),
                texts("It is beneath our dignity ... we know how to do that."));
    }

    @Test
    void aVeryShortSentenceJoinsItsNeighbour() {
        assertEquals(
                List.of("No. We will not leave the harbour tonight."),
                texts("No. We will not leave the harbour tonight."));
        assertEquals(
                List.of("We will not leave the harbour tonight. Not now."),
                texts("We will not leave the harbour tonight. Not now."));
    }

    @Test
    void blankTextHasNoUnitsAndNullIsRefused() {
        assertEquals(List.of(), PassageUnits.of("   "));
        assertThrows(NullPointerException.class, () -> PassageUnits.of(null));
        assertThrows(IllegalArgumentException.class, () -> new PassageUnits.Unit("x", 3, 2));
    }
}
