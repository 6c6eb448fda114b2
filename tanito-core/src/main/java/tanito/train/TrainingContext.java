package tanito.train;

import java.util.Optional;
import java.util.OptionalInt;
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

    /**
     * The best epoch so far (1-based; 0 before the first epoch ends), as {@link TrainingResult#bestEpoch()}
     * will report it: early stopping's (its monitor, mode and {@code minDelta}) when the run has early
     * stopping, else the epoch of the lowest validation loss, or training loss without validation. The
     * trainer tells its own early stopping before any other callback, so during {@code onEpochEnd} this
     * already counts the epoch that just ended.
     */
    int bestEpoch();

    /** The run's early stopping settings, or empty when it has none. */
    Optional<EarlyStopping> earlyStopping();

    /**
     * With early stopping, how many more epochs without improvement the run will take before it stops:
     * {@code patience} minus the epochs since the best one, never below 0;
     * empty without early stopping.
     */
    OptionalInt patienceLeft();

    /** The learning rate of the last step, with any reduction made since (schedule included). */
    double learningRate();

    /** Multiplies the learning rate from now on by {@code factor}, on top of the schedule (reduce-on-plateau). */
    void scaleLearningRate(double factor);

    /** Asks the loop to stop after the current epoch, saying why. */
    void requestStop(String reason);
}
