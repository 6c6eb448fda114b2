package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Shares cover every index once, failures reach the caller, concurrent callers each get their whole loop,
 * and a caller that waits long gives up its core.
 */
class ParallelTest {

    @AfterEach
    void stopSpinning() {
        Parallel.spinBeforeParking(0);
    }

    @Property(tries = 200)
    void sharesCoverEveryIndexExactlyOnce(@ForAll @IntRange(min = 1, max = 5000) int n,
                                          @ForAll @IntRange(min = 1, max = 8) int shares,
                                          @ForAll boolean spin) {
        Parallel.spinBeforeParking(spin ? 100_000 : 0);
        int[] visits = new int[n];
        Parallel.forShares(n, shares, (from, to) -> {
            for (int i = from; i < to; i++) {
                visits[i]++;
            }
        });
        int[] once = new int[n];
        Arrays.fill(once, 1);
        assertArrayEquals(once, visits);
    }

    @Test
    void aFailureInAnotherThreadsShareReachesTheCallerAndTheWorkersGoOn() {
        Parallel.spinBeforeParking(100_000);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                Parallel.forShares(1000, 2, (from, to) -> {
                    if (to == 1000) {
                        throw new IllegalStateException("the last share, from " + from);
                    }
                }));
        assertEquals("the last share, from " + (Parallel.threads() > 1 ? 500 : 0), thrown.getMessage());
        int[] sum = new int[1000];
        Parallel.forShares(1000, 2, (from, to) -> {
            for (int i = from; i < to; i++) {
                sum[i] = i;
            }
        });
        assertEquals(999, sum[999]);
    }

    @Test
    void aFailureInTheCallersShareReachesItOnlyOnceTheWorkersShareHasEnded() {
        Parallel.spinBeforeParking(1_000_000);
        AtomicBoolean workerRunning = new AtomicBoolean();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                Parallel.forShares(1000, 2, (from, to) -> {
                    if (from == 0) {
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                        while (!workerRunning.get() && System.nanoTime() < deadline) {
                            Thread.onSpinWait();
                        }
                        throw new IllegalStateException("the caller's share");
                    }
                    workerRunning.set(true);
                    LockSupport.parkNanos(50_000_000);
                    workerRunning.set(false);
                }));
        assertEquals("the caller's share", thrown.getMessage());
        assertFalse(workerRunning.get(), "forShares returned while the worker's share still ran");
    }

    @Test
    @Timeout(60)
    void concurrentCallersEachCompleteTheirWholeLoop() throws Exception {
        Parallel.spinBeforeParking(1_000_000);
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                results.add(callers.submit(() -> {
                    for (int round = 0; round < 500; round++) {
                        long[] values = new long[777];
                        Parallel.forShares(values.length, 2, (from, to) -> {
                            for (int i = from; i < to; i++) {
                                values[i] = i;
                            }
                        });
                        long total = 0;
                        for (long value : values) {
                            total += value;
                        }
                        if (total != 776L * 777 / 2) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get(), "a caller saw part of its loop left undone");
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void tasksOfAPoolOfSeveralThreadsRunTheSameSharesOnTheirOwnThread() throws Exception {
        ExecutorService pool = Parallel.taskPool(2, "test-task");
        try {
            Set<String> ranOn = ConcurrentHashMap.newKeySet();
            List<String> shares = new CopyOnWriteArrayList<>();
            Future<String> task = pool.submit(() -> {
                Parallel.forShares(100_001, 2, (from, to) -> {
                    ranOn.add(Thread.currentThread().getName());
                    shares.add(from + ".." + to);
                });
                return Thread.currentThread().getName();
            });
            assertEquals(Set.of(task.get()), ranOn);
            assertEquals(Parallel.threads() > 1 ? List.of("0..50000", "50000..100001") : List.of("0..100001"), shares);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(60)
    void aCallerThatWaitsLongForAWorkerParksAndIsWokenWhenTheWorkerIsDone() throws Exception {
        assertTrue(Parallel.threads() > 1, "this test needs two cores, as CI's machine has");
        Parallel.spinBeforeParking(1_000_000);
        Thread caller = Thread.currentThread();
        Thread.State[] seen = new Thread.State[1];
        AtomicBoolean workerBegan = new AtomicBoolean();
        int[] visits = new int[1000];
        Parallel.forShares(visits.length, 2, (from, to) -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            if (from == 0) { // the caller's share ends once the worker has begun its own, so the caller waits for it
                while (!workerBegan.get() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            } else {
                workerBegan.set(true);
                while (caller.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                seen[0] = caller.getState();
            }
            for (int i = from; i < to; i++) {
                visits[i]++;
            }
        });
        assertEquals(Thread.State.WAITING, seen[0], "the caller kept its core while the worker's share ran");
        assertEquals(1000, Arrays.stream(visits).sum());
        assertEquals(1, Arrays.stream(visits).max().getAsInt());
    }

    @Test
    void insideWholeEveryLoopRunsWholeOnItsThread() {
        List<String> shares = new CopyOnWriteArrayList<>();
        Parallel.whole(() -> Parallel.whole(() -> Parallel.forShares(100_001, 2, (from, to) -> shares.add(
                Thread.currentThread().getName() + " " + from + ".." + to))));
        assertEquals(List.of(Thread.currentThread().getName() + " 0..100001"), shares);
        Parallel.forShares(10, 2, (from, to) -> shares.add("after " + from));
        assertEquals(Parallel.threads() > 1 ? 3 : 2, shares.size(), "outside whole the loop is shared again");
    }
}
