package news.verbatim.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import news.verbatim.config.VerbatimConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's own limits on a request's line, headers and body, answered as {@code application/problem+json}
 * like every other error: a URI longer than {@value #MAX_URI_CHARS} characters is 414, headers over
 * {@value #MAX_HEADER_BYTES} bytes are 431, a declared body over {@code quarkus.http.limits.max-body-size} is 413
 * ({@code verbatim.transfer.import-max-body-size} for the bulk import at {@value #IMPORT_PATH}, which carries a
 * whole corpus and reads it as a stream).
 *
 * <p>Why here: when the HTTP codec itself rejects a request (a line or headers beyond its own, larger limits,
 * configured in application.properties, or a request line that is not HTTP at all) it answers with a bare status
 * and no body, and Quarkus offers no hook to change that answer (quarkusio/quarkus issue 55082). The codec's
 * limits are therefore set well above these, so that every request a client can reasonably send reaches this
 * filter and gets a problem it can read.
 */
@ApplicationScoped
public class HttpLimits {

    /** Longest request URI (path and query) accepted. */
    public static final int MAX_URI_CHARS = 8 * 1024;
    /** Largest total of header names and values accepted. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** The bulk import: the one route with a body limit of its own. */
    public static final String IMPORT_PATH = "/api/v1/import";
    /** Runs before the routes, so no handler reads a body first. */
    private static final int PRIORITY = 2_000;
    /**
     * Runs after Quarkus's own body limit handler (route order -2; a filter's order is minus its priority), which
     * sets the limit a streamed body is read to: the import's larger limit replaces it.
     */
    private static final int AFTER_QUARKUS_LIMIT = 1;
    /** Where Quarkus's body limit handler leaves the limit that a streamed body ({@code InputStream}) is read to. */
    private static final String STREAM_LIMIT_KEY = "io.quarkus.max-request-size";

    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final long maxImportBytes;

    public HttpLimits(
            ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
                    io.quarkus.runtime.configuration.MemorySize maxBody,
            VerbatimConfig config) {
        this.json = json;
        this.maxBodyBytes = maxBody.asLongValue();
        this.maxImportBytes = config.transfer().importMaxBodySize().asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
        filters.register(this::raiseImportLimit, AFTER_QUARKUS_LIMIT);
    }

    /** The import streams its body: it is read up to the import's own limit instead of the usual one. */
    private void raiseImportLimit(RoutingContext ctx) {
        if (isImport(ctx.request())) {
            ctx.put(STREAM_LIMIT_KEY, maxImportBytes);
        }
        ctx.next();
    }

    private static boolean isImport(HttpServerRequest request) {
        return IMPORT_PATH.equals(request.path());
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String uri = request.uri();
        if (uri.length() > MAX_URI_CHARS) {
            reject(
                    ctx,
                    414,
                    "uri-too-long",
                    "URI too long",
                    "the request URI has " + uri.length() + " characters; at most " + MAX_URI_CHARS);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            headerBytes += h.getKey().length() + h.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            reject(
                    ctx,
                    431,
                    "headers-too-large",
                    "Request headers too large",
                    "the request headers take " + headerBytes + " bytes; at most " + MAX_HEADER_BYTES);
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                reject(ctx, 400, "bad-request", "Bad request", "the Content-Length header is not a number");
                return;
            }
            boolean importing = isImport(request);
            long limit = importing ? maxImportBytes : maxBodyBytes;
            if (declared > limit) {
                reject(
                        ctx,
                        413,
                        "too-large",
                        "Request body too large",
                        "the request body has " + declared + " bytes; at most " + limit);
                return;
            }
            if (importing) {
                // Quarkus's body limit handler refuses a declared length over quarkus.http.limits.max-body-size
                // with a bare 413 and has no per-route setting: the length, checked here, is hidden from it. The
                // body is framed by the HTTP codec, which read the header already.
                request.headers().remove(HttpHeaders.CONTENT_LENGTH);
            }
        }
        ctx.next();
    }

    private void reject(RoutingContext ctx, int status, String slug, String title, String detail) {
        // The rest of an oversized request is not read: the connection closes after the answer.
        HttpServerRequest request = ctx.request();
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        RouteProblems.send(ctx, json, status, slug, title, detail).onComplete(done -> {
            if (request.version() != io.vertx.core.http.HttpVersion.HTTP_2) {
                request.connection().close();
            }
        });
    }
}
