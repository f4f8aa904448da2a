package news.verbatim.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.verbatim.changes.ChangeLog;
import news.verbatim.changes.QuoteChange;
import news.verbatim.config.VerbatimConfig;
import org.jboss.logging.Logger;

/**
 * The thread that keeps one index following the change log: it applies changes in sequence order, batch by
 * batch (one index update and one refresh per batch), commits the index with the position reached at most once
 * per {@code commit-interval}, reports that position in the node table, and prunes what every live node has
 * applied.
 *
 * <p>Sequence numbers have no gaps and follow commit order (see {@link ChangeLog}), so the follower simply reads
 * "after the last applied position": a change cannot be skipped because its transaction committed late. A batch
 * that does not start right after the applied position means the log was pruned past this index (it was stopped
 * for longer than the retention): the index is rebuilt from the database. Whether the index on disk can catch up
 * at start-up is {@link IndexOpener}'s decision; a rebuild reads the database through a {@link QuoteScan}.
 */
final class ChangeFollower {

    private static final Logger LOG = Logger.getLogger(ChangeFollower.class);
    /** Changes read and applied per batch. */
    static final int BATCH = 5_000;

    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
    private static final Duration FORGET_NODES = Duration.ofDays(7);
    private static final Duration BACKOFF = Duration.ofSeconds(1);
    /** How long {@link #stop} waits for the thread to finish its round. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final VerbatimConfig config;
    private final ChangeLog log;
    private final QuoteRows rows;
    private final String nodeId;
    private final Path dir;
    private final Object progress = new Object();
    private final Object signal = new Object();
    private final Thread thread;

    private volatile QuoteIndex index;
    private volatile String streamId;
    private volatile long applied;
    private volatile long head;
    private volatile boolean caughtUp;
    private volatile boolean rebuilding;
    private volatile boolean running;
    private boolean woken;
    private boolean dirty;
    private long lastCommit;
    private long lastHeartbeat;
    private long lastPrune;

    ChangeFollower(VerbatimConfig config, ChangeLog log, QuoteRows rows, String nodeId) {
        this.config = config;
        this.log = log;
        this.rows = rows;
        this.nodeId = nodeId;
        this.dir = IndexFiles.indexDir(config.dataDir());
        this.thread = new Thread(this::run, "quote-index-follower");
        this.thread.setDaemon(true);
    }

    /** Opens the index (so searches work at once) and starts following in the background. */
    void start() {
        try {
            streamId = log.logId();
            index = open();
            running = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the quote index under " + dir, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change log", e);
        }
        thread.start();
    }

    /** Stops the thread, commits what was applied and closes the index. */
    void stop() {
        running = false;
        wake();
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (progress) {
            progress.notifyAll();
        }
        QuoteIndex current = index;
        if (current == null) {
            return;
        }
        try {
            if (!rebuilding) {
                current.commit(new IndexPosition(streamId, applied));
            }
            current.close();
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not close the quote index cleanly; the next start catches up from its last commit", e);
        }
    }

    QuoteIndex index() {
        return index;
    }

    long appliedSeq() {
        return applied;
    }

    long headSeq() {
        return Math.max(head, applied);
    }

    boolean caughtUp() {
        return caughtUp;
    }

    boolean rebuilding() {
        return rebuilding;
    }

    String nodeId() {
        return nodeId;
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    boolean awaitApplied(long seq, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (applied < seq && running) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    progress.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return applied >= seq;
        }
    }

    // ------------------------------------------------------------------ start-up

    /** Opens the index on disk and decides whether it can catch up or must be rebuilt (see {@link IndexOpener}). */
    private QuoteIndex open() throws IOException, SQLException {
        IndexOpener.Opened opened = IndexOpener.open(dir, log, streamId);
        head = opened.logHead();
        if (opened.catchUpFrom().isPresent()) {
            applied = opened.catchUpFrom().getAsLong();
        } else {
            rebuilding = true;
        }
        return opened.index();
    }

    // ------------------------------------------------------------------ the loop

    private void run() {
        while (running) {
            try {
                step();
            } catch (Exception e) {
                LOG.warnf(e, "Following the change log failed; retrying in %s", BACKOFF);
                sleep(BACKOFF);
            }
            awaitWork(config.index().pollInterval());
        }
    }

    /** One round: a pending rebuild, every available change, then the upkeep. Exclusive with {@link #rebuildNow}. */
    private synchronized void step() throws SQLException, IOException {
        if (rebuilding) {
            rebuildNow("start-up");
        }
        applyAvailable();
        if (!caughtUp) {
            caughtUp = true;
            LOG.infof("Quote index caught up at change %d (%d quotes)", applied, index.size());
        }
        maintain();
    }

    /** Applies every change committed after the applied position, batch by batch. */
    private void applyAvailable() throws SQLException, IOException {
        while (running) {
            List<QuoteChange> batch = log.readAfter(applied, BATCH);
            if (batch.isEmpty()) {
                head = Math.max(head, log.headSeq());
                return;
            }
            if (batch.get(0).seq() != applied + 1) {
                LOG.warnf(
                        "The change log continues at %d after %d: it was pruned past this index; rebuilding",
                        batch.get(0).seq(), applied);
                rebuildNow("the log was pruned past it");
                continue;
            }
            Set<Long> ids = new LinkedHashSet<>();
            batch.forEach(c -> ids.add(c.quoteId()));
            // The quote's current state, whatever the logged op: applying a change twice does no harm.
            // Its text and its facets alike: a corrected speaker is logged as an upsert of the quote.
            Map<Long, IndexedQuote> current = rows.quotesOf(ids);
            List<IndexedQuote> upserts = new ArrayList<>(current.size());
            List<Long> deletes = new ArrayList<>();
            for (Long id : ids) {
                IndexedQuote quote = current.get(id);
                if (quote == null) {
                    deletes.add(id);
                } else {
                    upserts.add(quote);
                }
            }
            index.apply(upserts, deletes);
            long last = batch.get(batch.size() - 1).seq();
            head = Math.max(head, last);
            setApplied(last);
            dirty = true;
        }
    }

    /** Commits, reports and prunes, each at its own pace. */
    private void maintain() throws IOException, SQLException {
        long now = System.nanoTime();
        if (dirty && now - lastCommit >= config.index().commitInterval().toNanos()) {
            index.commit(new IndexPosition(streamId, applied));
            dirty = false;
            lastCommit = now;
        }
        if (now - lastHeartbeat >= HEARTBEAT.toNanos() || lastHeartbeat == 0) {
            log.heartbeat(nodeId, applied);
            lastHeartbeat = now;
        }
        if (now - lastPrune >= PRUNE_EVERY.toNanos()) {
            lastPrune = now;
            int pruned = log.prune(config.index().logRetention(), config.index().nodeLiveness(), FORGET_NODES);
            if (pruned > 0) {
                LOG.debugf("Pruned %d applied changes from the log", pruned);
            }
        }
    }

    /**
     * Replaces the index contents with every quote in the database. The log position is read first, so every
     * change up to it is in the scan; later ones are applied afterwards (again, if the scan saw them already).
     */
    synchronized int rebuildNow(String why) throws SQLException, IOException {
        rebuilding = true;
        try {
            long started = System.nanoTime();
            long from = log.headSeq();
            QuoteScan scan = new QuoteScan(rows);
            index.replaceAll(scan);
            setApplied(from);
            head = Math.max(head, from);
            index.commit(new IndexPosition(streamId, from));
            dirty = false;
            lastCommit = System.nanoTime();
            LOG.infof(
                    "Rebuilt the quote index (%s): %d quotes in %d ms, at change %d",
                    why,
                    scan.count(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis(),
                    from);
            return scan.count();
        } finally {
            rebuilding = false;
        }
    }

    private void setApplied(long seq) {
        synchronized (progress) {
            applied = seq;
            progress.notifyAll();
        }
    }

    private void awaitWork(Duration timeout) {
        synchronized (signal) {
            if (!woken && running) {
                try {
                    signal.wait(Math.max(1, timeout.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
