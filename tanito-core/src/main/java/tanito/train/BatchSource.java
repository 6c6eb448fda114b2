package tanito.train;

import tanito.linalg.Rng;
import tanito.optim.Objective;

/**
 * The loss of the current mini-batch as a function of the parameters, and the choice of that batch:
 * what {@link MiniBatchEpochs} hands the optimiser at each step. {@link BatchObjective} evaluates the
 * batch on this machine; tanito-spark evaluates each partition's share of it on a cluster and adds the
 * shares up, so that both train the same way.
 */
public interface BatchSource extends Objective {

    /**
     * Makes rows {@code order[from .. to)} of the training set the current batch, whose dropout masks
     * come from {@code dropout} (replayed from its start at every evaluation).
     */
    void select(int[] order, int from, int to, Rng dropout);

    /** The number of rows in the current batch. */
    int rows();

    /** The metric's sum over the current batch's rows at its first evaluation. */
    double firstMetricSum();
}
