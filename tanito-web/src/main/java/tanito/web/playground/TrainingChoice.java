package tanito.web.playground;

import static tanito.Require.require;

import java.util.List;
import tanito.optim.OptimizerNames;

/**
 * How the Playground trains: the batch size, the optimiser and its hyper-parameters, the penalty, early
 * stopping, and the order in which each epoch visits the training points.
 *
 * @param optimizer one of {@link #OPTIMIZERS}, at {@code learningRate}
 * @param momentum the momentum of momentum, nesterov, sgd and rmsprop; null for the optimiser's default
 * @param beta1 the first-moment decay of the Adam family; null for the default
 * @param beta2 the second-moment decay of the Adam family; null for the default
 * @param regularizationRate the penalty's strength; ignored (and must be 0) without regularisation
 * @param patience early stopping's patience in epochs, 0 for none; with early stopping a fifth of the
 *     training points is held out as a validation set, whose loss early stopping watches (the test points
 *     stay unseen)
 * @param restoreBest whether early stopping ends with the weights of the epoch of the lowest validation loss
 * @param order the order in which each epoch visits the training points, one of {@link #ORDERS}
 */
public record TrainingChoice(int batchSize, double learningRate, String optimizer, Double momentum, Double beta1,
                             Double beta2, Regularization regularization, double regularizationRate, int patience,
                             boolean restoreBest, String order) {
    /** The optimisers that train batch by batch at the page's learning rate: all of {@link OptimizerNames} but L-BFGS. */
    public static final List<String> OPTIMIZERS =
            OptimizerNames.NAMES.stream().filter(name -> !name.equals("lbfgs")).toList();
    /** The epoch orderings of {@link tanito.data.EpochOrder}. */
    public static final List<String> ORDERS = List.of("random", "sequential", "interleaved", "hard-first");

    public TrainingChoice {
        require(batchSize >= 1 && batchSize <= 1000, "batchSize must be in [1, 1000], was %d", batchSize);
        require(learningRate > 0 && learningRate <= 10, "learningRate must be in (0, 10], was %s", learningRate);
        require(regularization != null, "regularization must be one of %s, was null", Regularization.ids());
        require(regularizationRate >= 0 && regularizationRate <= 10,
                "regularizationRate must be in [0, 10], was %s", regularizationRate);
        require(regularization != Regularization.NONE || regularizationRate == 0,
                "regularizationRate must be 0 without regularization, was %s", regularizationRate);
        require(OPTIMIZERS.contains(optimizer), "optimizer must be one of %s, was %s", OPTIMIZERS, optimizer);
        require(patience >= 0 && patience <= 1000, "patience must be in [0, 1000] (0: no early stopping), was %d",
                patience);
        require(patience > 0 || !restoreBest, "restoreBest needs early stopping (patience > 0), was patience %d",
                patience);
        require(ORDERS.contains(order), "order must be one of %s, was %s", ORDERS, order);
        PlaygroundOptimizer.spec(optimizer, learningRate, momentum, beta1, beta2); // names the value that does not fit
    }
}
