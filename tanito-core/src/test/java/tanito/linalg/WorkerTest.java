package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A share handed to a worker is run exactly once: by the worker, or by the caller that takes it back first. */
class WorkerTest {

    @Test
    void aShareTheWorkerHasNotStartedCanBeTakenBackOnce() {
        Worker worker = new Worker("not-started");
        Parallel.Range share = (from, to) -> { };
        worker.start(share, 3, 7);
        assertSame(share, worker.takeBack());
        assertNull(worker.takeBack(), "taken back twice");
    }

    @Test
    @Timeout(60)
    void everyShareRunsExactlyOnceWhoeverClaimsIt() {
        Parallel.spinBeforeParking(1_000_000);
        Worker worker = new Worker("racing");
        worker.start();
        int rounds = 20_000;
        int[] runs = new int[rounds];
        AtomicInteger byWorker = new AtomicInteger();
        for (int round = 0; round < rounds; round++) {
            int index = round;
            Parallel.Range share = (from, to) -> {
                runs[index]++;
                if (Thread.currentThread() == worker) {
                    byWorker.incrementAndGet();
                }
            };
            worker.start(share, 0, 1);
            for (int spin = 0; spin < round % 64; spin++) {
                Thread.onSpinWait();
            }
            Parallel.Range unstarted = worker.takeBack();
            if (unstarted != null) {
                unstarted.run(0, 1);
            } else {
                worker.await();
            }
        }
        for (int round = 0; round < rounds; round++) {
            assertEquals(1, runs[round], "share " + round);
        }
        assertTrue(byWorker.get() > 0, "the worker never claimed a share");
        assertTrue(byWorker.get() < rounds, "the caller never took a share back");
    }

    @AfterEach
    void stopSpinning() {
        Parallel.spinBeforeParking(0);
    }
}
