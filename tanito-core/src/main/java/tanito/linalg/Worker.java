package tanito.linalg;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * One of {@link Parallel}'s daemon threads: runs one share at a time, handed over through volatile
 * fields. Between tasks it spins for {@link Parallel#spinNanos}, then parks; a caller waiting for its
 * share spins for {@link Parallel#WAIT_SPIN_NANOS}, then parks until the worker wakes it (the reasons
 * and the measurements are in {@link Parallel}'s comment). A share is claimed by whoever takes it
 * from {@code task} first: the worker when it starts it, or the caller ({@link #takeBack}) when the
 * worker has not started it by the time the caller's own share is done.
 */
final class Worker extends Thread {
    private static final VarHandle TASK;

    static {
        try {
            TASK = MethodHandles.lookup().findVarHandle(Worker.class, "task", Parallel.Range.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The share handed over and not yet claimed, or null. */
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

    /** The handed-over share if the worker has not started it (the caller then runs it), else null. */
    Parallel.Range takeBack() {
        return (Parallel.Range) TASK.getAndSet(this, null);
    }

    /** Waits until the worker has finished the share it claimed, and rethrows what the share threw. */
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
            done = true;
            Thread caller = waiter;
            if (caller != null) {
                LockSupport.unpark(caller);
            }
        }
    }

    /** Spins for {@link Parallel#spinNanos}, then parks, until it claims a share. */
    private Parallel.Range next() {
        long deadline = System.nanoTime() + Parallel.spinNanos;
        while (true) {
            Parallel.Range body = task;
            if (body != null) {
                if (TASK.compareAndSet(this, body, null)) {
                    return body;
                }
            } else if (System.nanoTime() < deadline) {
                Thread.onSpinWait();
            } else {
                parked = true;
                if (task == null) {
                    LockSupport.park(this);
                }
                parked = false;
            }
        }
    }
}
