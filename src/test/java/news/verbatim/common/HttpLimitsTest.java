package news.verbatim.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A request over the service's limits on its line, headers or declared body is answered with problem+json, not
 * with the HTTP codec's bare status. Sent over a raw socket: HTTP clients refuse to build such requests or send
 * the whole body before reading the answer.
 */
@QuarkusTest
class HttpLimitsTest {

    /** Sends {@code request} as is and returns the status line, headers and body the server answers with. */
    private static String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(String answer, int status) {
        assertTrue(
                answer.startsWith("HTTP/1.1 " + status),
                answer.lines().findFirst().orElse(""));
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":" + status), answer);
    }

    @Test
    void aTooLongUriIs414Problem() throws IOException {
        String answer = send("GET /api/v1/quotes?q=" + "a".repeat(HttpLimits.MAX_URI_CHARS) + " HTTP/1.1\r\n"
                + "Host: localhost\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 414);
    }

    @Test
    void tooLargeHeadersAre431Problem() throws IOException {
        String answer = send("GET /api/v1/quotes HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "b".repeat(HttpLimits.MAX_HEADER_BYTES) + "\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 431);
    }

    @Test
    void aTooLargeDeclaredBodyIs413ProblemBeforeItIsRead() throws IOException {
        String answer = send("POST /api/v1/verify HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 50000000\r\n\r\n{\"quote\":\"");
        assertProblem(answer, 413);
        assertTrue(answer.contains("at most"), answer);
    }

    @Test
    void requestsWithinTheLimitsAreServed() throws IOException {
        String answer = send("GET /api/v1/quotes?q=" + "a".repeat(2_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer.lines().findFirst().orElse(""));
        assertEquals(-1, answer.indexOf("problem+json"));
    }
}
