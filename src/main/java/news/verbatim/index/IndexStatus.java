package news.verbatim.index;

/**
 * How current this instance's index is.
 *
 * @param caughtUp      the index has applied the log as it stood at start-up (readiness)
 * @param rebuilding    a full rebuild from the database is running
 * @param appliedSeq    the last change-log position applied
 * @param headSeq       the last position this instance has seen in the log
 * @param lagChanges    positions not yet applied
 * @param lagSeconds    age of the oldest change not yet applied (0 when current, -1 when unknown)
 * @param indexedQuotes quotes searches currently see (-1 when unknown)
 * @param nodeId        this instance's id in the log's node table
 */
public record IndexStatus(
        boolean caughtUp,
        boolean rebuilding,
        long appliedSeq,
        long headSeq,
        long lagChanges,
        double lagSeconds,
        int indexedQuotes,
        String nodeId) {}
