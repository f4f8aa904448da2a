package news.verbatim.quote;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import news.verbatim.changes.ChangeLog;
import news.verbatim.changes.CommittedRange;
import news.verbatim.common.RetryingTransactions;
import news.verbatim.config.VerbatimConfig;
import news.verbatim.index.QuoteIndexService;
import org.jboss.logging.Logger;

/**
 * Keeps "one remark, one statement" true when writers race. Linking finds longer quotes that contain a new one
 * through the search index, which holds what was committed up to the position it has applied. A writer marks
 * that position before its transaction and reports its quotes after the commit; if any other transaction
 * committed after the mark and before this one, linking may not have seen its quotes, so the quotes are linked
 * again once the index holds everything committed up to the write. {@link #repairAll} re-links every quote of the corpus, for splits left by any past race.
 *
 * <pre>{@code
 * long mark = repair.mark();
 * StoredArticle stored = transactions.call(() -> articles.store(...));
 * repair.afterWrite(mark, quoteIdsOf(stored));
 * }</pre>
 */
@ApplicationScoped
public class StatementRepair {

    private static final Logger LOG = Logger.getLogger(StatementRepair.class);
    /** Quotes re-linked per transaction by {@link #repairAll}. */
    static final int REPAIR_BATCH = 200;

    private final ChangeLog changes;
    private final QuoteIndexService index;
    private final StatementLinker linker;
    private final RetryingTransactions transactions;
    private final QuoteRepository quotes;
    private final VerbatimConfig config;

    public StatementRepair(
            ChangeLog changes,
            QuoteIndexService index,
            StatementLinker linker,
            RetryingTransactions transactions,
            QuoteRepository quotes,
            VerbatimConfig config) {
        this.changes = changes;
        this.index = index;
        this.linker = linker;
        this.transactions = transactions;
        this.quotes = quotes;
        this.config = config;
    }

    /**
     * Before a write: the log position this instance's index has applied, which is what linking will see of
     * other writers' quotes. Pass it to {@link #afterWrite}.
     */
    public long mark() {
        changes.clearLastCommitOnThisThread();
        return index.appliedSeq();
    }

    /**
     * Whether another transaction committed after {@code mark} and before the write just committed on this thread,
     * so that the write may not have seen it (call before {@link #afterWrite}, which may commit again).
     */
    public boolean raced(long mark) {
        return changes.lastCommitOnThisThread()
                .map(own -> own.othersCommittedSince(mark))
                .orElse(false);
    }

    /**
     * After the write committed on this thread: re-links its quotes if another transaction committed after the
     * index position linking saw and before this one (concurrently, or just before while the index lagged).
     *
     * @return statements merged (0 when nobody raced the write)
     */
    public int afterWrite(long mark, Collection<Long> quoteIds) {
        Optional<CommittedRange> own = changes.lastCommitOnThisThread();
        if (own.isEmpty() || !own.get().othersCommittedSince(mark) || quoteIds.isEmpty()) {
            return 0;
        }
        // The other writers committed before this one: once the index has applied this write, it holds theirs.
        index.awaitApplied(own.get().last(), config.index().awaitTimeout());
        int merged = transactions.call(() -> linker.relink(quoteIds));
        if (merged > 0) {
            LOG.infof("Merged %d statements split by concurrent writes", merged);
        }
        return merged;
    }

    /**
     * Waits (up to the index's await timeout) until this instance's index holds the last write committed on this
     * thread: a bulk import calls it between batches, so that linking the next batch sees the quotes of this one
     * in the index instead of re-linking every batch after the fact.
     */
    public void awaitOwnWrite() {
        changes.lastCommitOnThisThread()
                .ifPresent(own -> index.awaitApplied(own.last(), config.index().awaitTimeout()));
    }

    /** Re-links every quote of the corpus; reports how many statements were merged away. */
    public RepairReport repairAll() {
        index.awaitCurrent(config.index().awaitTimeout());
        int merged = 0;
        long checked = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = transactions.call(() -> quotes.idsAfter(from, REPAIR_BATCH));
            if (ids.isEmpty()) {
                break;
            }
            merged += transactions.call(() -> linker.relink(ids));
            checked += ids.size();
            after = ids.get(ids.size() - 1);
        }
        LOG.infof("Statement repair checked %d quotes and merged %d statements", checked, merged);
        return new RepairReport(checked, merged);
    }
}
