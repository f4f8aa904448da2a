package news.verbatim.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The browser tests run against their own application instance with its own in-memory database and data
 * directory: they add articles and quotes (the add-article flow, escaping checks), which must not change
 * the corpus the REST tests count on. Quarkus runs the test classes of one profile together, so this
 * costs one extra start per test run.
 *
 * <p>No CORS origin is configured: the extension {@link ExtensionTest} loads is a fresh install, and verify and check
 * must answer it without its id being listed (common.CorsRules).
 */
public class WebTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // A free port: other test runs on the machine may hold 8081.
                "quarkus.http.test-port", "0",
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:verbatim-web-test;DB_CLOSE_DELAY=-1",
                "verbatim.data-dir", "target/test-data-web",
                "verbatim.api-keys", BrowserSupport.API_KEY,
                "verbatim.cors.origins", "");
    }
}
