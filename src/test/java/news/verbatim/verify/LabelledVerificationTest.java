package news.verbatim.verify;

import static news.verbatim.ApiTestSupport.withKey;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.verbatim.ApiTestSupport;
import news.verbatim.text.StyleFamily;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The labelled verification sets ({@code src/test/resources/verify/labelled-*.json}, see {@link #SETS}): cases built from the
 * fixtures and two test articles, covering every verdict, every normalisation, aliases, ellipses, dropped
 * negations, changed numbers, misattribution, fabricated quotes and quotes carried by several outlets.
 * Prints the confusion matrix; every case must pass.
 */
@QuarkusTest
class LabelledVerificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean articlesIngested;

    /**
     * The labelled sets: the first covers every verdict and normalisation; the others each cover one family of
     * what people paste (passages of several quotes, editorial marks, claims that are nearly a name).
     */
    static final List<String> SETS =
            List.of("labelled-cases.json", "labelled-passages.json", "labelled-marks.json", "labelled-names.json");

    /** All sets as one: their articles, then their cases, in the order of {@link #SETS}. */
    private static JsonNode labelled() {
        ObjectNode all = JSON.createObjectNode();
        ArrayNode articles = all.putArray("articles");
        ArrayNode cases = all.putArray("cases");
        for (String set : SETS) {
            try (InputStream in = LabelledVerificationTest.class.getResourceAsStream("/verify/" + set)) {
                assertTrue(in != null, "labelled set " + set);
                JsonNode read = JSON.readTree(in);
                articles.addAll((ArrayNode) read.get("articles"));
                cases.addAll((ArrayNode) read.get("cases"));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return all;
    }

    private static String resource(String path) {
        try (InputStream in = LabelledVerificationTest.class.getResourceAsStream("/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The test articles join the fixture corpus; ingestion is idempotent, so other tests may have done it. */
    @BeforeEach
    void ingestTestArticles() {
        if (articlesIngested) {
            return;
        }
        for (JsonNode a : labelled().get("articles")) {
            Map<String, Object> body = new HashMap<>();
            body.put("outlet", a.get("outlet").asText());
            body.put("title", a.get("title").asText());
            body.put("publishedAt", a.get("publishedAt").asText());
            body.put("text", resource(a.get("file").asText()));
            int status = withKey()
                    .body(body)
                    .post("/api/v1/articles")
                    .then()
                    .extract()
                    .statusCode();
            assertTrue(status == 201 || status == 200, "ingest " + a.get("file") + ": " + status);
        }
        articlesIngested = true;
    }

    @Test
    void everyLabelledCasePassesAndTheConfusionMatrixIsDiagonal() {
        JsonNode cases = labelled().get("cases");
        assertTrue(cases.size() >= 50, "at least 50 labelled cases");
        Set<String> families = new HashSet<>();
        cases.forEach(c -> c.path("style").forEach(f -> families.add(f.asText())));
        for (StyleFamily f : StyleFamily.values()) {
            assertTrue(families.contains(f.name()), "a labelled case of house style " + f);
        }
        Map<Verdict, Map<Verdict, Integer>> confusion = new EnumMap<>(Verdict.class);
        List<String> failures = new ArrayList<>();
        for (JsonNode c : cases) {
            Map<String, Object> body = new HashMap<>();
            body.put("quote", c.get("quote").asText());
            for (String claim : List.of("speaker", "outlet", "date")) {
                if (c.has(claim)) {
                    body.put(claim, c.get(claim).asText());
                }
            }
            JsonPath answer = ApiTestSupport.verified(body);
            Verdict expected = Verdict.valueOf(c.get("verdict").asText());
            Verdict actual = Verdict.valueOf(answer.getString("verdict"));
            confusion
                    .computeIfAbsent(expected, k -> new EnumMap<>(Verdict.class))
                    .merge(actual, 1, Integer::sum);
            List<String> problems = check(c, answer, expected, actual);
            if (!problems.isEmpty()) {
                failures.add(c.get("id").asText() + ": " + String.join("; ", problems) + "  ["
                        + answer.getString("explanation") + "]");
            }
        }
        System.out.println(matrix(confusion));
        failures.forEach(f -> System.out.println("FAILED " + f));
        assertTrue(failures.isEmpty(), failures.size() + " labelled cases failed:\n" + String.join("\n", failures));
    }

    private static List<String> check(JsonNode c, JsonPath answer, Verdict expected, Verdict actual) {
        List<String> problems = new ArrayList<>();
        if (expected != actual) {
            problems.add("verdict " + actual + ", expected " + expected);
        }
        List<Map<String, Object>> matches = answer.getList("matches");
        if (expected != Verdict.NOT_FOUND && matches.isEmpty()) {
            problems.add("no matches");
            return problems;
        }
        if (c.has("attested")) {
            List<String> attested = answer.getList("attestedSpeakers.name");
            if (!attested.contains(c.get("attested").asText())) {
                problems.add("attested speakers " + attested + ", expected "
                        + c.get("attested").asText());
            }
        }
        if (c.has("claimed") && !c.get("claimed").asText().equals(answer.getString("claimedSpeaker"))) {
            problems.add("claimed speaker read as " + answer.getString("claimedSpeaker"));
        }
        problems.addAll(claimProblems(c, answer));
        if (c.has("weak") && c.get("weak").asBoolean() != answer.getBoolean("weakEvidence")) {
            problems.add("weakEvidence " + answer.getBoolean("weakEvidence"));
        }
        if (!matches.isEmpty() && expected != Verdict.NOT_FOUND) {
            Map<String, Object> best = matches.get(0);
            if (c.has("meaningChanged")
                    && c.get("meaningChanged").asBoolean() != (Boolean) best.get("meaningChanged")) {
                problems.add("meaningChanged " + best.get("meaningChanged"));
            }
            if (c.has("changeType")) {
                List<String> types = answer.getList("matches[0].meaningChanges.type");
                if (!types.contains(c.get("changeType").asText())) {
                    problems.add("meaning changes " + types + ", expected "
                            + c.get("changeType").asText());
                }
            }
            if (c.has("style")) {
                List<String> expectedStyle = new ArrayList<>();
                c.get("style").forEach(f -> expectedStyle.add(f.asText()));
                List<String> style = answer.getList("styleVariants.family");
                if (!style.equals(expectedStyle)) {
                    problems.add("style variants " + style + ", expected " + expectedStyle);
                }
            }
            if (c.has("diffOps")) {
                List<String> ops = answer.getList("matches[0].diff.op");
                c.get("diffOps").forEach(op -> {
                    if (!ops.contains(op.asText())) {
                        problems.add("diff ops " + ops + ", expected a " + op.asText() + " step");
                    }
                });
            }
            List<String> outlets = answer.getList("matches[0].sources.outlet");
            if (c.has("minOutlets")
                    && outlets.stream().distinct().count() < c.get("minOutlets").asInt()) {
                problems.add("sources " + outlets);
            }
            if (c.has("firstOutlet")
                    && (outlets.isEmpty()
                            || !outlets.get(0).equals(c.get("firstOutlet").asText())
                            || !answer.getBoolean("matches[0].sources[0].first"))) {
                problems.add("first source " + outlets);
            }
            if (actual != Verdict.NOT_FOUND && ((List<?>) best.get("diff")).isEmpty()) {
                problems.add("no diff");
            }
        }
        return problems;
    }

    /**
     * How the claim was read: {@code resolvedTo} (the speaker the claimed name resolved to, "none" for nobody),
     * {@code carried} (whether the claimed outlet and date carried the best match) and {@code explains} (words the
     * explanation must contain, such as "read “Blinkin” as Antony Blinken").
     */
    private static List<String> claimProblems(JsonNode c, JsonPath answer) {
        List<String> problems = new ArrayList<>();
        if (c.has("resolvedTo")) {
            String resolved = answer.getString("speakerResolution.speaker");
            String expected = c.get("resolvedTo").asText();
            if (!(expected.equals("none") ? resolved == null : expected.equals(resolved))) {
                problems.add("claim resolved to " + resolved + ", expected " + expected);
            }
        }
        if (c.has("carried") && c.get("carried").asBoolean() != answer.getBoolean("claimedSource.carried")) {
            problems.add("claimedSource.carried " + answer.getBoolean("claimedSource.carried"));
        }
        if (c.has("explains")
                && !answer.getString("explanation").contains(c.get("explains").asText())) {
            problems.add("explanation lacks \u201C" + c.get("explains").asText() + "\u201D");
        }
        return problems;
    }

    private static String matrix(Map<Verdict, Map<Verdict, Integer>> confusion) {
        StringBuilder out = new StringBuilder("Confusion matrix (rows: expected, columns: actual)\n");
        out.append(String.format("%-14s", ""));
        for (Verdict v : Verdict.values()) {
            out.append(String.format("%14s", v));
        }
        out.append('\n');
        for (Verdict expected : Verdict.values()) {
            out.append(String.format("%-14s", expected));
            for (Verdict actual : Verdict.values()) {
                out.append(String.format(
                        "%14d", confusion.getOrDefault(expected, Map.of()).getOrDefault(actual, 0)));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
