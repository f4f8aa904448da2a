package news.verbatim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine — all of {@code extract}, {@code text} and {@code copies}, the rule classes of {@code verify} and the search
 * index of {@code index} — depends on nothing above it: no feature package, no framework. Only the features'
 * service and resource classes ({@code VerifyService}, {@code VerifyResource}, {@code QuoteIndexService}, …)
 * bridge the two, mapping the engine's types ({@code QuoteForm}, {@code SpeakerType}) to their own.
 *
 * <p>Reads the compiled classes (ArchUnit), so a fully qualified name in code counts as much as an import.
 */
class EngineDependencyTest {

    /** Packages wholly inside the engine. */
    static final List<String> ENGINE_PACKAGES =
            List.of("news.verbatim.extract", "news.verbatim.text", "news.verbatim.copies");

    /** The engine classes of {@code verify}: the rules, not the service, resource and response DTOs. */
    static final Set<String> ENGINE_VERIFY = Set.of(
            "Verifier",
            "Explainer",
            "EditPhrases",
            "SourcePhrases",
            "ScoredCandidate",
            "WordAligner",
            "Alignment",
            "MeaningChangeDetector",
            "MeaningChange",
            "SubmittedQuote",
            "AttributionClause",
            "QuoteMarks",
            "Thresholds",
            "Match",
            "Verification",
            "DiffOp",
            "StyleVariant",
            "Wording",
            "Verdict",
            "AttestedQuote",
            "AttestedSpeaker",
            "SpeakerClaim",
            "NearReading",
            "ExcerptCuts",
            "PassageUnits",
            "EditorialMarks",
            "EditorialSteps",
            "MarkPhrases",
            "OutletGloss",
            "NestedQuotes");

    /** The engine classes of {@code index}: the Lucene index, its stages and value types, not the service. */
    static final Set<String> ENGINE_INDEX = Set.of(
            "QuoteIndex",
            "QuoteDocuments",
            "NgramAnalyzer",
            "QueryTermSelector",
            "IndexCommits",
            "Candidate",
            "IndexedQuote",
            "IndexPosition",
            "QuoteFacets",
            "WordAnalyzer",
            "WordSearch",
            "WordQuery",
            "WordHits",
            "ContainingQuery",
            "RemarkQueries",
            "WordingHash",
            "MatchingIds",
            "TopHits");

    /** What the engine must never use. */
    static final String[] FORBIDDEN = {
        "news.verbatim.article..",
        "news.verbatim.quote..",
        "news.verbatim.speaker..",
        "news.verbatim.common..",
        "news.verbatim.changes..",
        "news.verbatim.config..",
        "news.verbatim.fixtures..",
        "news.verbatim.web..",
        "news.verbatim.check..",
        "io.quarkus..",
        "io.smallrye..",
        "io.vertx..",
        "jakarta..",
        "javax.persistence..",
        "org.hibernate..",
        "org.eclipse.microprofile.."
    };

    static final DescribedPredicate<JavaClass> ENGINE =
            DescribedPredicate.describe("are engine classes", EngineDependencyTest::isEngine);

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ProductionClasses.imported();
    }

    static boolean isEngine(JavaClass type) {
        JavaClass c = type.getBaseComponentType(); // an array of engine classes is the engine's too
        String pkg = c.getPackageName();
        if (ENGINE_PACKAGES.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."))) {
            return true;
        }
        String top = topLevelName(c);
        return pkg.equals("news.verbatim.verify") && ENGINE_VERIFY.contains(top)
                || pkg.equals("news.verbatim.index") && ENGINE_INDEX.contains(top);
    }

    private static String topLevelName(JavaClass c) {
        String name = c.getName().substring(c.getPackageName().length() + 1);
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    @Test
    void engineUsesNoFeaturePackageAndNoFramework() {
        noClasses()
                .that(ENGINE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FORBIDDEN)
                .because("the engine depends on nothing above it; features map to and from its types")
                .check(classes);
    }

    @Test
    void engineUsesNoFeatureClassOfItsOwnPackages() {
        noClasses()
                .that(ENGINE)
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "are Verbatim classes outside the engine",
                        c -> c.getPackageName().startsWith("news.verbatim") && !isEngine(c)))
                .because("VerifyService, VerifyResponse, QuoteIndexService … sit above the engine")
                .check(classes);
    }

    @Test
    void everyListedEngineClassExists() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            if (isEngine(c)
                    && ENGINE_PACKAGES.stream()
                            .noneMatch(p -> c.getPackageName().startsWith(p))) {
                found.add(topLevelName(c));
            }
        }
        Set<String> listed = new TreeSet<>(ENGINE_VERIFY);
        listed.addAll(ENGINE_INDEX);
        assertEquals(listed, found, "a listed engine class was renamed or removed: update the list");
    }

    /** The rules can fail: the bridges, which may use features, do break them. */
    @Test
    void theRuleCatchesABridge() {
        ArchRule bridgeAsEngine = noClasses()
                .that()
                .haveFullyQualifiedName("news.verbatim.verify.VerifyService")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FORBIDDEN);
        assertTrue(bridgeAsEngine.evaluate(classes).hasViolation());
    }
}
