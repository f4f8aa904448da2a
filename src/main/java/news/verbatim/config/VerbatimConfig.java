package news.verbatim.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
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

    /**
     * A file with one more key per line ({@code #} starts a comment): keys passed this way do not show in the
     * process list the way {@code -Dverbatim.api-keys=...} does.
     */
    Optional<Path> apiKeysFile();

    Fixtures fixtures();

    Cors cors();

    Index index();

    RateLimit rateLimit();

    Transfer transfer();

    Check check();

    Copies copies();

    interface Fixtures {
        /** Load the fixture corpus on first start with an empty database. */
        @WithDefault("true")
        boolean load();

        /** Read fixtures from this directory instead of the copy packaged in the application. */
        Optional<Path> dir();
    }

    interface Copies {
        /**
         * Articles one copy-detection key ({@code copies.CopyBands}) is stored for; later articles with that key are
         * found through their other keys. Page furniture a large part of the corpus prints (a footer, a standing line)
         * gives keys that thousands of articles share; capped, a look-up reads at most this many articles a key, so
         * finding copies costs the same at any corpus size. A story reprinted more often is still linked through the
         * copies stored first. 50, not 500: at 500 a new article of the harness's generated 60,000-quote corpus read
         * about a thousand rows (a 200,000-quote import 1.2× slower, and ever slower as the store grew); a story
         * carried by more than 50 outlets is still linked through the first 50.
         */
        @WithDefault("50")
        int bandCapacity();
    }

    interface Cors {
        /**
         * Origins allowed to call the whole API from a browser besides the service's own pages (a front end
         * that writes). Verify and check answer any origin without it ({@code common.CorsRules}). Applied through
         * {@code quarkus.http.cors.origins}.
         */
        Optional<List<String>> origins();
    }

    interface Index {
        /** How often the index looks for changes in the log: writes made through other instances appear within it. */
        @WithDefault("200ms")
        Duration pollInterval();

        /** How long a write waits for this instance's index before answering (its changes follow shortly after). */
        @WithDefault("5s")
        Duration awaitTimeout();

        /** How often applied changes are committed to disk; after a crash the index re-applies at most this much. */
        @WithDefault("1s")
        Duration commitInterval();

        /** How long changes every live instance has applied stay in the log before they are pruned. */
        @WithDefault("1h")
        Duration logRetention();

        /** An instance silent for longer than this no longer holds pruning back (it rebuilds if it returns late). */
        @WithDefault("10m")
        Duration nodeLiveness();
    }

    /**
     * Per-client limits (a client is its API key, else its IP address), each a token bucket: {@code burst}
     * requests at once, refilled at {@code per-second}. Each instance counts on its own.
     */
    interface RateLimit {
        /** Whether limits apply at all. */
        @WithDefault("true")
        boolean enabled();

        /** Verification: {@code /api/v1/verify}. */
        @WithDefault("60")
        int verifyBurst();

        @WithDefault("30")
        int verifyPerSecond();

        /** Page checks ({@code POST /api/v1/check}): each one extracts a page and verifies up to max-quotes quotes. */
        @WithDefault("10")
        int checkBurst();

        @WithDefault("2")
        int checkPerSecond();

        /** Extraction previews: whole articles run through the extractor. */
        @WithDefault("20")
        int previewBurst();

        @WithDefault("5")
        int previewPerSecond();

        /** Writes: every POST, PUT, PATCH and DELETE that changes the corpus. */
        @WithDefault("60")
        int writeBurst();

        @WithDefault("20")
        int writePerSecond();

        /** Clients sending a valid API key get limits this many times higher. */
        @WithDefault("5")
        int keyedFactor();

        /** How many clients' buckets are kept at most; the least recently seen are forgotten first. */
        @WithDefault("100000")
        int maxClients();
    }

    /** Bulk import ({@code POST /api/v1/import}) and export ({@code GET /api/v1/export}). */
    interface Transfer {
        /** Largest import body: far above the limit of other requests, since an import carries a whole corpus. */
        @WithDefault("4G")
        io.quarkus.runtime.configuration.MemorySize importMaxBodySize();

        /**
         * Lines stored per transaction: larger batches commit less often, but every article's flush checks all the
         * entities the batch holds (at 200, a fifth of an import's time; at 50, a tenth); a failed batch is
         * retried line by line.
         */
        @WithDefault("50")
        int importBatchSize();

        /** An import logs its progress every this many lines. */
        @WithDefault("10000")
        int importProgressLines();

        /** Rejected lines listed in an import's answer at most (all are counted). */
        @WithDefault("1000")
        int importRejectedListed();

        /** Articles read per query (and per transaction) while exporting. */
        @WithDefault("100")
        int exportChunkSize();
    }

    /** Checking a whole page ({@code POST /api/v1/check}): each quote costs one verification. */
    interface Check {
        /** Quotes of one page verified at most, in text order; the rest are counted as unchecked. */
        @WithDefault("60")
        int maxQuotes();

        /** Time one check may spend verifying; quotes not reached by then are counted as unchecked. */
        @WithDefault("10s")
        Duration timeBudget();
    }
}
