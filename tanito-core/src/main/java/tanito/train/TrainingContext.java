package tanito.train;

import tanito.linalg.Params;
import tanito.metrics.History;

/** What a {@link Callback} may see and do during a run. */
public interface TrainingContext {

    /** The network's parameters (live): callbacks may snapshot and restore them. */
    Params params();

    /** The epochs so far. */
    History history();

    /** The number of epochs the run was configured for. */
    int plannedEpochs();

    /** The learning rate of the last step, with any reduction made since (schedule included). */
    double learningRate();

    /** Multiplies the learning rate from now on by {@code factor}, on top of the schedule (reduce-on-plateau). */
    void scaleLearningRate(double factor);

    /** Asks the loop to stop after the current epoch, saying why. */
    void requestStop(String reason);
}
