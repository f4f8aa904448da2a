package news.verbatim.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Typed view of the {@code verbatim.*} configuration (environment: {@code VERBATIM_*}). */
@ConfigMapping(prefix = "verbatim")
public interface VerbatimConfig {

    /** Directory that holds everything the service writes: database files and the search index. */
    @WithDefault("./data")
    Path dataDir();

    /** Keys accepted in the {@code X-API-Key} header for writes; none configured means writes are refused. */
    Optional<List<String>> apiKeys();

    Fixtures fixtures();

    Cors cors();

    interface Fixtures {
        /** Load the fixture corpus on first start with an empty database. */
        @WithDefault("true")
        boolean load();

        /** Read fixtures from this directory instead of the copy packaged in the application. */
        Optional<Path> dir();
    }

    interface Cors {
        /**
         * Origins allowed to call the API from a browser besides the service's own pages (a browser extension's
         * {@code chrome-extension://<id>}, another front end). Applied through {@code quarkus.http.cors.origins}.
         */
        Optional<List<String>> origins();
    }
}
