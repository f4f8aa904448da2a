package news.verbatim.changes;

import java.time.LocalDateTime;

/**
 * How far one instance's index has applied the change log, as it last reported.
 *
 * @param nodeId      the instance's id (kept in its data directory)
 * @param appliedSeq  the highest log position its index has applied
 * @param heartbeatAt when it last reported (database time)
 */
public record NodePosition(String nodeId, long appliedSeq, LocalDateTime heartbeatAt) {}
