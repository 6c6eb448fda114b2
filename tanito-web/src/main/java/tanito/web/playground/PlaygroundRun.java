package tanito.web.playground;

import io.javalin.http.sse.SseClient;
import tanito.data.Dataset;
import tanito.web.WebServer;

/**
 * One Playground run on the server: its session and the controls (play, pause, one step, reset,
 * speed). A worker thread of its own trains while an event stream is attached, sending one event per
 * epoch (with the pictures as often as its {@link Pace} allows, and always when it pauses or steps),
 * pauses itself when early stopping ends the session, and ends when the stream closes (a closed
 * stream is noticed at the next write: every epoch while playing, a keep-alive comment every second
 * while paused). Runs share nothing.
 */
final class PlaygroundRun {
    private static final long KEEP_ALIVE_MILLIS = 1000;

    private final String id;
    private final long sequence;
    private final PlaygroundSpec spec;
    private final Dataset uploaded;
    private final PlaygroundPoints points;
    private final PlaygroundExport export;
    /** Touched by the worker only, and by {@link #attach} before it starts the worker. */
    private PlaygroundSession session;
    private volatile int epoch;
    private boolean playing;
    private int pendingSteps;
    private boolean resetRequested;
    private Pace pace = new Pace(0);
    /** Whether the last event sent left the pictures out (touched by the worker only). */
    private boolean picturesBehind;
    private Thread worker;
    private SseClient client;

    /** A run of {@code spec}, on {@code uploaded} when it names an upload (else null). */
    PlaygroundRun(String id, PlaygroundSpec spec, Dataset uploaded, long sequence) {
        this.id = id;
        this.sequence = sequence;
        this.spec = spec;
        this.uploaded = uploaded;
        this.session = new PlaygroundSession(spec, uploaded);
        this.points = session.points();
        this.export = new PlaygroundExport(session);
    }

    String id() {
        return id;
    }

    /** The order of creation on its server. */
    long sequence() {
        return sequence;
    }

    PlaygroundSpec spec() {
        return spec;
    }

    /** The training and test points; a reset keeps them (the same spec makes the same data). */
    PlaygroundPoints points() {
        return points;
    }

    /** The plane the boundary covers, or null without one. */
    PlaneView view() {
        return export.view();
    }

    /** The current model and the points, for download. */
    PlaygroundExport export() {
        return export;
    }

    /** The epochs trained since the start or the last reset. */
    int epoch() {
        return epoch;
    }

    synchronized boolean playing() {
        return playing;
    }

    synchronized boolean streaming() {
        return worker != null && worker.isAlive();
    }

    synchronized void play() {
        playing = true;
        notifyAll();
    }

    synchronized void pause() {
        playing = false;
        notifyAll();
    }

    /** Trains at most {@code epochsPerSecond} epochs a second while playing (0: as fast as it can). */
    synchronized void speed(int epochsPerSecond) {
        pace = new Pace(epochsPerSecond);
        notifyAll();
    }

    synchronized int epochsPerSecond() {
        return pace.epochsPerSecond();
    }

    /** One more epoch (when paused; while playing, epochs come anyway). */
    synchronized void step() {
        pendingSteps++;
        notifyAll();
    }

    /** Back to epoch 0 with the spec's initial weights, paused. */
    synchronized void reset() {
        resetRequested = true;
        playing = false;
        pendingSteps = 0;
        notifyAll();
    }

    /**
     * Streams this run's epochs to {@code client} from a new worker thread, which first sends where
     * the run stands; a stream attached before is ended.
     */
    synchronized void attach(SseClient newClient) {
        Thread previous = worker;
        stopWorker();
        newClient.keepAlive();
        client = newClient;
        worker = new Thread(() -> work(previous, newClient), "playground-" + id);
        worker.setDaemon(true);
        worker.start();
    }

    /** Ends the worker, if any, and with it the event stream. */
    synchronized void stop() {
        playing = false;
        stopWorker();
    }

    private void stopWorker() {
        if (worker != null) {
            worker.interrupt();
            client.close();
            worker = null;
            client = null;
        }
    }

    /** The worker's loop; it waits for the {@code previous} worker (or null) to end, so one thread at a time steps the session. */
    private void work(Thread previous, SseClient client) {
        try {
            if (previous != null) {
                previous.join();
            }
            send(client, session.current());
            while (!client.terminated() && !Thread.currentThread().isInterrupted()) {
                Action action = next();
                switch (action) {
                    case RESET -> {
                        session = new PlaygroundSession(spec, uploaded);
                        epoch = 0;
                        picturesBehind = false;
                        export.update(session);
                        send(client, session.current());
                    }
                    case STEP, PLAY -> {
                        boolean pictures = action == Action.STEP || pictureDue();
                        PlaygroundEpoch trained = session.step(pictures);
                        epoch = trained.epoch();
                        picturesBehind = !pictures;
                        export.update(session);
                        send(client, trained);
                        if (trained.stopped() != null) {
                            pause();
                        }
                    }
                    case KEEP_ALIVE -> {
                        if (picturesBehind) { // paused after epochs without pictures: show where it stands
                            picturesBehind = false;
                            send(client, session.current());
                        } else {
                            client.sendComment("keep-alive");
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException e) {
            client.sendEvent("stopped", e.getMessage());
        } finally {
            client.close();
        }
    }

    /** STEP: one epoch asked for; PLAY: the next epoch while playing. */
    private enum Action { RESET, STEP, PLAY, KEEP_ALIVE }

    /** Waits up to a second for something to do, and while playing until the pace allows the next epoch. */
    private synchronized Action next() throws InterruptedException {
        if (!resetRequested && !playing && pendingSteps == 0) {
            wait(KEEP_ALIVE_MILLIS);
        }
        while (playing && !resetRequested && pendingSteps == 0 && pace.millisUntilNextEpoch(System.nanoTime()) > 0) {
            wait(pace.millisUntilNextEpoch(System.nanoTime()));
        }
        if (resetRequested) {
            resetRequested = false;
            return Action.RESET;
        }
        if (pendingSteps > 0) {
            pendingSteps--;
            return Action.STEP;
        }
        if (playing) {
            pace.epochStarted(System.nanoTime());
            return Action.PLAY;
        }
        return Action.KEEP_ALIVE;
    }

    private synchronized boolean pictureDue() {
        return pace.pictureDue(System.nanoTime());
    }

    private void send(SseClient client, PlaygroundEpoch epoch) {
        client.sendEvent("epoch", WebServer.toJson(epoch));
    }
}
