package tanito.linalg;

import java.util.concurrent.locks.LockSupport;

/**
 * One of {@link Parallel}'s daemon threads: runs one share at a time, handed over through volatile
 * fields. Between tasks it spins for {@link Parallel#spinNanos}, then parks; a caller waiting for its
 * share spins for {@link Parallel#WAIT_SPIN_NANOS}, then parks until the worker wakes it (the reasons
 * and the measurements are in {@link Parallel}'s comment).
 */
final class Worker extends Thread {
    private volatile Parallel.Range task;
    private volatile boolean done = true;
    private volatile boolean parked;
    private volatile Thread waiter;
    private int from;
    private int to;
    private Throwable failure;

    Worker(String name) {
        super(name);
        setDaemon(true);
    }

    void start(Parallel.Range body, int from, int to) {
        this.from = from;
        this.to = to;
        this.failure = null;
        this.done = false;
        this.task = body;
        if (parked) {
            LockSupport.unpark(this);
        }
    }

    void await() {
        long deadline = System.nanoTime() + Parallel.WAIT_SPIN_NANOS;
        while (!done) {
            if (System.nanoTime() < deadline) {
                Thread.onSpinWait();
            } else {
                waiter = Thread.currentThread();
                if (!done) {
                    LockSupport.park(this);
                }
                waiter = null;
            }
        }
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
    }

    @Override
    public void run() {
        while (true) {
            Parallel.Range body = next();
            try {
                body.run(from, to);
            } catch (Throwable thrown) {
                failure = thrown;
            }
            task = null;
            done = true;
            Thread caller = waiter;
            if (caller != null) {
                LockSupport.unpark(caller);
            }
        }
    }

    /** Spins for {@link Parallel#spinNanos}, then parks, until a task arrives. */
    private Parallel.Range next() {
        long deadline = System.nanoTime() + Parallel.spinNanos;
        Parallel.Range body;
        while ((body = task) == null) {
            if (System.nanoTime() < deadline) {
                Thread.onSpinWait();
            } else {
                parked = true;
                if (task == null) {
                    LockSupport.park(this);
                }
                parked = false;
            }
        }
        return body;
    }
}
