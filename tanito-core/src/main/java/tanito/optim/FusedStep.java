package tanito.optim;

/**
 * A stage that can also take the learning-rate step itself, in the same pass over the parameters:
 * {@code p = p - lr * stage(g)} without writing the direction out first. When the last stage of a
 * {@link ChainedOptimizer} offers this, the chain uses it and saves two passes over every
 * parameter (the performance issue measured the saving); the result equals apply-then-step up to
 * float rounding.
 */
public interface FusedStep extends Stage {

    /** {@code params -= learningRate * stage(direction)}; direction is read, not written. */
    void applyAndStep(float[] direction, float[] params, long step, double learningRate);
}
