package news.verbatim.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The imports of this instance: those running, and the last {@value #FINISHED_KEPT} that ended, so that a
 * long upload can be followed from another terminal and its outcome read after the connection is gone. Held in
 * memory on purpose: progress is about an upload in flight on this process, and what an import stored is in the
 * database whatever happens to this list.
 */
@ApplicationScoped
public class ImportRuns {

    static final int FINISHED_KEPT = 20;

    private final Map<String, ImportTally> running = new ConcurrentHashMap<>();
    private final Deque<ImportTally> finished = new ArrayDeque<>();
    private final Clock clock;

    public ImportRuns() {
        this(Clock.systemUTC());
    }

    ImportRuns(Clock clock) {
        this.clock = clock;
    }

    ImportTally start() {
        ImportTally tally = new ImportTally(UUID.randomUUID().toString(), clock.instant());
        running.put(tally.id, tally);
        return tally;
    }

    void done(ImportTally tally) {
        tally.done(clock.instant());
        retire(tally);
    }

    void failed(ImportTally tally, String why) {
        tally.failed(clock.instant(), why);
        retire(tally);
    }

    private void retire(ImportTally tally) {
        synchronized (finished) {
            finished.addFirst(tally);
            while (finished.size() > FINISHED_KEPT) {
                finished.removeLast();
            }
        }
        running.remove(tally.id);
    }

    /** One import, running or among the last that ended. */
    public Optional<ImportProgress> find(String id) {
        ImportTally live = running.get(id);
        if (live != null) {
            return Optional.of(live.view(clock.instant()));
        }
        synchronized (finished) {
            return finished.stream().filter(t -> t.id.equals(id)).findFirst().map(t -> t.view(clock.instant()));
        }
    }

    /** The running imports, oldest first, then those that ended, latest first. */
    public List<ImportProgress> all() {
        List<ImportProgress> out = new ArrayList<>();
        running.values().stream()
                .sorted((a, b) -> a.startedAt.compareTo(b.startedAt))
                .forEach(t -> out.add(t.view(clock.instant())));
        synchronized (finished) {
            // an import moves to finished before it leaves running: it may be seen in both for a moment
            finished.stream()
                    .filter(t -> out.stream().noneMatch(p -> p.id().equals(t.id)))
                    .forEach(t -> out.add(t.view(clock.instant())));
        }
        return out;
    }
}
