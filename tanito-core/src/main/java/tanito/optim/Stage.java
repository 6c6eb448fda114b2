package tanito.optim;

import java.util.List;

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

    /**
     * The arrays of this stage's named state, live, in a fixed order (none for a stateless stage):
     * what averaging several copies of an optimiser combines (tanito-spark's local SGD).
     */
    default List<float[]> stateArrays() {
        return List.of();
    }

    /**
     * Continues as if {@code steps} steps had been taken, its state arrays having been set by the
     * caller: a stage that keeps other state derived from the step count rebuilds it here.
     */
    default void resumeAt(long steps) {
    }
}
