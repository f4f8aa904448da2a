package news.verbatim.transfer;

import static io.restassured.RestAssured.given;
import static news.verbatim.ApiTestSupport.KEY;
import static news.verbatim.ApiTestSupport.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/import} and {@code /api/v1/import/{id}}: an import followed while its upload is still
 * arriving, sent over a raw socket in chunks so that the test decides when the body ends (or breaks off).
 */
@QuarkusTest
class ImportProgressResourceTest {

    private static final Random RANDOM = new Random();
    private static final long WAIT_MILLIS = 20_000;

    /** A word no other test's text contains: a corpus of its own. */
    private static String nonce() {
        StringBuilder out = new StringBuilder("P");
        for (int i = 0; i < 7; i++) {
            out.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return out.toString();
    }

    /** One import line: an article of two quotes by one speaker, both carrying {@code word}. */
    private static String story(String word, int n) {
        return "{\"outlet\":\"Progress Post " + word + "\",\"title\":\"Ferry story " + n + " " + word
                + "\",\"url\":\"https://progress.example/" + word + "/" + n + "\",\"publishedAt\":\"2025-04-0"
                + (1 + n % 9) + "\",\"text\":\"\\u201cThe ferry from " + word + " sails again in week " + n
                + ",\\u201d said harbour master Ida " + word + " on Monday.\\n\\nThe council agreed. \\u201cThe"
                + " crossing to " + word + " will be full by the summer of year " + n + ",\\u201d she added.\"}\n";
    }

    /** An import upload whose body is written chunk by chunk. */
    private static final class Upload implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;

        Upload() throws IOException {
            socket = new Socket("localhost", RestAssured.port);
            out = socket.getOutputStream();
            out.write(("POST /api/v1/import HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + KEY
                            + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        void send(String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        /** Ends the body and reads the whole answer (the server closes the connection after it). */
        String finish() throws IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        /** Drops the connection mid-body, as a killed curl would. */
        void breakOff() throws IOException {
            socket.setSoLinger(true, 0); // a reset, not an orderly end of the stream
            socket.close();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** The running import that has read at least {@code lines} lines, waited for. */
    private static JsonPath runningWith(int lines) throws InterruptedException {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < until) {
            JsonPath all = given().get("/api/v1/import")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> running = all.getList("findAll { it.state == 'RUNNING' }");
            Optional<Map<String, Object>> found = running.stream()
                    .filter(p -> ((Number) p.get("lines")).intValue() >= lines)
                    .findFirst();
            if (found.isPresent()) {
                return byId((String) found.get().get("id"));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no running import read " + lines + " lines within " + WAIT_MILLIS + " ms");
    }

    private static JsonPath byId(String id) {
        return given().get("/api/v1/import/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The import's progress once it has left RUNNING, waited for. */
    private static JsonPath ended(String id) throws InterruptedException {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < until) {
            JsonPath progress = byId(id);
            if (!"RUNNING".equals(progress.getString("state"))) {
                return progress;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " still running after " + WAIT_MILLIS + " ms");
    }

    @Test
    void anImportIsFollowedWhileItsUploadArrivesAndItsEndIsKept() throws Exception {
        String word = nonce();
        try (Upload upload = new Upload()) {
            upload.send(story(word, 1) + story(word, 2));
            upload.send(story(word, 3));
            JsonPath running = runningWith(3);
            assertEquals("RUNNING", running.getString("state"));
            assertEquals(3, running.getInt("lines"));
            assertEquals(null, running.getString("finishedAt"));
            String id = running.getString("id");

            String answer = upload.finish();
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            Matcher summaryId = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(answer);
            assertTrue(summaryId.find(), answer);
            assertEquals(id, summaryId.group(1), "the answer names the import that was followed");

            given().get("/api/v1/import/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("state", is("DONE"))
                    .body("lines", is(3))
                    .body("imported", is(3))
                    .body("quotes", is(6))
                    .body("duplicates", is(0))
                    .body("rejectedCount", is(0))
                    .body("finishedAt", notNullValue())
                    .body("failure", nullValue());
            JsonPath all = given().get("/api/v1/import")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertTrue(all.getList("id").contains(id), "an ended import stays listed");
        }
    }

    @Test
    void anUploadThatBreaksOffEndsFailedAndKeepsNothingHalfWritten() throws Exception {
        String word = nonce();
        String id;
        try (Upload upload = new Upload()) {
            upload.send(story(word, 1) + story(word, 2));
            id = runningWith(2).getString("id");
            upload.breakOff();
        }
        JsonPath end = ended(id);
        assertEquals("FAILED", end.getString("state"), end.prettify());
        assertTrue(end.getString("failure").contains("broke off"), end.prettify());
        // the two lines were still in the batch being read: nothing of them was committed
        assertEquals(0, end.getInt("imported"), end.prettify());
        given().queryParam("outlet", "Progress Post " + word)
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("total", is(0));
    }

    @Test
    void anUnknownImportIs404() {
        given().get("/api/v1/import/{id}", "no-such-import")
                .then()
                .spec(problem(404))
                .body("detail", containsString("no-such-import"));
    }

    @Test
    void progressNeedsNoKeyButImportingDoes() {
        given().get("/api/v1/import").then().statusCode(200);
        given().contentType("application/x-ndjson")
                .body("{}\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import")
                .then()
                .spec(problem(401));
    }
}
