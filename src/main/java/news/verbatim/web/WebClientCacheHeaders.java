package news.verbatim.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * The web client's own files are sent with {@code Cache-Control: no-cache} (the browser revalidates them with
 * Last-Modified) instead of the static handler's {@code public, immutable, max-age=86400}: their names carry no
 * version, so "immutable" would keep an old client in browsers for a day after a release. The security headers
 * (CSP and friends) are configured in application.properties.
 */
@ApplicationScoped
public class WebClientCacheHeaders {

    static final Set<String> WEB_CLIENT_FILES = Set.of("/", "/index.html", "/app.js", "/app.css", "/icon.svg");

    void register(@Observes Filters filters) {
        filters.register(this::revalidate, 100);
    }

    private void revalidate(RoutingContext context) {
        if (WEB_CLIENT_FILES.contains(context.normalizedPath())) {
            context.addHeadersEndHandler(ignored -> context.response().headers().set("Cache-Control", "no-cache"));
        }
        context.next();
    }
}
