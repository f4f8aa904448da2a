package news.verbatim.transfer;

import java.time.Duration;
import java.time.Instant;
import news.verbatim.transfer.ImportProgress.ImportState;

/**
 * The running counts of one import. The import's own thread is the only writer; {@code GET /api/v1/import/{id}}
 * reads them from other threads while it runs, so every field is volatile (a count read mid-import is a
 * moment's count, never a torn one).
 */
final class ImportTally {

    final String id;
    final Instant startedAt;
    volatile long lines;
    volatile long imported;
    volatile long duplicates;
    volatile long quotes;
    volatile long rejectedCount;
    private volatile ImportState state = ImportState.RUNNING;
    private volatile Instant finishedAt;
    private volatile String failure;

    ImportTally(String id, Instant startedAt) {
        this.id = id;
        this.startedAt = startedAt;
    }

    void done(Instant at) {
        finishedAt = at;
        state = ImportState.DONE;
    }

    void failed(Instant at, String why) {
        failure = why;
        finishedAt = at;
        state = ImportState.FAILED;
    }

    boolean running() {
        return state == ImportState.RUNNING;
    }

    /** The counts as the log shows them. */
    String counts() {
        return "%d lines read, %d articles and %d quotes stored, %d duplicates, %d rejected"
                .formatted(lines, imported, quotes, duplicates, rejectedCount);
    }

    ImportProgress view(Instant now) {
        Instant end = finishedAt == null ? now : finishedAt;
        double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
        long storedQuotes = quotes;
        return new ImportProgress(
                id,
                state,
                startedAt,
                finishedAt,
                lines,
                imported,
                duplicates,
                storedQuotes,
                rejectedCount,
                Math.round(storedQuotes / seconds * 10) / 10.0,
                failure);
    }
}
