package news.verbatim.index;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import news.verbatim.changes.ChangeLog;
import news.verbatim.changes.ChangesCommitted;
import news.verbatim.config.VerbatimConfig;
import org.jboss.logging.Logger;

/**
 * Owns this instance's search index: opens it under {@code <data-dir>/index}, keeps it following the database's
 * change log ({@link ChangeFollower}), and answers how current it is.
 *
 * <p>The database is the record; the index is derived from it and follows the log in sequence order, applying
 * each changed quote's current state. Writes made through any instance sharing the database become searchable
 * here within {@code verbatim.index.poll-interval}; writes made through this instance are applied before their
 * request answers ({@link IndexConsistencyFilter}). The index commits to disk with the position it has reached,
 * so a restart, even after {@code kill -9}, catches up from there instead of rebuilding; it rebuilds only when
 * the index is missing, of an older format, built from another database, or behind a pruned log.
 *
 * <pre>{@code
 * List<Candidate> found = indexService.index().candidates(parts, 30);   // search
 * indexService.awaitApplied(lastSeq, Duration.ofSeconds(5));             // read your writes
 * IndexStatus status = indexService.status();                            // health and metrics
 * }</pre>
 */
@ApplicationScoped
public class QuoteIndexService {

    private static final Logger LOG = Logger.getLogger(QuoteIndexService.class);

    private final VerbatimConfig config;
    private final ChangeLog log;
    private final QuoteRows rows;
    private final PendingIndexWrites pending;
    private ChangeFollower follower;

    public QuoteIndexService(VerbatimConfig config, ChangeLog log, QuoteRows rows, PendingIndexWrites pending) {
        this.config = config;
        this.log = log;
        this.rows = rows;
        this.pending = pending;
    }

    /**
     * Before the fixture loader (default priority {@code APPLICATION + 500}): the index follows the log before the
     * first write of a fresh start.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    /** Opens the index and starts following the log, once. */
    synchronized void start() {
        if (follower != null) {
            return;
        }
        follower = new ChangeFollower(config, log, rows, IndexFiles.nodeId(config.dataDir()));
        follower.start();
    }

    /** The index to search. */
    public QuoteIndex index() {
        return running().index();
    }

    /**
     * Waits until this instance's index has applied the change log up to {@code seq}.
     *
     * @return false when {@code timeout} passed first (or the index is stopping)
     */
    public boolean awaitApplied(long seq, Duration timeout) {
        return running().awaitApplied(seq, timeout);
    }

    /** Waits until the index has applied everything committed so far. */
    public boolean awaitCurrent(Duration timeout) {
        try {
            return awaitApplied(log.headSeq(), timeout);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change log", e);
        }
    }

    /**
     * Whether the index is being rebuilt: until the rebuild completes it may lack quotes or fields (an index of an
     * older format is rebuilt at start-up), so a search that can also be answered from the database should be.
     */
    public boolean rebuilding() {
        return running().rebuilding();
    }

    /** The last change-log position the index has applied. */
    public long appliedSeq() {
        return running().appliedSeq();
    }

    /** How current the index is: for readiness, health and metrics. */
    public IndexStatus status() {
        ChangeFollower f = running();
        long applied = f.appliedSeq();
        long head = f.headSeq();
        double lagSeconds = 0;
        if (head > applied) {
            try {
                Optional<LocalDateTime> oldest = log.changedAt(applied + 1);
                if (oldest.isPresent()) {
                    lagSeconds = Math.max(
                            0, Duration.between(oldest.get(), log.databaseNow()).toMillis() / 1000.0);
                }
            } catch (SQLException e) {
                lagSeconds = -1;
            }
        }
        int size;
        try {
            size = f.index().size();
        } catch (IOException e) {
            size = -1;
        }
        return new IndexStatus(
                f.caughtUp(), f.rebuilding(), applied, head, Math.max(0, head - applied), lagSeconds, size, f.nodeId());
    }

    /**
     * A committed write: the follower is woken, and when the write came from a request of this instance, the
     * request waits for the index before it answers (in {@link IndexConsistencyFilter}, after the transaction has
     * released its connection).
     */
    void onCommitted(@Observes ChangesCommitted committed) {
        ChangeFollower f = follower;
        if (f == null) {
            return;
        }
        f.wake();
        if (committed.awaitIndex()) {
            pending.note(committed.lastSeq());
        }
    }

    /** Rebuilds the index from the database now, and waits for it. */
    public int rebuild() {
        try {
            return running().rebuildNow("requested");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the quote index", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the quotes to rebuild the index", e);
        }
    }

    /** Stops following, commits what was applied and closes the index (the next call to {@link #index()} reopens). */
    synchronized void close() {
        if (follower != null) {
            follower.stop();
            follower = null;
        }
    }

    private ChangeFollower running() {
        ChangeFollower f = follower;
        if (f == null) {
            synchronized (this) {
                start();
                f = follower;
            }
        }
        return f;
    }
}
