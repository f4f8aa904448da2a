package news.verbatim.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The change log numbers committed changes in commit order without gaps, however the writers race, and a
 * rolled-back transaction leaves nothing behind.
 */
@QuarkusTest
class ChangeLogTest {

    /** Quote ids no quote has: the index treats them as deleted quotes, which is harmless. */
    private static final long FAKE_IDS = 9_000_000_000L;

    @Inject
    ChangeLog log;

    @Test
    void concurrentTransactionsGetContiguousPositions() throws Exception {
        long before = log.headSeq();
        int threads = 8;
        int transactions = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < transactions; i++) {
                    long base = FAKE_IDS + thread * 10_000L + i * 10L;
                    QuarkusTransaction.requiringNew().run(() -> {
                        log.record(base, ChangeOp.UPSERT);
                        log.record(base + 1, ChangeOp.DELETE);
                    });
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long after = log.headSeq();
        assertEquals(before + threads * transactions * 2L, after, "two positions per transaction");
        List<QuoteChange> written = log.readAfter(before, threads * transactions * 2 + 10);
        Set<Long> quoteIds = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            assertEquals(before + i + 1, written.get(i).seq(), "no gap, no duplicate");
            quoteIds.add(written.get(i).quoteId());
        }
        assertEquals(threads * transactions * 2, written.size());
        assertEquals(threads * transactions * 2, quoteIds.size());
    }

    @Test
    void aRolledBackTransactionLogsNothing() throws Exception {
        long before = log.headSeq();
        assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    log.record(FAKE_IDS + 999_999, ChangeOp.UPSERT);
                    throw new IllegalStateException("the write fails");
                }));
        assertEquals(before, log.headSeq());
        QuarkusTransaction.requiringNew().run(() -> log.record(FAKE_IDS + 999_998, ChangeOp.UPSERT));
        List<QuoteChange> next = log.readAfter(before, 10);
        assertEquals(1, next.size());
        assertEquals(before + 1, next.get(0).seq(), "the rolled-back position was given back");
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThrows(IllegalStateException.class, () -> log.record(1, ChangeOp.UPSERT));
        assertThrows(IllegalArgumentException.class, () -> log.readAfter(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new QuoteChange(0, 1, ChangeOp.UPSERT));
    }

    @Test
    void nodesReportTheirPositionAndPruningRespectsThem() throws Exception {
        long head = log.headSeq();
        log.heartbeat("test-node-behind", 0);
        int pruned = log.prune(java.time.Duration.ZERO, java.time.Duration.ofMinutes(10), java.time.Duration.ofDays(7));
        assertEquals(0, pruned, "a live node at position 0 holds every change back");
        assertTrue(log.liveNodes(java.time.Duration.ofMinutes(10)).stream()
                .anyMatch(n -> n.nodeId().equals("test-node-behind") && n.appliedSeq() == 0));
        log.heartbeat("test-node-behind", head);
        assertEquals(head, log.headSeq());
    }
}
