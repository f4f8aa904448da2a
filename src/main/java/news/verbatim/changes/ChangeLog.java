package news.verbatim.changes;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The change log every search index follows: an append-only table of the quotes each committed transaction
 * stored, changed or deleted, written in the same transaction as the change (a transactional outbox).
 *
 * <p><b>Numbering.</b> A transaction's changes are buffered while it runs and numbered just before it commits:
 * it takes the lock of the single {@code change_log_head} row, advances its counter by the number of changes
 * and inserts them with the positions it reserved. The lock is held only for that last step and the commit,
 * so positions follow commit order and have no gaps (a rolled-back transaction gives its numbers back). A
 * reader that has seen position N has therefore seen every position before it: it can never skip a change
 * whose transaction committed late.
 *
 * <p><b>Use.</b> Inside a transaction, call {@link #record} for each quote written; nothing else is needed.
 * After the commit, {@link ChangesCommitted} is fired on the committing thread.
 *
 * <pre>{@code
 * @Transactional
 * void store(Quote quote) {
 *     quotes.persist(quote);
 *     changeLog.record(quote.id, ChangeOp.UPSERT);
 * }
 * }</pre>
 *
 * <p>Readers ({@link #readAfter}) and the bookkeeping of index nodes ({@link #heartbeat}, {@link #prune}) run
 * outside transactions on their own connections.
 */
@ApplicationScoped
public class ChangeLog {

    /** Key of the per-transaction buffer in the transaction's resources. */
    private static final Object BUFFER_KEY = new Object() {
        @Override
        public String toString() {
            return "verbatim-change-log-buffer";
        }
    };

    /** The positions the last transaction committed on this thread wrote, for the writer's race checks. */
    private static final ThreadLocal<CommittedRange> LAST_COMMIT = new ThreadLocal<>();

    private final TransactionSynchronizationRegistry registry;
    private final AgroalDataSource dataSource;
    private final Event<ChangesCommitted> committed;

    public ChangeLog(
            TransactionSynchronizationRegistry registry,
            AgroalDataSource dataSource,
            Event<ChangesCommitted> committed) {
        this.registry = registry;
        this.dataSource = dataSource;
        this.committed = committed;
    }

    /**
     * Logs that the current transaction stored, changed or deleted {@code quoteId}. Several records of one quote
     * in one transaction become one row (the last op).
     *
     * @throws IllegalStateException outside a transaction
     */
    public void record(long quoteId, ChangeOp op) {
        buffer().changes.put(quoteId, op);
    }

    /**
     * The current transaction's writes need not be searchable on this instance before it goes on: a bulk load
     * that commits many batches waits once, at its end ({@code QuoteIndexService.awaitApplied}).
     */
    public void skipIndexWait() {
        buffer().awaitIndex = false;
    }

    /**
     * The positions written by the last transaction this thread committed with changes, if any; a writer compares
     * them with {@link #headSeq()} read before it started to learn whether others committed meanwhile.
     */
    public java.util.Optional<CommittedRange> lastCommitOnThisThread() {
        return java.util.Optional.ofNullable(LAST_COMMIT.get());
    }

    /** Forgets {@link #lastCommitOnThisThread()} (before a unit of work whose own commit it must report). */
    public void clearLastCommitOnThisThread() {
        LAST_COMMIT.remove();
    }

    private Buffer buffer() {
        if (registry.getTransactionKey() == null) {
            throw new IllegalStateException("quote changes must be recorded inside a transaction");
        }
        Buffer buffer = (Buffer) registry.getResource(BUFFER_KEY);
        if (buffer == null) {
            buffer = new Buffer();
            registry.putResource(BUFFER_KEY, buffer);
            registry.registerInterposedSynchronization(buffer);
        }
        return buffer;
    }

    /** One transaction's changes, numbered and written just before it commits. */
    private final class Buffer implements Synchronization {
        final Map<Long, ChangeOp> changes = new LinkedHashMap<>();
        boolean awaitIndex = true;
        long lastSeq;
        long firstSeq;

        @Override
        public void beforeCompletion() {
            if (changes.isEmpty() || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
                return;
            }
            try {
                lastSeq = append(changes);
                firstSeq = lastSeq - changes.size() + 1;
            } catch (SQLException e) {
                // Failing here rolls the whole transaction back: no change without its log row.
                registry.setRollbackOnly();
                throw new IllegalStateException("could not write the change log", e);
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED && lastSeq > 0) {
                LAST_COMMIT.set(new CommittedRange(firstSeq, lastSeq));
                committed.fire(new ChangesCommitted(lastSeq, awaitIndex));
            }
        }
    }

    /** Numbers and inserts the changes on the transaction's connection; returns the last position. */
    private long append(Map<Long, ChangeOp> changes) throws SQLException {
        // Inside the transaction, the pool hands out the connection enlisted in it.
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement advance =
                    c.prepareStatement("update change_log_head set last_seq = last_seq + ? where id = 1")) {
                advance.setLong(1, changes.size());
                if (advance.executeUpdate() != 1) {
                    throw new SQLException("change_log_head has no row: the schema was not migrated");
                }
            }
            long last;
            try (Statement read = c.createStatement();
                    ResultSet rs = read.executeQuery("select last_seq from change_log_head where id = 1")) {
                rs.next();
                last = rs.getLong(1);
            }
            long seq = last - changes.size();
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into quote_change (seq, quote_id, op, changed_at) values (?, ?, ?, localtimestamp)")) {
                for (Map.Entry<Long, ChangeOp> e : changes.entrySet()) {
                    insert.setLong(1, ++seq);
                    insert.setLong(2, e.getKey());
                    insert.setString(3, e.getValue().name());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return last;
        }
    }

    /** Up to {@code limit} changes after position {@code seq}, in order. */
    public List<QuoteChange> readAfter(long seq, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        List<QuoteChange> out = new ArrayList<>(Math.min(limit, 1024));
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select seq, quote_id, op from quote_change where seq > ? order by seq limit ?")) {
            ps.setLong(1, seq);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QuoteChange(rs.getLong(1), rs.getLong(2), ChangeOp.valueOf(rs.getString(3))));
                }
            }
        }
        return out;
    }

    /** The last position handed out: every change up to it has committed (or been rolled back with it). */
    public long headSeq() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select last_seq from change_log_head where id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The oldest position still in the log, if any: positions before it were pruned. */
    public OptionalLong oldestSeq() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select min(seq) from quote_change")) {
            rs.next();
            long min = rs.getLong(1);
            return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(min);
        }
    }

    /** When the change at {@code seq} was written (database time), if it is still in the log. */
    public java.util.Optional<LocalDateTime> changedAt(long seq) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select changed_at from quote_change where seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? java.util.Optional.of(rs.getTimestamp(1).toLocalDateTime())
                        : java.util.Optional.empty();
            }
        }
    }

    /** The database's clock, which every instance shares. */
    public LocalDateTime databaseNow() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select localtimestamp")) {
            rs.next();
            return rs.getTimestamp(1).toLocalDateTime();
        }
    }

    /**
     * The log's identity, given on first use. An index records it, so that an index built from another database
     * (a restored backup, a recreated schema) is recognised and rebuilt.
     */
    public String logId() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String id = readLogId(c);
            if (id != null) {
                return id;
            }
            try (PreparedStatement ps =
                    c.prepareStatement("update change_log_head set log_id = ? where id = 1 and log_id is null")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.executeUpdate();
            }
            // Another instance may have won the race; either way the stored id is the one.
            return readLogId(c);
        }
    }

    private static String readLogId(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select log_id from change_log_head where id = 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Records that {@code nodeId}'s index has applied the log up to {@code appliedSeq}. */
    public void heartbeat(String nodeId, long appliedSeq) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement update = c.prepareStatement(
                    "update index_node set applied_seq = ?, heartbeat_at = localtimestamp where node_id = ?")) {
                update.setLong(1, appliedSeq);
                update.setString(2, nodeId);
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("insert into index_node (node_id, applied_seq, "
                    + "heartbeat_at, started_at) values (?, ?, localtimestamp, localtimestamp)")) {
                insert.setString(1, nodeId);
                insert.setLong(2, appliedSeq);
                insert.executeUpdate();
            }
        }
    }

    /** Every node that reported within {@code liveness}, with its position. */
    public List<NodePosition> liveNodes(Duration liveness) throws SQLException {
        Timestamp cutoff = Timestamp.valueOf(databaseNow().minus(liveness));
        List<NodePosition> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select node_id, applied_seq, heartbeat_at from index_node "
                        + "where heartbeat_at >= ? order by node_id")) {
            ps.setTimestamp(1, cutoff);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new NodePosition(
                            rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toLocalDateTime()));
                }
            }
        }
        return out;
    }

    /**
     * Deletes the changes every live node has applied and that are older than {@code retention}; a node that
     * was down for longer than the retention finds its position pruned and rebuilds its index. Nodes silent
     * for longer than {@code liveness} do not hold pruning back, and are forgotten after {@code forget}.
     *
     * @return the number of changes deleted
     */
    public int prune(Duration retention, Duration liveness, Duration forget) throws SQLException {
        List<NodePosition> live = liveNodes(liveness);
        if (live.isEmpty()) {
            return 0;
        }
        long safe = live.stream().mapToLong(NodePosition::appliedSeq).min().orElse(0);
        LocalDateTime now = databaseNow();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement forgetNodes = c.prepareStatement("delete from index_node where heartbeat_at < ?")) {
                forgetNodes.setTimestamp(1, Timestamp.valueOf(now.minus(forget)));
                forgetNodes.executeUpdate();
            }
            try (PreparedStatement ps =
                    c.prepareStatement("delete from quote_change where seq <= ? and changed_at < ?")) {
                ps.setLong(1, safe);
                ps.setTimestamp(2, Timestamp.valueOf(now.minus(retention)));
                return ps.executeUpdate();
            }
        }
    }
}
