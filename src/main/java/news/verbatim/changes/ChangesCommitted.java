package news.verbatim.changes;

/**
 * A transaction that logged changes has committed. Fired synchronously on the committing thread, after the
 * commit, so an observer may wait there (for the local index to apply the changes) before the request answers.
 *
 * @param lastSeq    the highest log position the transaction wrote
 * @param awaitIndex whether the writer wants its changes searchable before it goes on (false for bulk loads,
 *                   which wait once at the end)
 */
public record ChangesCommitted(long lastSeq, boolean awaitIndex) {}
