package news.verbatim.transfer;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.KEY;
import static news.verbatim.ApiTestSupport.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import news.verbatim.article.ArticleService;
import org.junit.jupiter.api.Test;

/**
 * Bulk import and export through the API, each response checked against the OpenAPI document.
 *
 * <p>Longer than the usual limit on purpose: one test class per unit (here {@code /api/v1/import} and
 * {@code /api/v1/export}), and its cases are many short scenarios over the same fixtures; split by sub-feature it
 * would repeat the same set-up in each file.
 */
@QuarkusTest
class TransferResourceTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Random RANDOM = new Random();

    /** A word no other test's text contains, eight letters: a corpus of its own. */
    private static String nonce() {
        StringBuilder out = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            out.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return out.toString();
    }

    /** One import line in the shape of POST /api/v1/articles. */
    private static String line(String outlet, String title, String date, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outlet", outlet);
        body.put("title", title);
        body.put("url", "https://example.test/" + title.toLowerCase().replace(' ', '-'));
        body.put("publishedAt", date);
        body.put("author", "Sam Reporter");
        body.put("text", text);
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** An article of two quotes by one speaker, every quote carrying {@code word}. */
    private static String story(String outlet, String word, int n) {
        return line(
                outlet,
                "Harbour story " + n + " " + word,
                "2025-03-0" + (1 + n % 9),
                "“The harbour in " + word + " will reopen in spring number " + n + ",” said harbour master Ada "
                        + word + " on Monday.\n\nThe council agreed. “Boats from " + word + " will be back "
                        + "by the summer of year " + n + ",” she added.");
    }

    /** A keyed import request of {@code body}, sent as bytes (REST Assured has no encoder for NDJSON). */
    private static RequestSpecification importing(String body) {
        return given().header("X-API-Key", KEY).contentType(NDJSON).body(body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonPath articlesOf(String outlet) {
        return given().queryParam("outlet", outlet)
                .queryParam("size", 100)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The answer rejected exactly these lines, each with a reason containing the given words. */
    private static void assertRejected(JsonPath answer, Map<Integer, String> reasons) {
        List<Integer> lines = new TreeSet<>(reasons.keySet()).stream().toList();
        assertEquals(lines, answer.getList("rejected.line", Integer.class), answer.prettify());
        assertEquals(lines.size(), answer.getInt("rejectedCount"));
        for (int i = 0; i < lines.size(); i++) {
            String reason = answer.getString("rejected[" + i + "].reason");
            assertTrue(reason.contains(reasons.get(lines.get(i))), "line " + lines.get(i) + ": " + reason);
        }
    }

    @Test
    void importsEveryLineAndAnswersASummary() {
        String word = nonce();
        String outlet = "Import Gazette " + word;
        String body = story(outlet, word, 1) + "\n" + story(outlet, word, 2) + "\n" + story(outlet, word, 3) + "\n";
        importing(body)
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("lines", is(3))
                .body("imported", is(3))
                .body("duplicates", is(0))
                .body("quotes", is(6))
                .body("rejectedCount", is(0))
                .body("rejected", empty());
        JsonPath stored = articlesOf(outlet);
        assertEquals(3, stored.getInt("total"));
        assertEquals(List.of(2, 2, 2), stored.getList("items.quoteCount", Integer.class));
    }

    @Test
    void badLinesAreReportedWithTheirNumbersAndGoodLinesKept() {
        String word = nonce();
        String outlet = "Mixed Courier " + word;
        String body = String.join(
                "\n",
                story(outlet, word, 1),
                line(outlet, "Bad date " + word, "2024-13-01", "“A quote about " + word + " here,” she said."),
                "",
                story(outlet, word, 2).replace("\"author\"", "\"writer\""),
                "this is not json",
                line("", "No outlet " + word, "2024-01-01", "“Text " + word + " here,” he said."),
                story(outlet, word, 3));
        JsonPath answer = importing(body)
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("lines", is(7))
                .body("imported", is(2))
                .extract()
                .jsonPath();
        assertRejected(
                answer,
                Map.of(
                        2, "publishedAt: ",
                        4, "unknown property 'writer'",
                        5, "not valid JSON",
                        6, "outlet: "));
        List<String> titles = articlesOf(outlet).getList("items.title");
        assertEquals(Set.of("Harbour story 1 " + word, "Harbour story 3 " + word), Set.copyOf(titles));
    }

    @Test
    void articlesStoredBeforeAndRepeatedLinesAreDuplicates() {
        String word = nonce();
        String outlet = "Repeat Herald " + word;
        String first = story(outlet, word, 1);
        String second = story(outlet, word, 2);
        given().header("X-API-Key", KEY)
                .contentType(ContentType.JSON)
                .body(first)
                .post("/api/v1/articles")
                .then()
                .statusCode(201);
        importing(first + "\n" + second + "\n" + second + "\n" + story(outlet, word, 3) + "\n")
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("lines", is(4))
                .body("imported", is(2))
                .body("duplicates", is(2))
                .body("quotes", is(4))
                .body("rejectedCount", is(0));
        importing(second + "\n")
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("imported", is(0))
                .body("duplicates", is(1));
        assertEquals(3, articlesOf(outlet).getInt("total"));
    }

    @Test
    void aStreamCutInTheMiddleOfALineRejectsThatLineOnly() {
        String word = nonce();
        String outlet = "Cut Wire " + word;
        String cut = story(outlet, word, 2);
        importing(story(outlet, word, 1) + "\n" + cut.substring(0, cut.length() / 2))
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("lines", is(2))
                .body("imported", is(1))
                .body("rejectedCount", is(1))
                .body("rejected[0].line", is(2))
                .body("rejected[0].reason", containsString("not valid JSON"));
        assertEquals(1, articlesOf(outlet).getInt("total"));
    }

    @Test
    void anEmptyBodyIs400() {
        for (String body : List.of("", "\n\n  \n")) {
            importing(body)
                    .post("/api/v1/import")
                    .then()
                    .spec(problem(400))
                    .body("type", is("urn:verbatim:problem:empty"))
                    .body("detail", containsString("one JSON article per line"));
        }
    }

    @Test
    void anotherContentTypeIs415() {
        String word = nonce();
        given().header("X-API-Key", KEY)
                .contentType(ContentType.JSON)
                .body(story("Json Times " + word, word, 1))
                .post("/api/v1/import")
                .then()
                .spec(problem(415))
                .body("detail", containsString("application/x-ndjson"));
        assertEquals(0, articlesOf("Json Times " + word).getInt("total"));
    }

    @Test
    void withoutAValidKeyIs401AndNothingIsStored() {
        String word = nonce();
        String outlet = "Keyless Post " + word;
        given().contentType(NDJSON)
                .body((story(outlet, word, 1) + "\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import")
                .then()
                .spec(problem(401));
        given().header("X-API-Key", "wrong")
                .contentType(NDJSON)
                .body((story(outlet, word, 1) + "\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import")
                .then()
                .spec(problem(401));
        assertEquals(0, articlesOf(outlet).getInt("total"));
    }

    @Test
    void aBodyOverTheUsualLimitIsStreamedIn() {
        String word = nonce();
        String outlet = "Long Read " + word;
        String paragraph =
                ("The harbour of " + word + " was quiet all week long and the boats stayed in. ").repeat(12000);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> exported = new LinkedHashMap<>();
            exported.put("outlet", outlet);
            exported.put("title", "Long read " + i);
            exported.put("publishedAt", "2025-01-0" + (i + 1));
            exported.put("text", i + " " + paragraph);
            exported.put("quotes", List.of());
            body.append(write(exported)).append('\n');
        }
        assertTrue(body.length() > 5_000_000, "over the 4 MB of other requests: " + body.length());
        importing(body.toString())
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("imported", is(6))
                .body("quotes", is(0));
        assertEquals(6, articlesOf(outlet).getInt("total"));
    }

    @Test
    void aDeclaredBodyOverTheImportLimitIs413BeforeItIsRead() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/import HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + KEY
                            + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: 99000000000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
        }
    }

    @Test
    void exportCarriesArticlesWithTheirQuotesSpeakersAndKeys() throws IOException {
        String word = nonce();
        String outlet = "Export Ledger " + word;
        JsonPath stored = given().header("X-API-Key", KEY)
                .contentType(ContentType.JSON)
                .body(story(outlet, word, 4))
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String export = given().get("/api/v1/export")
                .then()
                .statusCode(200)
                .contentType(NDJSON)
                .extract()
                .asString();
        List<JsonNode> lines = new ArrayList<>();
        for (String l : export.split("\n")) {
            lines.add(JSON.readTree(l));
        }
        List<JsonNode> mine = lines.stream()
                .filter(n -> n.get("outlet").asText().equals(outlet))
                .toList();
        assertEquals(1, mine.size(), export);
        JsonNode line = mine.get(0);
        assertEquals(stored.getString("article.text"), line.get("text").asText());
        assertEquals(stored.getString("article.title"), line.get("title").asText());
        assertEquals(
                stored.getString("article.publishedAt"), line.get("publishedAt").asText());
        assertEquals(stored.getString("article.sha256"), line.get("sha256").asText());
        assertFalse(line.has("manual"));
        JsonNode quotes = line.get("quotes");
        assertEquals(stored.getList("quotes").size(), quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            JsonNode q = quotes.get(i);
            assertEquals(
                    stored.getString("quotes[" + i + "].text"), q.get("text").asText());
            assertEquals(
                    stored.getInt("quotes[" + i + "].startOffset"),
                    q.get("start").asInt());
            assertEquals(
                    stored.getInt("quotes[" + i + "].endOffset"), q.get("end").asInt());
            assertEquals(
                    stored.getString("quotes[" + i + "].speaker"),
                    q.get("speaker").asText());
            assertEquals(
                    stored.getString("quotes[" + i + "].attribution.method"),
                    q.at("/attribution/method").asText());
            assertEquals(
                    stored.get("quotes[" + i + "].continuesQuoteId") != null,
                    q.get("continuesPrevious").asBoolean());
            long speakerId = stored.getLong("quotes[" + i + "].speakerId");
            List<String> aliases = given().get("/api/v1/speakers/" + speakerId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("aliases");
            List<String> exported = new ArrayList<>();
            q.get("aliases").forEach(a -> exported.add(a.asText()));
            assertEquals(aliases, exported);
        }
        // Every line is one the import accepts: the whole export again is nothing but duplicates.
        importing(export)
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("lines", is(lines.size()))
                .body("imported", is(0))
                .body("duplicates", is(lines.size()))
                .body("rejectedCount", is(0));
    }

    @Test
    void anExportImportedAsANewCorpusReproducesArticlesQuotesSpeakersAndStatements() throws IOException {
        String from = nonce();
        String to = nonce();
        String ndjson = String.join("\n", roundTripCorpus(from));
        importing(ndjson).post("/api/v1/import").then().statusCode(200).body("rejectedCount", is(0));
        List<String> outlets = List.of("Harbour Daily " + from, "Coast Wire " + from, "Bay Echo " + from);
        Corpus source = corpus(outlets);
        assertTrue(source.quotes().stream().allMatch(q -> q.contains(from)), "every quote is of this corpus");
        assertTrue(source.speakers().size() >= 2, "several speakers: " + source.speakers());
        assertTrue(
                source.statements().stream().anyMatch(group -> group.size() >= 2),
                "a remark carried twice: " + source.statements());
        assertTrue(
                source.articles().stream().anyMatch(a -> a.contains("copy of Coast Wire " + from + "|Fleet returns")),
                "the reprint is linked to its original: " + source.articles());

        // The export of this corpus, moved to a corpus of its own by a word of the same length.
        // The keys change with the texts: a copy's link names its original by the key the moved text gets.
        List<ObjectNode> movedLines = new ArrayList<>();
        Map<String, String> movedKeys = new HashMap<>();
        for (String l : given().get("/api/v1/export")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .split("\n")) {
            JsonNode node = JSON.readTree(l);
            if (node.get("outlet").asText().endsWith(from)) {
                ObjectNode copy = (ObjectNode) JSON.readTree(l.replace(from, to));
                movedKeys.put(
                        node.get("sha256").asText(),
                        ArticleService.textKey(copy.get("text").asText()));
                copy.remove("sha256"); // the key of the original text, which the move changed
                movedLines.add(copy);
            }
        }
        StringBuilder moved = new StringBuilder();
        for (ObjectNode copy : movedLines) {
            if (copy.has("copyOf")) {
                ObjectNode original = (ObjectNode) copy.get("copyOf");
                original.put("sha256", movedKeys.get(original.get("sha256").asText()));
            }
            moved.append(write(copy)).append('\n');
        }
        importing(moved.toString())
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("imported", is(source.articles().size()))
                .body("quotes", is(source.quotes().size()))
                .body("rejectedCount", is(0));
        Corpus copy = corpus(outlets.stream().map(o -> o.replace(from, to)).toList());
        assertEquals(source.replace(from, to), copy);
    }

    @Test
    void aQuoteAddedByHandMovesAsAQuoteAddedByHand() throws IOException {
        String from = nonce();
        String to = nonce();
        Map<String, Object> manual = new LinkedHashMap<>();
        manual.put("text", "The ferry to " + from + " runs again from Monday");
        manual.put("speaker", "Pia " + from);
        manual.put("outlet", "Hand Notes " + from);
        manual.put("date", "2025-02-03");
        given().header("X-API-Key", KEY)
                .contentType(ContentType.JSON)
                .body(manual)
                .post("/api/v1/quotes")
                .then()
                .statusCode(201);
        String exported = null;
        for (String l : given().get("/api/v1/export")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .split("\n")) {
            if (JSON.readTree(l).get("outlet").asText().equals("Hand Notes " + from)) {
                exported = l;
            }
        }
        JsonNode line = JSON.readTree(exported);
        assertTrue(line.get("manual").asBoolean(), exported);
        ObjectNode moved = (ObjectNode) JSON.readTree(exported.replace(from, to));
        moved.remove("sha256");
        importing(write(moved) + "\n")
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("imported", is(1))
                .body("quotes", is(1));
        assertEquals(0, articlesOf("Hand Notes " + to).getInt("total"), "hand-made articles stay out of the list");
        given().queryParam("outlet", "Hand Notes " + to)
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].text", is("The ferry to " + to + " runs again from Monday"))
                .body("items[0].speaker", is("Pia " + to))
                .body("items[0].attribution.method", is("MANUAL"));
    }

    @Test
    void speakerOverridesApplyAsForAPostedArticle() throws IOException {
        String word = nonce();
        String outlet = "Override Times " + word;
        String text = "“The quay of " + word + " reopens on Friday.” The council agreed on Monday.";
        JsonPath preview = given().contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/api/v1/articles/preview")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> override = new LinkedHashMap<>();
        override.put("start", preview.getInt("quotes[0].start"));
        override.put("end", preview.getInt("quotes[0].end"));
        override.put("speaker", "Vik " + word);
        ObjectNode line = (ObjectNode) JSON.readTree(line(outlet, "Quay " + word, "2025-06-07", text));
        line.set("speakerOverrides", JSON.valueToTree(List.of(override)));
        importing(write(line) + "\n")
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("imported", is(1));
        given().queryParam("outlet", outlet)
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].speaker", is("Vik " + word));
    }

    @Test
    void exportFieldsAreCheckedLikeTheRest() {
        String word = nonce();
        String outlet = "Checked Lines " + word;
        String text = "“The pier of " + word + " is safe,” Omar " + word + " said.";
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("text", "The pier of " + word + " is safe");
        quote.put("start", 1);
        quote.put("end", 1 + ("The pier of " + word + " is safe").length());
        quote.put("kind", "FULL");
        quote.put("speaker", "Omar " + word);
        quote.put("speakerKind", "PERSON");
        Map<String, Object> good = new LinkedHashMap<>();
        good.put("outlet", outlet);
        good.put("title", "Pier " + word);
        good.put("publishedAt", "2025-05-06");
        good.put("text", text);
        good.put("quotes", List.of(quote));
        Map<String, Object> shifted = new LinkedHashMap<>(good);
        Map<String, Object> shiftedQuote = new LinkedHashMap<>(quote);
        shiftedQuote.put("start", 2);
        shifted.put("quotes", List.of(shiftedQuote));
        Map<String, Object> badKey = new LinkedHashMap<>(good);
        badKey.put("sha256", "not-a-hash");
        Map<String, Object> keyWithoutQuotes = new LinkedHashMap<>(good);
        keyWithoutQuotes.remove("quotes");
        keyWithoutQuotes.put("manual", true);
        Map<String, Object> badKind = new LinkedHashMap<>(good);
        Map<String, Object> badKindQuote = new LinkedHashMap<>(quote);
        badKindQuote.put("speakerKind", "ROBOT");
        badKind.put("quotes", List.of(badKindQuote));
        JsonPath answer = importing(String.join(
                        "\n", write(shifted), write(badKey), write(keyWithoutQuotes), write(badKind), write(good)))
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("imported", is(1))
                .body("quotes", is(1))
                .extract()
                .jsonPath();
        assertRejected(answer, Map.of(1, "quotes[0].text: ", 2, "sha256: ", 3, "quotes: ", 4, "speakerKind"));
        given().queryParam("outlet", outlet)
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].speaker", is("Omar " + word))
                .body("items[0].startOffset", is(1))
                .body("items[0].attribution.method", is("MANUAL"));
    }

    /** Articles by three outlets carrying remarks of three speakers, some printed twice with small changes. */
    private static List<String> roundTripCorpus(String w) {
        return List.of(
                line(
                        "Harbour Daily " + w,
                        "Harbour reopens " + w,
                        "2025-04-01",
                        "“The harbour at " + w + " will reopen for every boat in the spring,” harbour master Ada " + w
                                + " said on Monday. “We owe the fleet of " + w + " that much,” she added.\n\n"
                                + "Councillor Ben " + w + " disagreed. “The budget of " + w
                                + " cannot carry this,” he told the meeting."),
                line("Coast Wire " + w, "Fleet returns " + w, "2025-04-02", coastWireText(w)),
                line(
                        "Bay Echo " + w,
                        "Council split " + w,
                        "2025-04-03",
                        "“The harbour at " + w + " will reopen,” Ada " + w + " said.\n\nThe White House of " + w
                                + " was not involved. “Nobody in " + w + " asked us,” a spokesperson for the "
                                + w + " Fishermen's Association said."),
                // the Coast Wire story reprinted with its sign-off credit: a copy linked to its original
                line(
                        "Bay Echo " + w,
                        "Fleet returns, wire " + w,
                        "2025-04-03",
                        coastWireText(w) + "\n\n— Coast Wire " + w));
    }

    private static String coastWireText(String w) {
        return "Ada " + w + ", the harbour master, told reporters: “The harbour at " + w
                + " will reopen for every boat in the spring.”\n\n"
                + "“But the budget of " + w + " cannot carry this,” said Ben " + w + ".";
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Everything a corpus holds, independent of ids: each article's fields and quotes, each quote's speaker
     * with aliases and attribution, and the statements as groups of quotes.
     */
    private record Corpus(
            List<String> articles, List<String> quotes, Set<String> speakers, Set<Set<String>> statements) {

        Corpus replace(String from, String to) {
            return new Corpus(
                    articles.stream().map(s -> s.replace(from, to)).toList(),
                    quotes.stream().map(s -> s.replace(from, to)).toList(),
                    speakers.stream().map(s -> s.replace(from, to)).collect(Collectors.toCollection(TreeSet::new)),
                    statements.stream()
                            .map(g -> g.stream()
                                    .map(s -> s.replace(from, to))
                                    .collect(Collectors.toCollection(TreeSet::new)))
                            .collect(Collectors.toSet()));
        }
    }

    private static Corpus corpus(List<String> outlets) {
        List<String> articles = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        Set<String> speakers = new TreeSet<>();
        Map<Long, Set<String>> statements = new HashMap<>();
        Map<Long, String> quoteKeys = new HashMap<>();
        for (String outlet : outlets) {
            for (Map<String, Object> a : articlesOf(outlet).<Map<String, Object>>getList("items")) {
                long id = ((Number) a.get("id")).longValue();
                JsonPath article = given().get("/api/v1/articles/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                articles.add(String.join(
                        "|",
                        article.getString("outlet"),
                        article.getString("title"),
                        article.getString("url"),
                        article.getString("author"),
                        article.getString("publishedAt"),
                        article.getString("text"),
                        article.get("copyOf") == null
                                ? "original"
                                : "copy of " + article.getString("copyOf.outlet") + "|"
                                        + article.getString("copyOf.title"),
                        String.valueOf(article.getString("creditedTo")),
                        String.valueOf(article.getString("creditedDistributor"))));
                JsonPath page = given().queryParam("size", 100)
                        .get("/api/v1/articles/" + id + "/quotes")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                List<Map<String, Object>> items = page.getList("items");
                for (Map<String, Object> q : items) {
                    String key = article.getString("title") + "@" + q.get("startOffset");
                    quoteKeys.put(((Number) q.get("id")).longValue(), key);
                }
                for (Map<String, Object> q : items) {
                    Object continues = q.get("continuesQuoteId");
                    quotes.add(String.join(
                            "|",
                            quoteKeys.get(((Number) q.get("id")).longValue()),
                            (String) q.get("text"),
                            String.valueOf(q.get("endOffset")),
                            (String) q.get("kind"),
                            (String) q.get("speaker"),
                            (String) q.get("speakerKind"),
                            String.valueOf(q.get("attribution")),
                            continues == null ? "-" : quoteKeys.get(((Number) continues).longValue())));
                    statements
                            .computeIfAbsent(((Number) q.get("statementId")).longValue(), s -> new TreeSet<>())
                            .add(quoteKeys.get(((Number) q.get("id")).longValue()));
                    JsonPath speaker = given().get("/api/v1/speakers/" + q.get("speakerId"))
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                    speakers.add(speaker.getString("name") + "|" + speaker.getString("kind") + "|"
                            + new TreeSet<>(speaker.getList("aliases")));
                }
            }
        }
        articles.sort(null);
        quotes.sort(null);
        return new Corpus(articles, quotes, speakers, Set.copyOf(statements.values()));
    }
}
