package news.verbatim.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * The web client's own files are sent with {@code Cache-Control: no-cache} (the browser revalidates them with
 * Last-Modified) instead of the static handler's {@code public, immutable, max-age=86400}: their names carry no
 * version, so "immutable" would keep an old client in browsers for a day after a release. That is the page, its
 * stylesheets and icon, and every ES module under {@code /js/} (an old module next to a new one would break the
 * imports between them). The security headers (CSP and friends) are configured in application.properties.
 */
@ApplicationScoped
public class WebClientCacheHeaders {

    static final Set<String> WEB_CLIENT_FILES =
            Set.of("/", "/index.html", "/answer.css", "/marks.css", "/app.css", "/icon.svg");

    /** Every file below this folder is part of the client: the modules loaded by {@code /js/app.js}. */
    static final String MODULE_FOLDER = "/js/";

    void register(@Observes Filters filters) {
        filters.register(this::revalidate, 100);
    }

    static boolean isWebClientFile(String path) {
        return path != null && (WEB_CLIENT_FILES.contains(path) || path.startsWith(MODULE_FOLDER));
    }

    private void revalidate(RoutingContext context) {
        if (isWebClientFile(context.normalizedPath())) {
            context.addHeadersEndHandler(ignored -> context.response().headers().set("Cache-Control", "no-cache"));
        }
        context.next();
    }
}
