package news.verbatim.index;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The index's gauges on {@code /q/metrics}: quotes searches see, the change-log positions applied and seen,
 * and how far behind the index is, in changes and in seconds (the age of the oldest change not applied).
 */
@ApplicationScoped
public class IndexMetrics {

    private final QuoteIndexService index;
    private final MeterRegistry registry;

    public IndexMetrics(QuoteIndexService index, MeterRegistry registry) {
        this.index = index;
        this.registry = registry;
    }

    void register(@Observes StartupEvent event) {
        Gauge.builder("verbatim.index.quotes", index, i -> i.status().indexedQuotes())
                .description("Quotes the search index holds")
                .register(registry);
        Gauge.builder("verbatim.index.applied.seq", index, QuoteIndexService::appliedSeq)
                .description("Last change-log position the index has applied")
                .register(registry);
        Gauge.builder("verbatim.index.lag.changes", index, i -> i.status().lagChanges())
                .description("Change-log positions committed but not yet applied to this instance's index")
                .register(registry);
        Gauge.builder(
                        "verbatim.index.lag.seconds",
                        index,
                        i -> Math.max(0, i.status().lagSeconds()))
                .description("Age of the oldest change not yet applied to this instance's index")
                .baseUnit("seconds")
                .register(registry);
    }
}
