package news.verbatim.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * The browser tests run against their own application instance with its own in-memory database and data
 * directory: they add articles and quotes (the add-article flow, escaping checks), which must not change
 * the corpus the REST tests count on. Quarkus runs the test classes of one profile together, so this
 * costs one extra start per test run.
 *
 * <p>The CORS origins are those of the unpacked extension {@link ExtensionTest} loads: an unpacked extension's id
 * follows from its folder, so it is known before Chromium starts.
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
                "verbatim.cors.origins", "chrome-extension://" + ExtensionTest.unpackedExtensionId(extensionFolder()));
    }

    private static java.nio.file.Path extensionFolder() {
        try {
            return Files.createDirectories(ExtensionTest.UNDER_TEST).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
