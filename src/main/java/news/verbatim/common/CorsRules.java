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
import java.util.Set;
import java.util.regex.Pattern;
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
     * Whether Quarkus' filter is sure to refuse {@code origin}: neither listed (as it is or as a pattern) nor
     * naming the host the request was sent to. Looser than the filter's same-origin test, which also compares
     * scheme and port: a request this lets through the filter still judges, so the service's own pages are never
     * refused here.
     */
    private boolean refused(HttpServerRequest request, String origin) {
        if (listedOrigins.contains(origin) || CORSFilter.isOriginAllowedByRegex(listedPatterns, origin)) {
            return false;
        }
        String originHost = hostOf(origin);
        return originHost == null
                || !(originHost.equalsIgnoreCase(hostOf(request.absoluteURI()))
                        || originHost.equalsIgnoreCase(hostOf("http://" + request.host())));
    }

    /** The host of an origin or URI, or null when it has none or is malformed. */
    private static String hostOf(String uri) {
        try {
            return uri == null ? null : URI.create(uri).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
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

    private static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    }
}
