package news.verbatim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between features point one way: a quote knows its speaker, so the speaker feature knows nothing of
 * quotes (the quotes of a speaker are served by the quote feature). Reads the compiled classes (ArchUnit).
 */
class FeatureDependencyTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ProductionClasses.imported();
    }

    private static ArchRule noDependency(String from, String to) {
        return noClasses()
                .that()
                .resideInAPackage(from)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(to)
                .because("quotes depend on speakers, never the other way");
    }

    @Test
    void speakersKnowNothingOfQuotes() {
        noDependency("news.verbatim.speaker..", "news.verbatim.quote..").check(classes);
    }

    /**
     * The page check sits on top: it composes extraction (article) and verification (verify), and nothing below
     * it knows it exists.
     */
    @Test
    void nothingDependsOnThePageCheck() {
        noClasses()
                .that()
                .resideOutsideOfPackage("news.verbatim.check..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("news.verbatim.check..")
                .because("the page check composes features; no feature needs it")
                .check(classes);
    }

    /** The rule can fail: the other direction is a real dependency. */
    @Test
    void theRuleSeesTheDependencyThatExists() {
        assertTrue(noDependency("news.verbatim.quote..", "news.verbatim.speaker..")
                .evaluate(classes)
                .hasViolation());
    }
}
