package tanito.linalg;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Splits element-wise work over the machine's cores: the calling thread takes the first share, a
 * small pool of daemon workers the others. Only for loops with no cross-element dependence, so the
 * result is the same whatever the number of threads. {@code -Dtanito.threads=N} sets the count
 * (default: the available processors).
 */
public final class Parallel {
    /** Below this many elements a loop runs on the calling thread: the hand-off would cost more. */
    static final int MIN_SHARE = 32_768;
    private static final int THREADS = Integer.getInteger("tanito.threads", Runtime.getRuntime().availableProcessors());
    private static final ForkJoinPool POOL = THREADS > 1 ? new ForkJoinPool(THREADS - 1, pool -> {
        var thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setDaemon(true);
        thread.setName("tanito-kernel-" + thread.getPoolIndex());
        return thread;
    }, null, false) : null;

    private Parallel() {}

    /** A loop body over {@code [from, to)}. */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    /** The threads element-wise kernels use. */
    public static int threads() {
        return THREADS;
    }

    /** Runs {@code body} over {@code [0, n)} in contiguous shares, one per thread, and returns when all are done. */
    public static void forRange(int n, Range body) {
        forShares(n, POOL == null ? 1 : Math.min(THREADS, n / MIN_SHARE), body);
    }

    /** Runs {@code body} over {@code [0, n)} in {@code shares} contiguous shares (at most one per thread). */
    public static void forShares(int n, int shares, Range body) {
        shares = POOL == null ? 1 : Math.min(Math.min(shares, THREADS), n);
        if (shares <= 1) {
            body.run(0, n);
            return;
        }
        @SuppressWarnings("unchecked")
        ForkJoinTask<Void>[] others = new ForkJoinTask[shares - 1];
        for (int s = 1; s < shares; s++) {
            int from = (int) ((long) n * s / shares);
            int to = (int) ((long) n * (s + 1) / shares);
            others[s - 1] = POOL.submit(() -> body.run(from, to), null);
        }
        body.run(0, (int) ((long) n / shares));
        for (ForkJoinTask<Void> task : others) {
            task.join();
        }
    }
}
