package tanito.train;

import tanito.metrics.EpochMetrics;

/** The running state of {@link EarlyStopping}: best value, best epoch, its weights, epochs waited. */
final class EarlyStoppingCallback implements Callback {
    private final EarlyStopping spec;
    private double best;
    private int bestEpoch;
    private float[] bestWeights;
    private int wait;
    private int stoppedEpoch;

    EarlyStoppingCallback(EarlyStopping spec) {
        this.spec = spec;
        this.best = spec.maximize() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    @Override
    public void onEpochEnd(EpochMetrics metrics, TrainingContext context) {
        double current = metrics.get(spec.monitor());
        int epoch = metrics.epoch();
        if (bestEpoch == 0) { // until something improves, the first epoch counts as the best
            bestEpoch = epoch;
            bestWeights = spec.restoreBestWeights() ? context.params().snapshot() : null;
        }
        wait++;
        if (isImprovement(current)) {
            best = current;
            bestEpoch = epoch;
            if (spec.restoreBestWeights()) {
                bestWeights = context.params().snapshot();
            }
            wait = 0;
            return;
        }
        if (wait >= spec.patience() && epoch > 1) {
            stoppedEpoch = epoch;
            context.requestStop(String.format(java.util.Locale.ROOT,
                    "early stopping: %s did not improve for %d epochs (best %.6g at epoch %d)",
                    spec.monitor(), wait, best, bestEpoch));
        }
    }

    /** Keras: {@code current - minDelta > best} when maximising, {@code current + minDelta < best} when minimising. */
    private boolean isImprovement(double current) {
        return spec.maximize() ? current - spec.minDelta() > best : current + spec.minDelta() < best;
    }

    @Override
    public void onTrainEnd(TrainingContext context) {
        if (spec.restoreBestWeights() && bestWeights != null) {
            context.params().restore(bestWeights);
        }
    }

    /** The 1-based epoch of the best monitored value (0 before the first epoch). */
    int bestEpoch() {
        return bestEpoch;
    }

    /** Epochs still allowed without improvement before patience runs out (Keras: {@code patience - wait}). */
    int patienceLeft() {
        return Math.max(0, spec.patience() - wait);
    }

    EarlyStopping spec() {
        return spec;
    }

    double best() {
        return best;
    }

    /** The epoch at which patience ran out, or 0 if it never did. */
    int stoppedEpoch() {
        return stoppedEpoch;
    }
}
