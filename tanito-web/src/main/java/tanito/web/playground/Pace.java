package tanito.web.playground;

import static tanito.Require.require;

/**
 * How fast a playing run trains and how often it sends pictures. Epochs come as fast as the engine
 * goes, or at most {@code epochsPerSecond}; every epoch's losses go to the page, but the boundary and
 * the neuron maps (tens of kilobytes) at most every {@link #PICTURE_MILLIS} ms, about as often as
 * a person can follow them. Times are {@link System#nanoTime} values.
 */
final class Pace {
    /** The least time between two events with pictures while playing. */
    static final long PICTURE_MILLIS = 200;
    /** The highest speed limit; 0 means no limit. */
    static final int MAX_EPOCHS_PER_SECOND = 1000;

    private final int epochsPerSecond;
    private long lastEpoch = Long.MIN_VALUE;
    private long lastPicture = Long.MIN_VALUE;

    /** @param epochsPerSecond at most this many epochs a second; 0 for as many as the engine trains */
    Pace(int epochsPerSecond) {
        require(epochsPerSecond >= 0 && epochsPerSecond <= MAX_EPOCHS_PER_SECOND,
                "epochsPerSecond must be in [0, %d] (0: as fast as possible), was %d", MAX_EPOCHS_PER_SECOND,
                epochsPerSecond);
        this.epochsPerSecond = epochsPerSecond;
    }

    int epochsPerSecond() {
        return epochsPerSecond;
    }

    /** Milliseconds to wait at {@code now} before the next epoch may start (0: start now). */
    long millisUntilNextEpoch(long now) {
        if (epochsPerSecond == 0 || lastEpoch == Long.MIN_VALUE) {
            return 0;
        }
        long due = lastEpoch + 1_000_000_000L / epochsPerSecond;
        return Math.max(0, (due - now + 999_999) / 1_000_000);
    }

    /** Notes that an epoch started at {@code now}. */
    void epochStarted(long now) {
        lastEpoch = now;
    }

    /** Whether a picture is due at {@code now}; if so, counts it as sent. */
    boolean pictureDue(long now) {
        if (lastPicture != Long.MIN_VALUE && now - lastPicture < PICTURE_MILLIS * 1_000_000) {
            return false;
        }
        lastPicture = now;
        return true;
    }
}
