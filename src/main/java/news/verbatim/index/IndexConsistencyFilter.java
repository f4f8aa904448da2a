package news.verbatim.index;

import io.quarkus.arc.Arc;
import jakarta.ws.rs.container.ContainerResponseContext;
import news.verbatim.config.VerbatimConfig;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A request that wrote quotes answers only once this instance's index has applied its writes, so a client that
 * stores an article and then verifies one of its quotes through the same instance finds it. The wait happens
 * here, after the transaction has completed and released its connection, never inside the commit.
 */
public class IndexConsistencyFilter {

    private static final Logger LOG = Logger.getLogger(IndexConsistencyFilter.class);

    private final QuoteIndexService index;
    private final VerbatimConfig config;

    public IndexConsistencyFilter(QuoteIndexService index, VerbatimConfig config) {
        this.index = index;
        this.config = config;
    }

    @ServerResponseFilter
    public void awaitOwnWrites(ContainerResponseContext response) {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        long seq = Arc.container().instance(PendingIndexWrites.class).get().lastSeq();
        if (seq > 0 && !index.awaitApplied(seq, config.index().awaitTimeout())) {
            LOG.warnf(
                    "The index had not applied change %d after %s; the write is stored and becomes searchable "
                            + "once the index catches up",
                    seq, config.index().awaitTimeout());
        }
    }
}
