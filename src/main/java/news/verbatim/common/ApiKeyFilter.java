package news.verbatim.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import news.verbatim.config.VerbatimConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards every write of the API with the {@code X-API-Key} header. Reads, verification and the extraction
 * preview change nothing, so they stay open.
 */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";

    /** POST endpoints that store nothing. */
    private static final List<String> OPEN_POSTS = List.of("/api/v1/verify", "/api/v1/articles/preview");

    private final List<byte[]> keys;

    public ApiKeyFilter(VerbatimConfig config) {
        this.keys = config.apiKeys().orElse(List.of()).stream()
                .map(String::trim)
                .filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    @ServerRequestFilter
    public Response checkKey(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")
                || method.equals("GET")
                || method.equals("HEAD")
                || method.equals("OPTIONS")
                || (method.equals("POST") && OPEN_POSTS.contains(stripTrailingSlash(path)))) {
            return null;
        }
        String given = request.getHeaderString(HEADER);
        if (given == null || given.isBlank()) {
            return ProblemMappers.problem(
                    401,
                    "unauthorized",
                    "API key required",
                    "this request changes the corpus: send a valid key in the " + HEADER + " header",
                    request.getUriInfo(),
                    null);
        }
        if (!isKnown(given.trim())) {
            return ProblemMappers.problem(
                    401,
                    "unauthorized",
                    "Invalid API key",
                    "the key in the " + HEADER + " header is not valid",
                    request.getUriInfo(),
                    null);
        }
        return null;
    }

    /** Compares against every key in constant time, so response timing does not reveal key prefixes. */
    private boolean isKnown(String given) {
        byte[] bytes = given.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] key : keys) {
            match |= MessageDigest.isEqual(key, bytes);
        }
        return match;
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
