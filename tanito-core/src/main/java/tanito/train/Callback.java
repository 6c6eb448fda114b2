package tanito.train;

import tanito.metrics.EpochMetrics;

/**
 * Something that watches a run and may act on it: early stopping, progress output, checkpoints,
 * schedules. The training loop tells every callback, in order, at these points.
 */
public interface Callback {

    default void onTrainBegin(TrainingContext context) {}

    /** After each batch; {@code runningLoss} is the mean loss of the epoch's batches so far. */
    default void onBatchEnd(int epoch, int batch, int batches, double runningLoss) {}

    /** After each epoch's validation. */
    default void onEpochEnd(EpochMetrics metrics, TrainingContext context) {}

    /** Once at the end, also when training stopped early or on a non-finite loss. */
    default void onTrainEnd(TrainingContext context) {}
}
