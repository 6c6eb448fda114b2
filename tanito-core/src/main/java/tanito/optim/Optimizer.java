package tanito.optim;

import tanito.linalg.Params;

/**
 * A running optimiser, created fresh per run by an {@link OptimizerSpec}: each {@link #step} reads
 * the parameters' gradients and updates the parameters in place. It owns its state (velocities,
 * moment estimates), never the parameters.
 */
public interface Optimizer {

    /** Updates {@code params.values()} from {@code params.gradients()}; the gradients are left as they were. */
    void step(Params params);

    /** How many steps have been taken. */
    long steps();
}
