package tanito.optim;

/**
 * An optimiser's own learning rate as a pure function of the 1-based step number. Training-wide
 * schedules (step decay, cosine, ...) multiply it; see {@code tanito.optim.Schedule}.
 */
@FunctionalInterface
public interface LearningRate {

    double at(long step);

    static LearningRate constant(double value) {
        Hyper.learningRate(value);
        return step -> value;
    }

    /**
     * Checks a learning-rate multiplier (positive and finite) and returns it. It is set before every
     * step, so the message's value is boxed only when it is wrong (JFR's allocation samples found a
     * Double a step here).
     */
    static double requireMultiplier(double multiplier) {
        if (!(multiplier > 0 && Double.isFinite(multiplier))) {
            throw tanito.Require.failure("a learning-rate multiplier must be > 0, was %s", multiplier);
        }
        return multiplier;
    }

    /** {@code lr / (1 + (t - 1) * decay)}: AdaGrad's {@code lr_decay} in {@code torch.optim.Adagrad}. */
    static LearningRate inverseTime(double value, double decay) {
        Hyper.learningRate(value);
        return step -> value / (1 + (step - 1) * decay);
    }
}
