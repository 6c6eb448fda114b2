package tanito.train;

import java.util.ArrayList;
import java.util.List;
import tanito.metrics.EpochMetrics;

/**
 * Times every epoch: the wall-clock seconds from the start of training, or the end of the previous
 * epoch, to the end of this one (its validation included). An optional listener hears each epoch as it
 * ends; the time the listener takes (printing, say) counts for no epoch.
 */
public final class EpochTimer implements Callback {
    /** Hears an epoch's metrics and its seconds. */
    public interface Listener {
        void epochTimed(EpochMetrics metrics, double seconds);
    }

    private final List<Double> seconds = new ArrayList<>();
    private final Listener listener;
    private long last;

    public EpochTimer() {
        this((metrics, seconds) -> { });
    }

    public EpochTimer(Listener listener) {
        this.listener = listener;
    }

    @Override
    public void onTrainBegin(TrainingContext context) {
        last = System.nanoTime();
    }

    @Override
    public void onEpochEnd(EpochMetrics metrics, TrainingContext context) {
        double elapsed = (System.nanoTime() - last) / 1e9;
        seconds.add(elapsed);
        listener.epochTimed(metrics, elapsed);
        last = System.nanoTime();
    }

    /** The seconds of every epoch so far, first to last. */
    public List<Double> seconds() {
        return List.copyOf(seconds);
    }
}
