package tanito.optim;

import static tanito.Require.require;

/**
 * A learning rate as a pure function of the 1-based step number. Schedules (step decay,
 * exponential, cosine with warm-up) implement this; a constant rate is the simplest.
 */
@FunctionalInterface
public interface LearningRate {

    double at(long step);

    static LearningRate constant(double value) {
        require(value > 0 && Double.isFinite(value), "learningRate must be > 0, was %s", value);
        return step -> value;
    }
}
