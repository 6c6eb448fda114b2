package tanito.train;

import tanito.metrics.EpochMetrics;

/** The running state of {@link ReduceOnPlateau}: best value, epochs waited, cooldown left. */
final class ReduceOnPlateauCallback implements Callback {
    private final ReduceOnPlateau spec;
    private double best;
    private int wait;
    private int cooldownLeft;

    ReduceOnPlateauCallback(ReduceOnPlateau spec) {
        this.spec = spec;
        this.best = spec.maximize() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    @Override
    public void onEpochEnd(EpochMetrics metrics, TrainingContext context) {
        double current = metrics.get(spec.monitor());
        if (cooldownLeft > 0) {
            cooldownLeft--;
            wait = 0;
        }
        if (spec.maximize() ? current > best + spec.minDelta() : current < best - spec.minDelta()) {
            best = current;
            wait = 0;
        } else if (cooldownLeft == 0 && ++wait >= spec.patience()) {
            double rate = context.learningRate();
            if (rate > spec.minLearningRate()) {
                double reduced = Math.max(rate * spec.factor(), spec.minLearningRate());
                context.scaleLearningRate(reduced / rate);
                cooldownLeft = spec.cooldown();
                wait = 0;
            }
        }
    }
}
