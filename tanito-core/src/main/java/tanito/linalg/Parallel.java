package tanito.linalg;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Splits loops over the machine's cores: the calling thread takes the first share, a small set of
 * daemon workers the others. {@code -Dtanito.threads=N} sets the count (default: the available
 * processors).
 *
 * <p>The same shares, whoever runs them. A loop of n elements in s shares is always cut at
 * {@code n k / s}, s depending on the loop and the thread count only. When the workers are busy (a
 * second caller meanwhile, such as a Spark task beside another) or the caller is a {@link #taskPool}
 * thread of a pool of several (whose tasks already keep every core busy), the caller runs the shares
 * itself, one after another. Element-wise loops give the same result however they are cut; a matrix
 * product cut into blocks ({@link SplitGemm}) may round differently in native BLAS than whole, so
 * cutting it the same way whatever the timing keeps training reproducible for a given thread count.
 * Inside {@link #whole} every loop runs whole on its thread: what evaluating independent shares of a
 * batch side by side asks for.
 *
 * <p>Hand-off. A training step at batch 16 hands work over a dozen times in about half a
 * millisecond, so waking a parked thread (tens of microseconds through the kernel) would cost more
 * than the shares save. After a task a worker therefore spins for {@link #spinNanos} before it
 * parks, and the caller spins while it waits for the others, for {@link #WAIT_SPIN_NANOS} at most.
 * Spinning only pays while Tanito owns the cores: when the BLAS library runs threads of its own, a
 * spinning worker would take a core from them, so {@link MatMul} sets the spin to zero then and
 * workers park at once. And a caller that waits longer than a product's imbalance (tens of
 * microseconds) waits for a worker that lost its core to another thread, most often HotSpot's JIT
 * compiler in the first epochs: parking then gives the compiler the caller's core instead of the
 * worker's. Measured at batch 256 ({@code ./tanito bench}, two sets of five interleaved runs, medians
 * in samples/s): second epoch 94k and 107k when the caller spins for as long as it waits, 106k and
 * 110k when it parks after 100 us; third epoch and batches 16 and 64 within the noise.
 *
 * <p>Taking a share back. A share a worker has not begun by the time the caller has finished its own
 * (of about the same size) means the worker's core has been elsewhere for all that time, a JIT
 * compiler thread or another virtual machine on the host; the caller then takes the share back and
 * runs it itself, which can never end later than waiting for the worker to begin it. Who runs a share
 * changes nothing in its result. Measured with {@code ./tanito bench}, second epoch: 2-14% of the
 * hand-offs at batch 16 and 1-2% at 64 were taken back; five or six interleaved runs each, medians
 * 42.0k to 43.3k at batch 16 (the slowest run 34.7k to 42.4k), 83k to 92k at 64, 256 unchanged.
 */
public final class Parallel {
    /**
     * Below this many elements a loop runs on the calling thread: the hand-off would cost more
     * ({@code -Dtanito.minShare=N} to measure others).
     */
    static final int MIN_SHARE = Integer.getInteger("tanito.minShare", 32_768);
    /**
     * How long a caller spins for a worker's share before it parks ({@code -Dtanito.waitSpinMicros=N}).
     */
    static final long WAIT_SPIN_NANOS = Long.getLong("tanito.waitSpinMicros", 100) * 1000;
    private static final int THREADS = Integer.getInteger("tanito.threads", Runtime.getRuntime().availableProcessors());
    private static final Worker[] WORKERS = startWorkers(THREADS - 1);
    private static final AtomicBoolean BUSY = new AtomicBoolean();
    /** Whether this thread is inside {@link #whole}. */
    private static final ThreadLocal<Boolean> WHOLE = ThreadLocal.withInitial(() -> false);
    /** How long an idle worker spins before it parks. */
    static volatile long spinNanos = 0;

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

    /** Idle workers spin this long before parking: zero while another library's threads share the cores. */
    static void spinBeforeParking(long nanos) {
        spinNanos = nanos;
    }

    /** Runs {@code body} over {@code [0, n)} in contiguous shares, one per thread, and returns when all are done. */
    public static void forRange(int n, Range body) {
        forShares(n, Math.min(THREADS, n / MIN_SHARE), body);
    }

    /**
     * Runs {@code body} over {@code [0, n)} in {@code shares} contiguous shares (at most one per
     * thread): on the workers when they are free (a share a worker has not begun when the caller's own
     * is done, the caller runs), else one after another on the calling thread; whole on the calling
     * thread inside {@link #whole}. A share's exception reaches the caller once every share has ended.
     */
    public static void forShares(int n, int shares, Range body) {
        shares = Math.min(Math.min(shares, THREADS), n);
        if (shares <= 1 || WHOLE.get()) {
            body.run(0, n);
        } else if (Thread.currentThread() instanceof Solo || !BUSY.compareAndSet(false, true)) {
            for (int s = 0; s < shares; s++) {
                body.run(start(n, s, shares), start(n, s + 1, shares));
            }
        } else {
            try {
                for (int s = 1; s < shares; s++) {
                    WORKERS[s - 1].start(body, start(n, s, shares), start(n, s + 1, shares));
                }
                RuntimeException failure = runCatching(body, 0, start(n, 1, shares), null);
                for (int s = 1; s < shares; s++) {
                    Worker worker = WORKERS[s - 1];
                    Range unstarted = worker.takeBack();
                    if (unstarted != null) { // the worker has not begun: its core is elsewhere, run it here
                        failure = runCatching(unstarted, start(n, s, shares), start(n, s + 1, shares), failure);
                    } else {
                        try {
                            worker.await();
                        } catch (RuntimeException thrown) {
                            failure = failure == null ? thrown : failure;
                        }
                    }
                }
                if (failure != null) {
                    throw failure;
                }
            } finally {
                BUSY.set(false);
            }
        }
    }

    /** Runs a share unless an earlier one failed; returns the first failure. */
    private static RuntimeException runCatching(Range body, int from, int to, RuntimeException earlier) {
        if (earlier != null) {
            return earlier;
        }
        try {
            body.run(from, to);
            return null;
        } catch (RuntimeException thrown) {
            return thrown;
        }
    }

    private static int start(int n, int share, int shares) {
        return (int) ((long) n * share / shares);
    }

    /**
     * Runs {@code task} with every loop inside it whole on this thread, products included: for
     * independent pieces of work that run side by side on the cores themselves, and must compute the
     * same bits whether they run side by side or one after another.
     */
    public static void whole(Runnable task) {
        if (WHOLE.get()) {
            task.run();
            return;
        }
        WHOLE.set(true);
        try {
            task.run();
        } finally {
            WHOLE.set(false);
        }
    }

    /**
     * A pool of {@code threads} daemon threads named {@code name} for independent tasks (folds,
     * candidates). With more than one thread each task keeps its loops on its own thread, since the
     * tasks share the cores among themselves; with one, the task's loops use the workers as usual.
     */
    public static ExecutorService taskPool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = threads > 1 ? new Solo(task, name) : new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A task-pool thread whose loops stay on itself. */
    private static final class Solo extends Thread {
        Solo(Runnable task, String name) {
            super(task, name);
        }
    }

    private static Worker[] startWorkers(int count) {
        Worker[] workers = new Worker[Math.max(count, 0)];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker("tanito-kernel-" + (i + 1));
            workers[i].start();
        }
        return workers;
    }
}
