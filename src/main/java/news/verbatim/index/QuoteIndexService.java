package news.verbatim.index;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import news.verbatim.config.VerbatimConfig;
import news.verbatim.quote.QuoteChange;
import org.jboss.logging.Logger;

/**
 * Owns the search index of the service: opens it under {@code <data-dir>/index}, rebuilds it from the
 * database when it is missing or out of date, and keeps it current by applying every committed quote write.
 *
 * <p>The index is derived data. It is updated only after a write commits ({@link TransactionPhase#AFTER_SUCCESS}),
 * so a rolled-back write never reaches it, and committed to disk in the background shortly after: a crash
 * between the two leaves an index whose stamp (quote count and largest id) no longer matches the database,
 * and the next start rebuilds it.
 */
@ApplicationScoped
public class QuoteIndexService {

    private static final Logger LOG = Logger.getLogger(QuoteIndexService.class);
    /** Written into the commit: bump it to force a rebuild of indexes written by older code. */
    private static final String FINGERPRINT = "quotes-v1";

    private static final long COMMIT_DELAY_MS = 500;

    private final VerbatimConfig config;
    private final EntityManager em;
    private final AtomicBoolean commitPending = new AtomicBoolean();
    private ScheduledExecutorService committer;
    private volatile QuoteIndex index;

    public QuoteIndexService(VerbatimConfig config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    /**
     * Before the fixture loader (default priority {@code APPLICATION + 500}): the index is brought up to date
     * with the database first, so the quotes a first start loads are indexed once, as they commit, rather than
     * by a rebuild and then again one by one.
     */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION) StartupEvent event) {
        index();
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    /** The index, opened and brought up to date with the database on first use. */
    public QuoteIndex index() {
        QuoteIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    committer = Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "quote-index-commit");
                        t.setDaemon(true);
                        return t;
                    });
                    index = openAndSync();
                }
                current = index;
            }
        }
        return current;
    }

    void onQuoteChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuoteChange change) {
        QuoteIndex target = index();
        try {
            synchronized (this) {
                if (change.type() == QuoteChange.Type.STORED) {
                    target.upsert(change.quoteId(), change.text());
                } else {
                    target.delete(change.quoteId());
                }
            }
        } catch (IOException e) {
            // The database write stands; the index is stale until the next start rebuilds it.
            LOG.errorf(e, "Could not index quote %d; the index will be rebuilt on the next start", change.quoteId());
            return;
        }
        scheduleCommit();
    }

    /** Rebuilds the index from the database now. */
    public synchronized int rebuild() {
        QuoteIndex target = index();
        try {
            List<IndexedQuote> all = QuarkusTransaction.requiringNew()
                    .call(() -> em.createQuery(
                                    "select new news.verbatim.index.IndexedQuote(q.id, q.text) from Quote q order by q.id",
                                    IndexedQuote.class)
                            .getResultList());
            target.replaceAll(all);
            target.commit(FINGERPRINT);
            return all.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the quote index", e);
        }
    }

    private QuoteIndex openAndSync() {
        Path dir = config.dataDir().resolve("index");
        try {
            Files.createDirectories(dir);
            QuoteIndex opened = QuoteIndex.open(dir);
            long[] db = QuarkusTransaction.requiringNew().call(() -> {
                Object[] row = em.createQuery("select count(q), coalesce(max(q.id), 0) from Quote q", Object[].class)
                        .getSingleResult();
                return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
            });
            boolean current = opened.stamp()
                    .filter(s -> s.fingerprint().equals(FINGERPRINT))
                    .filter(s -> s.quoteCount() == db[0] && (db[0] == 0 || s.maxQuoteId() == db[1]))
                    .isPresent();
            index = opened;
            if (current) {
                LOG.infof("Quote index at %s is up to date (%d quotes)", dir, db[0]);
            } else {
                long started = System.nanoTime();
                int count = rebuild();
                LOG.infof(
                        "Rebuilt the quote index at %s from the database: %d quotes in %d ms",
                        dir, count, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
            return opened;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the quote index under " + dir, e);
        }
    }

    private void scheduleCommit() {
        if (commitPending.compareAndSet(false, true)) {
            committer.schedule(this::commitNow, COMMIT_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void commitNow() {
        commitPending.set(false);
        try {
            if (index != null) {
                index.commit(FINGERPRINT);
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not commit the quote index; the next start will rebuild it", e);
        }
    }

    synchronized void close() {
        if (index == null) {
            return;
        }
        if (committer != null) {
            committer.shutdownNow();
        }
        try {
            index.commit(FINGERPRINT);
            index.close();
        } catch (IOException e) {
            LOG.error("Could not close the quote index cleanly; the next start will rebuild it", e);
        }
        index = null;
    }
}
