package news.verbatim.index;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import news.verbatim.changes.ChangeLog;
import org.jboss.logging.Logger;

/**
 * Opens a node's quote index at start-up and decides whether it can catch up from the position it committed or
 * must be rebuilt from the database: it is rebuilt when it is new or unreadable, was built from another database
 * (another log id), is ahead of the change log, or the log was pruned past its position.
 *
 * <pre>{@code
 * IndexOpener.Opened opened = IndexOpener.open(dir, changeLog, changeLog.logId());
 * if (opened.catchUpFrom().isEmpty()) { rebuild(opened.index()); }
 * }</pre>
 */
final class IndexOpener {

    /** Logs under the follower's category, as it did when the follower opened the index itself. */
    private static final Logger LOG = Logger.getLogger(ChangeFollower.class);

    /**
     * The opened index, the change log's head when it was opened, and the position to catch up from; empty when
     * the index must be rebuilt.
     */
    record Opened(QuoteIndex index, long logHead, OptionalLong catchUpFrom) {
        Opened {
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(catchUpFrom, "catchUpFrom");
        }
    }

    private IndexOpener() {}

    /** Opens (or, when unreadable, recreates) the index under {@code dir} for the log {@code streamId}. */
    static Opened open(Path dir, ChangeLog log, String streamId) throws IOException, SQLException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(streamId, "streamId");
        IndexFiles.createPrivateDir(dir);
        QuoteIndex opened;
        try {
            opened = QuoteIndex.open(dir);
        } catch (IOException | RuntimeException unreadable) {
            LOG.warnf("The quote index at %s is unreadable (%s); rebuilding it", dir, unreadable.getMessage());
            IndexFiles.deleteTree(dir);
            IndexFiles.createPrivateDir(dir);
            opened = QuoteIndex.open(dir);
        }
        long logHead = log.headSeq();
        Optional<IndexPosition> position = opened.position();
        String rebuildBecause = null;
        if (position.isEmpty()) {
            rebuildBecause = "it is new or of an older format";
        } else if (!position.get().streamId().equals(streamId)) {
            rebuildBecause = "it was built from another database";
        } else if (position.get().appliedSeq() > logHead) {
            rebuildBecause = "it is ahead of the database's change log";
        } else {
            long at = position.get().appliedSeq();
            OptionalLong oldest = log.oldestSeq();
            boolean pruned = at < logHead && (oldest.isEmpty() || oldest.getAsLong() > at + 1);
            if (pruned) {
                rebuildBecause = "the change log was pruned past its position";
            }
        }
        if (rebuildBecause == null) {
            long applied = position.get().appliedSeq();
            LOG.infof("Quote index at %s: catching up from change %d (log at %d)", dir, applied, logHead);
            return new Opened(opened, logHead, OptionalLong.of(applied));
        }
        LOG.infof("Quote index at %s will be rebuilt: %s", dir, rebuildBecause);
        return new Opened(opened, logHead, OptionalLong.empty());
    }
}
