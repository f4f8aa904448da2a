package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimedNameTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Secretary of State Blinken | Blinken",
                "US Secretary of State Antony Blinken | Antony Blinken",
                "Mayor Reyes | Reyes",
                "the mayor Reyes | Reyes",
                "Sgt Ana Ruiz | Ana Ruiz",
                "Sergeant Ana Ruiz | Ana Ruiz",
                "Mrs Patel | Patel",
                "Mrs. Patel | Patel",
                "Dr. Roe | Roe",
                "Dr Roe. | Roe",
                "Blinken's | Blinken",
                "Blinken’s | Blinken",
                "Jones' | Jones",
                "Antony Blinken | Antony Blinken",
                "Reyes | Reyes",
                "Georgia Smith | Georgia Smith",
                "Mayor Jordan Maitland | Jordan Maitland",
            })
    void titlesHonorificsAndPossessivesAreDroppedAsInPrintedNames(String typed, String name) {
        assertEquals(Optional.of(name), ClaimedName.personalName(typed));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"the White House", "a senior official", "he", "Hamas and Blinken", "Ann Roe and Ben Cole", "..."
            })
    void phrasesThatAreNotOnePersonalNameGiveNothing(String typed) {
        assertEquals(Optional.empty(), ClaimedName.personalName(typed));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blankGivesNothing(String typed) {
        assertEquals(Optional.empty(), ClaimedName.personalName(typed));
    }

    @org.junit.jupiter.api.Test
    void overlongInputIsNotParsed() {
        assertEquals(Optional.empty(), ClaimedName.personalName("Mayor " + "Reyes ".repeat(60)));
    }
}
