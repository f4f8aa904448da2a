package news.verbatim.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.SmallRyeConfig;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.verbatim.config.VerbatimConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one place that decides which browser origins may call the service (CORS). Two rules:
 *
 * <ul>
 *   <li><b>Public reads</b> — {@code /api/v1/verify} and {@code /api/v1/check}, which need no key and store
 *       nothing — answer <em>any</em> origin not listed in {@code verbatim.cors.origins} with
 *       {@code Access-Control-Allow-Origin: *}, never with credentials, and their preflight allows only
 *       {@code Content-Type} and {@code Accept} (not {@code X-API-Key}) with {@code GET} and {@code POST}. So a
 *       freshly installed browser extension, or any page, can check quotes without configuration.
 *   <li><b>Everything else</b>, and every request from a listed origin, goes through Quarkus' own
 *       {@link CORSFilter} built from {@code quarkus.http.cors.*}: only the configured origins (and the
 *       service's own pages), exactly as before. Quarkus' global CORS route is switched off
 *       ({@code quarkus.http.cors.enabled=false}) so that it does not run a second time and refuse the public
 *       reads.
 * </ul>
 *
 * <p>Why not the other GET reads: they page through the whole corpus, and a service on a newsroom intranet
 * would then be readable by any web site a journalist opens. Verify and check answer only about the text a
 * caller sends, and they are what the extension needs on first use.
 *
 * <p>Registered as a route filter before the request limits, so that 413 and 429 answers of a public read
 * carry the header too and the page can read why it was refused.
 */
@ApplicationScoped
public class CorsRules {

    /** Before {@link HttpLimits} (2000) and {@link RateLimits} (1900). */
    private static final int PRIORITY = 2_100;

    /** Endpoints any origin may call: open to everyone, and they change nothing. */
    static final Set<String> PUBLIC_READS = Set.of("/api/v1/verify", "/api/v1/check");

    static final String PUBLIC_METHODS = "GET,POST";
    static final String PUBLIC_HEADERS = "Content-Type,Accept";
    static final String PUBLIC_MAX_AGE_SECONDS = "600";

    private final List<String> listedOrigins;
    /** The listed origins written as Quarkus' {@code /regex/}, which its filter allows too. */
    private final List<Pattern> listedPatterns;

    /** {@code quarkus.http.cors.methods}: the methods Quarkus' filter lets a listed origin use. */
    private final Set<String> configuredMethods;

    private final Handler<RoutingContext> configured;
    private final ObjectMapper json;

    public CorsRules(VerbatimConfig config, ObjectMapper json) {
        this.json = json;
        this.listedOrigins = config.cors().origins().orElse(List.of()).stream()
                .map(String::trim)
                .filter(o -> !o.isEmpty())
                .toList();
        VertxHttpConfig http =
                ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(VertxHttpConfig.class);
        this.listedPatterns = CORSFilter.parseAllowedOriginsRegex(http.cors().origins());
        this.configuredMethods = http.cors().methods().orElse(List.of()).stream()
                .map(m -> m.trim().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.configured = new CORSFilter(http.cors());
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || listedOrigins.contains(origin) || !isPublicRead(context.normalizedPath())) {
            if (origin != null && refused(request, origin)) {
                // Quarkus' filter would refuse it with an empty 403: the same refusal, in the contract's shape
                RouteProblems.send(
                        context,
                        json,
                        403,
                        "origin-refused",
                        "Origin not allowed",
                        "pages of " + shown(origin) + " may call only /api/v1/verify and /api/v1/check, not "
                                + shown(request.path()) + ": check the server address the page calls, or list"
                                + " the origin in verbatim.cors.origins to let it call the rest of the API");
                return;
            }
            if (origin != null && !isPreflight(request) && !isConfiguredMethod(request)) {
                // "PUT /api/v1/articles" from a listed origin: Quarkus' filter would answer an empty 403; no
                // operation takes the method, so the resource layer's 405 problem says what is wrong.
                context.next();
                return;
            }
            configured.handle(context);
            return;
        }
        // A listed origin gets its own answer on the same path: caches must keep them apart.
        context.response()
                .headers()
                .set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .add(HttpHeaders.VARY, "Origin");
        if (isPreflight(request)) {
            context.response()
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, PUBLIC_METHODS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, PUBLIC_HEADERS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, PUBLIC_MAX_AGE_SECONDS)
                    .setStatusCode(200)
                    .end();
            return;
        }
        context.next();
    }

    /**
     * Whether Quarkus' filter would refuse {@code origin}: neither listed (as it is or as a pattern) nor the origin
     * the request was sent to, by scheme, host and port as the filter's same-origin test compares them (the
     * request's scheme and {@code Host} header, default ports filled in). Refused here, the caller gets a
     * problem+json 403 saying why, where the filter would send an empty one ("http://localhost:8081" calling a
     * service on port 8080 is another origin).
     */
    private boolean refused(HttpServerRequest request, String origin) {
        if (listedOrigins.contains(origin) || CORSFilter.isOriginAllowedByRegex(listedPatterns, origin)) {
            return false;
        }
        URI from = uriOf(origin);
        URI to = uriOf(request.scheme() + "://" + request.host());
        return from == null
                || to == null
                || from.getHost() == null
                || !from.getScheme().equalsIgnoreCase(to.getScheme())
                || !from.getHost().equalsIgnoreCase(to.getHost())
                || portOf(from) != portOf(to);
    }

    /** The URI of an origin or a request's scheme and host, or null when malformed or without a scheme. */
    private static URI uriOf(String uri) {
        try {
            URI u = uri == null ? null : URI.create(uri);
            return u == null || u.getScheme() == null ? null : u;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int portOf(URI u) {
        if (u.getPort() != -1) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** An origin or path as echoed in a problem: at most 100 characters of it. */
    private static String shown(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }

    /** Whether {@code path} is one of {@link #PUBLIC_READS}, with or without a trailing slash. */
    static boolean isPublicRead(String path) {
        if (path == null) {
            return false;
        }
        String bare = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return PUBLIC_READS.contains(bare);
    }

    private boolean isConfiguredMethod(HttpServerRequest request) {
        return configuredMethods.isEmpty()
                || configuredMethods.contains(request.method().name());
    }

    private static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    }
}
