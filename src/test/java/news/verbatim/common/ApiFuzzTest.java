package news.verbatim.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Spec-driven fuzzing: for every operation of the OpenAPI document the service serves, a seeded stream of
 * malformed and boundary input (ids in other scripts and out of range, wrong types, missing and unknown
 * properties, control characters, huge strings, broken JSON, other media types, with and without the key).
 * Every answer must be below 500, and every 4xx a problem+json whose status matches. The responses are also
 * validated against the document ({@code ContractValidation}), so an undocumented status fails too.
 *
 * <p>Bounded: {@code -Dfuzz.requests} (default {@value #DEFAULT_REQUESTS}) requests from seed {@code -Dfuzz.seed}
 * (default {@value #DEFAULT_SEED}). It runs on a database of its own, since it deletes what it hits.
 */
@QuarkusTest
@TestProfile(ApiFuzzTest.OwnDatabase.class)
class ApiFuzzTest {

    static final int DEFAULT_REQUESTS = 1000;
    static final long DEFAULT_SEED = 20261201L;

    /** A database no other test reads, so that fuzzed deletes hurt nobody. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    "jdbc:h2:mem:verbatim-fuzz;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                    "verbatim.data-dir",
                    "target/fuzz-data");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] BAD_IDS = {
        "0",
        "-1",
        "1.5",
        "abc",
        "%EF%BC%95%EF%BC%94",
        "%D9%A1",
        "99999999999999999999",
        "1e9",
        "%00",
        "%20",
        "1%0A",
        "'%20OR%201=1",
        "..%2F..%2Fetc",
        "9223372036854775807",
        "1",
        "2",
        "3",
        "123456789"
    };

    private static final String[] BAD_VALUES = {
        "",
        " ",
        "-1",
        "0",
        "2147483648",
        "-2147483649",
        "99999999999999999999",
        "NaN",
        "1e400",
        "true",
        "null",
        "2024-02-30",
        "2024-13-01",
        "1582-10-10",
        "9999-12-31",
        "0000-00-00",
        "abc",
        "١٢",
        "５",
        "\u0000",
        "\u001b[31m",
        "\u202e",
        "%",
        "'",
        "\"",
        "<script>",
        "a".repeat(5000),
        "😀".repeat(300),
        "\\",
        "\uD800"
    };

    private record Operation(String method, String path, JsonNode spec) {}

    @Test
    void noInputMakesTheServiceFail() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int budget = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        Random random = new Random(seed);
        JsonNode spec = JSON.readTree(
                given().accept("application/json").get("/q/openapi").asString());
        List<Operation> operations = operations(spec);
        assertTrue(operations.size() >= 15, "operations found: " + operations.size());
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int[] byClass = new int[6];
        while (sent < budget) {
            for (Operation op : operations) {
                if (sent >= budget) {
                    break;
                }
                Response r = send(op, spec, random);
                sent++;
                int status = r.statusCode();
                byClass[Math.min(5, status / 100)]++;
                if (status >= 500) {
                    failures.add(op.method() + " " + op.path() + " -> " + status + ": " + r.asString());
                } else if (status >= 400) {
                    String type = r.contentType();
                    if (type == null || !type.startsWith("application/problem+json")) {
                        failures.add(op.method() + " " + op.path() + " -> " + status + " as " + type);
                    } else if (r.jsonPath().getInt("status") != status) {
                        failures.add(op.method() + " " + op.path() + " -> " + status + " but the problem says "
                                + r.jsonPath().getInt("status"));
                    }
                }
            }
        }
        System.out.printf(
                "fuzz: %d requests (seed %d) over %d operations: 2xx %d, 4xx %d, 5xx %d%n",
                sent, seed, operations.size(), byClass[2], byClass[4], byClass[5]);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failures");
    }

    private static List<Operation> operations(JsonNode spec) {
        List<Operation> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ms = path.getValue().fields(); ms.hasNext(); ) {
                Map.Entry<String, JsonNode> m = ms.next();
                out.add(new Operation(m.getKey().toUpperCase(), path.getKey(), m.getValue()));
            }
        }
        return out;
    }

    private static Response send(Operation op, JsonNode spec, Random random) {
        RequestSpecification request =
                given().urlEncodingEnabled(false).redirects().follow(false);
        if (random.nextInt(4) != 0) {
            request = request.header("X-API-Key", random.nextInt(8) == 0 ? "wrong-key" : "test-key");
        }
        String path = op.path().replace("{id}", BAD_IDS[random.nextInt(BAD_IDS.length)]);
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.spec().path("parameters")) {
            if ("query".equals(p.path("in").asText()) && random.nextBoolean()) {
                query.append(query.isEmpty() ? '?' : '&')
                        .append(p.path("name").asText())
                        .append('=')
                        .append(encode(value(p.path("schema"), random)));
            }
        }
        if (random.nextInt(10) == 0) {
            query.append(query.isEmpty() ? '?' : '&').append("unknown=").append(encode(pick(BAD_VALUES, random)));
        }
        if (op.spec().has("requestBody")) {
            JsonNode schema = resolve(
                    spec,
                    op.spec()
                            .path("requestBody")
                            .path("content")
                            .path("application/json")
                            .path("schema"));
            request = body(request, schema, spec, random);
        }
        return request.request(op.method(), path + query);
    }

    private static RequestSpecification body(RequestSpecification request, JsonNode schema, JsonNode spec, Random r) {
        switch (r.nextInt(12)) {
            case 0:
                return request.contentType("application/json").body("{\"text\": \"unterminated");
            case 1:
                return request.contentType("text/plain").body("just text");
            case 2:
                return request.contentType("application/json").body("[1, 2, 3]");
            case 3:
                return request.contentType("application/json").body(validBody(schema, spec, r) + " trailing");
            case 4:
                return request.contentType("application/x-www-form-urlencoded").body("a=b");
            case 5:
                return request.body("{}"); // no content type
            default:
                ObjectNode body = mutated(schema, spec, r);
                return request.contentType("application/json").body(body.toString());
        }
    }

    /** A body that fits the schema, mostly; then some of its properties are broken. */
    private static ObjectNode mutated(JsonNode schema, JsonNode spec, Random r) {
        ObjectNode body = (ObjectNode) parse(validBody(schema, spec, r));
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        int edits = 1 + r.nextInt(3);
        for (int i = 0; i < edits && !names.isEmpty(); i++) {
            String name = names.get(r.nextInt(names.size()));
            switch (r.nextInt(7)) {
                case 0 -> body.remove(name);
                case 1 -> body.putNull(name);
                case 2 -> body.put(name, pick(BAD_VALUES, r));
                case 3 -> body.put(name, r.nextLong());
                case 4 -> body.putArray(name).add("x");
                case 5 -> body.putObject(name).put("nested", true);
                default -> body.put("unexpected" + r.nextInt(3), "value");
            }
        }
        return body;
    }

    /** A plausible body for the schema: the fields a client would send, with realistic values. */
    private static String validBody(JsonNode schema, JsonNode spec, Random r) {
        ObjectNode body = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode s = resolve(spec, p.getValue());
            String format = s.path("format").asText();
            String type = s.path("type").asText();
            if (format.equals("date")) {
                body.put(p.getKey(), "2024-08-0" + (1 + r.nextInt(9)));
            } else if (s.has("enum")) {
                body.put(
                        p.getKey(),
                        s.path("enum").get(r.nextInt(s.path("enum").size())).asText());
            } else if (type.equals("integer") || type.equals("number")) {
                body.put(p.getKey(), r.nextInt(100));
            } else if (type.equals("boolean")) {
                body.put(p.getKey(), r.nextBoolean());
            } else if (p.getKey().equals("url")) {
                body.put(p.getKey(), "https://example.com/" + r.nextInt(1000));
            } else if (p.getKey().equals("text") || p.getKey().equals("quote")) {
                body.put(
                        p.getKey(),
                        "“No one should escalate this conflict,” Mayor Ann Roe said on day " + r.nextInt(500) + ".");
            } else {
                body.put(p.getKey(), "Fuzz " + r.nextInt(50));
            }
        }
        return body.toString();
    }

    private static String value(JsonNode schema, Random r) {
        if (r.nextInt(3) == 0) {
            return schema.path("type").asText().equals("integer") ? Integer.toString(r.nextInt(120) - 10) : "Blinken";
        }
        return pick(BAD_VALUES, r);
    }

    private static JsonNode resolve(JsonNode spec, JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        if (ref == null) {
            return schema;
        }
        JsonNode target = spec;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pick(String[] values, Random r) {
        return values[r.nextInt(values.length)];
    }

    private static String encode(String value) {
        // Unpaired surrogates cannot be encoded as UTF-8: send them as the replacement the encoder would use.
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
