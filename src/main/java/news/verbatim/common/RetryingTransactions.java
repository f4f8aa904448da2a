package news.verbatim.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Runs a unit of work in its own transaction and runs it again when it lost a race that a retry resolves: a
 * unique key taken by a concurrent writer (the same article, remark, speaker or outlet stored at the same
 * moment), a foreign key to a row a concurrent merge removed, a deadlock, a serialization failure or a lock
 * wait that timed out. Each attempt starts from scratch, so the retry sees what the winner committed.
 *
 * <p>Inside a transaction that is already running, the work joins it and is not retried: the caller owns the
 * transaction and its outcome.
 */
@ApplicationScoped
public class RetryingTransactions {

    private static final Logger LOG = Logger.getLogger(RetryingTransactions.class);
    /** Attempts before the last failure is reported to the caller. */
    static final int MAX_ATTEMPTS = 6;

    private final TransactionManager transactions;

    public RetryingTransactions(TransactionManager transactions) {
        this.transactions = transactions;
    }

    /** The result of {@code work}, committed. */
    public <T> T call(Callable<T> work) {
        if (inTransaction()) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !isRetryable(e)) {
                    throw e;
                }
                LOG.debugf("Attempt %d lost a race (%s); retrying", attempt, rootMessage(e));
                pause(attempt);
            }
        }
    }

    private boolean inTransaction() {
        try {
            int status = transactions.getStatus();
            return status != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new IllegalStateException("cannot read the transaction status", e);
        }
    }

    /** A failure that another attempt can get past: see the class comment. */
    static boolean isRetryable(Throwable e) {
        return isRetryable(e, 0);
    }

    private static boolean isRetryable(Throwable e, int depth) {
        if (depth > 3) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            // A failed commit reports the flush failure as suppressed by the rollback.
            for (Throwable suppressed : t.getSuppressed()) {
                if (isRetryable(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.exception.LockTimeoutException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.StaleStateException
                    || t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql && isRetryableState(sql)) {
                return true;
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return false;
    }

    private static boolean isRetryableState(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return false;
        }
        return switch (state) {
            case "23505", // unique violation (PostgreSQL, H2)
                    "23503", // foreign key violation: a concurrent merge removed the referenced statement
                    "23506", // H2: referential integrity violation, parent missing
                    "40001", // serialization failure, H2 deadlock
                    "40P01", // PostgreSQL deadlock
                    "55P03", // PostgreSQL lock not available
                    "HYT00", // H2 lock timeout
                    "90131" -> true; // H2 concurrent update of one row
            default -> false;
        };
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
