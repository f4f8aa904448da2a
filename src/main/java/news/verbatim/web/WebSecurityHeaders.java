package news.verbatim.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Security headers for everything the service serves outside {@code /q/} (the web client, its assets and the
 * API). The web client is built for this Content-Security-Policy: no inline script or style, same-origin
 * fetches only. {@code /q/} (Swagger UI, Dev UI, health) is left alone because Swagger UI needs inline script.
 *
 * <p>The web client's own files are also sent with {@code Cache-Control: no-cache} (revalidate with
 * Last-Modified) instead of the static handler's day-long "immutable", so a new release shows at once.
 */
@ApplicationScoped
public class WebSecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static final Set<String> WEB_CLIENT_FILES = Set.of("/", "/index.html", "/app.js", "/app.css", "/icon.svg");

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, 100);
    }

    private void addHeaders(RoutingContext context) {
        String path = context.normalizedPath();
        if (path != null && !path.startsWith("/q/")) {
            boolean webClientFile = WEB_CLIENT_FILES.contains(path);
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
                if (webClientFile) {
                    headers.set("Cache-Control", "no-cache");
                }
            });
        }
        context.next();
    }
}
