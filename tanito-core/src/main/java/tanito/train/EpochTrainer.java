package tanito.train;

import tanito.data.Dataset;
import tanito.data.FittedPreprocessing;
import tanito.data.Preprocessing;

/**
 * One pass over the training rows, however they are visited: {@link MiniBatchEpochs} (mini-batches,
 * one optimiser step each, on this machine or, through another {@link BatchSource}, on a cluster) or
 * tanito-spark's local SGD. The {@link TrainingRun} around it validates, keeps the history and tells
 * the callbacks, the same for every kind.
 */
public interface EpochTrainer {

    /** Creates the epoch trainer of one run from the run's parts; called once per run. */
    @FunctionalInterface
    interface Factory {
        EpochTrainer create(EpochContext context);

        /**
         * Fits the run's preprocessing on {@code train} before {@link #create}: on this machine by
         * default; tanito-spark's factory takes the scalers' statistics from its partitions.
         */
        default FittedPreprocessing fitPreprocessing(Preprocessing preprocessing, Dataset train) {
            return preprocessing.fit(train);
        }
    }

    /**
     * Trains epoch {@code epoch} (from 1), moving {@code context.params()}; returns its mean loss and
     * metric over the rows it visited, or where the loss stopped being finite.
     */
    EpochLoss train(int epoch);
}
