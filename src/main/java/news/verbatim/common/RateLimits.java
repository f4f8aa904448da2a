package news.verbatim.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import news.verbatim.config.VerbatimConfig;

/**
 * Per-client rate limits on the requests that cost the most or change the corpus: verification, page checks,
 * extraction previews and writes. A client is its API key when it sends a valid one (with limits {@code keyed-factor} times
 * higher), else its IP address as the HTTP layer sees it (behind a proxy, enable
 * {@code quarkus.http.proxy.proxy-address-forwarding} so that this is the client's, not the proxy's). Each
 * (client, group) pair has a Bucket4j token bucket: {@code burst} requests at once, refilled at
 * {@code per-second}; the least recently seen clients are forgotten past {@code max-clients}.
 *
 * <p>Every limited request's answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (seconds until the bucket is full again); a refused one is 429 problem+json with
 * {@code Retry-After}. Counting happens before the body is read, so a refused request costs next to nothing.
 * Each instance counts on its own: behind a load balancer spreading a client over N instances, its limit is N
 * times the configured one.
 */
@ApplicationScoped
public class RateLimits {

    /** Before the routes and body handling, after {@link HttpLimits}. */
    private static final int PRIORITY = 1_900;

    /** The endpoints limited together. */
    enum Group {
        VERIFY,
        /** A whole page checked: one extraction and up to {@code verbatim.check.max-quotes} verifications. */
        CHECK,
        PREVIEW,
        WRITE
    }

    private record BucketKey(String client, Group group) {}

    private final VerbatimConfig.RateLimit config;
    private final ApiKeys keys;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final Cache<BucketKey, Bucket> buckets;

    public RateLimits(VerbatimConfig config, ApiKeys keys, ObjectMapper json, MeterRegistry metrics) {
        this.config = config.rateLimit();
        this.keys = keys;
        this.json = json;
        this.metrics = metrics;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(this.config.maxClients())
                .expireAfterAccess(Duration.ofMinutes(30))
                .build();
    }

    void register(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::limit, PRIORITY);
        }
    }

    /** The group a request belongs to, if it is limited. */
    Optional<Group> groupOf(String method, String path) {
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        if (p.equals("/api/v1/verify")) {
            return Optional.of(Group.VERIFY);
        }
        if (p.equals("/api/v1/check") && method.equals("POST")) {
            return Optional.of(Group.CHECK);
        }
        if (p.equals("/api/v1/articles/preview") && method.equals("POST")) {
            return Optional.of(Group.PREVIEW);
        }
        return keys.needsKey(method, p) ? Optional.of(Group.WRITE) : Optional.empty();
    }

    private void limit(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Optional<Group> group = groupOf(request.method().name(), request.path());
        if (group.isEmpty()) {
            ctx.next();
            return;
        }
        Optional<String> keyed = keys.clientOf(request.getHeader(ApiKeys.HEADER));
        String client = keyed.orElseGet(() -> "ip:" + addressOf(request));
        int factor = keyed.isPresent() ? Math.max(1, config.keyedFactor()) : 1;
        int burst = burst(group.get()) * factor;
        int perSecond = perSecond(group.get()) * factor;
        Bucket bucket = buckets.get(
                new BucketKey(client, group.get()),
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(burst)
                                .refillGreedy(perSecond, Duration.ofSeconds(1))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long remaining = probe.getRemainingTokens();
        long resetSeconds = (long) Math.ceil((burst - remaining) / (double) perSecond);
        ctx.response().putHeader("RateLimit-Limit", Integer.toString(burst));
        ctx.response().putHeader("RateLimit-Remaining", Long.toString(remaining));
        ctx.response().putHeader("RateLimit-Reset", Long.toString(resetSeconds));
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        metrics.counter("verbatim.rate.limited", "group", group.get().name().toLowerCase())
                .increment();
        ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
        RouteProblems.send(
                ctx,
                json,
                429,
                "rate-limited",
                "Too many requests",
                "more than " + burst + " " + group.get().name().toLowerCase() + " requests at once or " + perSecond
                        + " a second from this client; retry after " + retryAfter + " s");
    }

    private int burst(Group group) {
        return switch (group) {
            case VERIFY -> config.verifyBurst();
            case CHECK -> config.checkBurst();
            case PREVIEW -> config.previewBurst();
            case WRITE -> config.writeBurst();
        };
    }

    private int perSecond(Group group) {
        return switch (group) {
            case VERIFY -> config.verifyPerSecond();
            case CHECK -> config.checkPerSecond();
            case PREVIEW -> config.previewPerSecond();
            case WRITE -> config.writePerSecond();
        };
    }

    private static String addressOf(HttpServerRequest request) {
        return request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().host();
    }
}
