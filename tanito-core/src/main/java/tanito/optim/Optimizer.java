package tanito.optim;

import java.util.List;
import tanito.linalg.Params;

/**
 * A running optimiser, created fresh per run by an {@link OptimizerSpec}. Each {@link #step}
 * evaluates the objective at the current parameters (leaving the gradient there in
 * {@code params.gradients()}) and moves the parameters; line-search methods evaluate it again along
 * their direction. The optimiser owns its state (velocities, moment estimates, curvature pairs),
 * never the parameters.
 */
public interface Optimizer {

    /**
     * Takes one step on {@code objective} from {@code params.values()} and returns the objective's
     * value at the point the step started from. When that value is not finite the parameters and the
     * optimiser's state are left as they were.
     */
    double step(Params params, Objective objective);

    /** How many steps have updated the parameters. */
    long steps();

    /** The learning rate the next step will use: the optimiser's own rate times the multiplier. */
    double learningRate();

    /**
     * Sets the factor by which the optimiser's own learning rate is multiplied from the next step on
     * (1 at the start). The trainer sets it before every step from the schedule and reduce-on-plateau.
     */
    void setLearningRateMultiplier(double multiplier);

    /**
     * The arrays of the optimiser's state (moment estimates, velocities), live, in a fixed order, for
     * averaging copies of it (tanito-spark's local SGD); empty when its state cannot be averaged
     * (L-BFGS's curvature pairs), and then copies start fresh.
     */
    default List<float[]> stateArrays() {
        return List.of();
    }

    /**
     * Continues as if {@code steps} steps had been taken, after the caller has set
     * {@link #stateArrays}; only for optimisers whose state can be averaged.
     */
    default void resumeAt(long steps) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot resume from averaged state");
    }
}
