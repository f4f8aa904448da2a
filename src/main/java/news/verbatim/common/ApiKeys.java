package news.verbatim.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import news.verbatim.config.VerbatimConfig;

/**
 * The API keys that may write, from {@code verbatim.api-keys} and the lines of {@code verbatim.api-keys-file}
 * (a file keeps keys out of the process list), and which requests need one: every request under
 * {@code /api/} that changes the corpus. Verification, checks and previews change nothing and stay open.
 */
@ApplicationScoped
public class ApiKeys {

    public static final String HEADER = "X-API-Key";

    /** POST endpoints that store nothing. */
    private static final List<String> OPEN_POSTS =
            List.of("/api/v1/verify", "/api/v1/articles/preview", "/api/v1/check");

    private final List<byte[]> keys;

    public ApiKeys(VerbatimConfig config) {
        List<String> all = new ArrayList<>(config.apiKeys().orElse(List.of()));
        config.apiKeysFile().ifPresent(file -> {
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                lines.filter(l -> !l.isBlank() && !l.strip().startsWith("#")).forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read verbatim.api-keys-file " + file, e);
            }
        });
        this.keys = all.stream()
                .map(String::trim)
                .filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    /** Whether a request with this method and path changes the corpus and so needs a key. */
    public boolean needsKey(String method, String path) {
        if (!path.startsWith("/api/")) {
            return false;
        }
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> false;
            case "POST" -> !OPEN_POSTS.contains(stripTrailingSlash(path));
            default -> true;
        };
    }

    /** Whether {@code given} is a configured key; compares against every key in constant time. */
    public boolean isValid(String given) {
        if (given == null || given.isBlank()) {
            return false;
        }
        byte[] bytes = given.trim().getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] key : keys) {
            match |= MessageDigest.isEqual(key, bytes);
        }
        return match;
    }

    /**
     * A stable, non-secret name for the client behind a valid key (for rate limits and logs), or empty when the
     * key is missing or invalid.
     */
    public Optional<String> clientOf(String given) {
        if (!isValid(given)) {
            return Optional.empty();
        }
        return Optional.of("key:" + Hashes.sha256Hex(given.trim()).substring(0, 16));
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
