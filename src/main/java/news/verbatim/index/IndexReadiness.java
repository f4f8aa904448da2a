package news.verbatim.index;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the search index has caught up with the change log as it stood at start-up: before that, a quote
 * stored through another instance (or before a crash) may not be found yet. The database's own readiness is
 * reported by the datasource check.
 */
@Readiness
@ApplicationScoped
public class IndexReadiness implements HealthCheck {

    private final QuoteIndexService index;

    public IndexReadiness(QuoteIndexService index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        IndexStatus s = index.status();
        return HealthCheckResponse.named("quote-index")
                .status(s.caughtUp() && !s.rebuilding())
                .withData("appliedSeq", s.appliedSeq())
                .withData("headSeq", s.headSeq())
                .withData("lagChanges", s.lagChanges())
                .withData("lagSeconds", Double.toString(s.lagSeconds()))
                .withData("indexedQuotes", s.indexedQuotes())
                .withData("rebuilding", s.rebuilding())
                .withData("node", s.nodeId())
                .build();
    }
}
