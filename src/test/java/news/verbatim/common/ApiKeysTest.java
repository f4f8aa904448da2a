package news.verbatim.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import news.verbatim.config.VerbatimConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

    /** A configuration with only the two key settings answered. */
    private static VerbatimConfig config(List<String> keys, Path file) {
        return (VerbatimConfig) Proxy.newProxyInstance(
                VerbatimConfig.class.getClassLoader(),
                new Class<?>[] {VerbatimConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "apiKeys" -> Optional.of(keys);
                    case "apiKeysFile" -> Optional.ofNullable(file);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void keysComeFromConfigurationAndFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys");
        Files.writeString(file, "# newsroom keys\nfile-key\n\n  spaced-key  \n");
        ApiKeys keys = new ApiKeys(config(List.of("config-key", " "), file));
        assertTrue(keys.isValid("config-key"));
        assertTrue(keys.isValid("file-key"));
        assertTrue(keys.isValid("spaced-key"));
        assertFalse(keys.isValid("# newsroom keys"));
        assertFalse(keys.isValid(""));
        assertFalse(keys.isValid(null));
        assertFalse(keys.isValid("config-ke"));
        assertEquals(keys.clientOf("file-key"), keys.clientOf(" file-key "));
        assertTrue(keys.clientOf("file-key").orElseThrow().startsWith("key:"));
        assertFalse(keys.clientOf("file-key").orElseThrow().contains("file-key"), "the key itself is never shown");
        assertEquals(Optional.empty(), keys.clientOf("wrong"));
    }

    @Test
    void onlyRequestsThatChangeTheCorpusNeedAKey() {
        ApiKeys keys = new ApiKeys(config(List.of(), null));
        assertTrue(keys.needsKey("POST", "/api/v1/articles"));
        assertTrue(keys.needsKey("DELETE", "/api/v1/quotes/3"));
        assertTrue(keys.needsKey("PATCH", "/api/v1/quotes/3"));
        assertFalse(keys.needsKey("POST", "/api/v1/verify"));
        assertFalse(keys.needsKey("POST", "/api/v1/verify/"));
        assertFalse(keys.needsKey("POST", "/api/v1/articles/preview"));
        assertFalse(keys.needsKey("POST", "/api/v1/check"));
        assertFalse(keys.needsKey("GET", "/api/v1/quotes"));
        assertFalse(keys.needsKey("POST", "/q/health"));
        assertFalse(keys.isValid("anything"), "no keys configured: every write is refused");
    }

    @Test
    void aMissingKeyFileIsAStartupError(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> new ApiKeys(config(List.of(), dir.resolve("absent"))));
    }
}
