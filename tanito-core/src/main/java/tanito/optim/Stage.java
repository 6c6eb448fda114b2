package tanito.optim;

/**
 * One stage of an optimiser, in the manner of optax's gradient transformations: it rewrites the
 * update direction in place (starting from the gradient) and keeps its own named state. Optimisers
 * are chains of stages followed by the learning-rate step, so that momentum, weight decay and later
 * clipping or adaptive scaling are each written once.
 */
public interface Stage {

    /**
     * Transforms {@code direction} in place.
     *
     * @param params the current parameter values (read only)
     * @param step the 1-based number of the step being taken
     */
    void apply(float[] direction, float[] params, long step);
}
