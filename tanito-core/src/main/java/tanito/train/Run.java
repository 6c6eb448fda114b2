package tanito.train;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import tanito.linalg.Params;
import tanito.metrics.EpochMetrics;
import tanito.metrics.History;
import tanito.optim.LearningRate;
import tanito.optim.Optimizer;
import tanito.optim.Schedule;

/**
 * The state of one run as the callbacks see it: history, stop requests, and the weights at the end of
 * the last epoch whose losses were finite, which a non-finite loss falls back to.
 */
final class Run implements TrainingContext {
    private final Params params;
    private final Optimizer optimizer;
    private final Schedule schedule;
    private final int plannedEpochs;
    private final EarlyStoppingCallback earlyStopping;
    private final boolean validated;
    private final List<Callback> callbacks;
    private History history;
    private float[] lastFinite;
    private int lastCompletedEpoch;
    private Stop stop;
    private double learningRateScale = 1;

    /**
     * @param earlyStopping the run's early stopping, also among {@code callbacks}, or null
     * @param validated whether epochs are validated, which decides the loss that picks the best epoch
     *                  when there is no early stopping
     */
    Run(Params params, Optimizer optimizer, Schedule schedule, String metric, int plannedEpochs,
        EarlyStoppingCallback earlyStopping, boolean validated, List<Callback> callbacks) {
        this.params = params;
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.plannedEpochs = plannedEpochs;
        this.earlyStopping = earlyStopping;
        this.validated = validated;
        this.callbacks = callbacks;
        this.history = History.empty(metric);
        this.lastFinite = params.snapshot();
        callbacks.forEach(c -> c.onTrainBegin(this));
    }

    void batchEnd(int epoch, int batch, int batches, double runningLoss) {
        callbacks.forEach(c -> c.onBatchEnd(epoch, batch, batches, runningLoss));
    }

    void endEpoch(EpochMetrics metrics) {
        history = history.plus(metrics);
        lastFinite = params.snapshot();
        lastCompletedEpoch = metrics.epoch();
        callbacks.forEach(c -> c.onEpochEnd(metrics, this));
    }

    void nonFinite(int epoch, String where, double loss) {
        stop = new Stop(Stop.Reason.NON_FINITE_LOSS, epoch, String.format(Locale.ROOT,
                "the loss became %s in %s; training stopped and kept the weights of the best epoch "
                        + "(try a smaller learning rate)", loss, where));
        params.restore(lastFinite);
    }

    void end() {
        if (stop == null) {
            stop = new Stop(Stop.Reason.COMPLETED, lastCompletedEpoch, "completed " + lastCompletedEpoch + " epochs");
        }
        callbacks.forEach(c -> c.onTrainEnd(this));
    }

    boolean stopRequested() {
        return stop != null;
    }

    Stop stop() {
        return stop;
    }

    int lastCompletedEpoch() {
        return lastCompletedEpoch;
    }

    @Override
    public Params params() {
        return params;
    }

    @Override
    public History history() {
        return history;
    }

    @Override
    public int plannedEpochs() {
        return plannedEpochs;
    }

    @Override
    public int bestEpoch() {
        if (earlyStopping != null) {
            return earlyStopping.bestEpoch();
        }
        double[] values = history.values(validated ? "val_loss" : "loss");
        int best = 0;
        for (int i = 0; i < values.length; i++) {
            if (best == 0 || values[i] < values[best - 1]) {
                best = i + 1;
            }
        }
        return best;
    }

    @Override
    public Optional<EarlyStopping> earlyStopping() {
        return earlyStopping == null ? Optional.empty() : Optional.of(earlyStopping.spec());
    }

    @Override
    public OptionalInt patienceLeft() {
        return earlyStopping == null ? OptionalInt.empty() : OptionalInt.of(earlyStopping.patienceLeft());
    }

    @Override
    public double learningRate() {
        return optimizer.learningRate();
    }

    @Override
    public void scaleLearningRate(double factor) {
        learningRateScale *= LearningRate.requireMultiplier(factor);
        setLearningRateFor(Math.max(1, optimizer.steps()));
    }

    /** Sets the optimiser's multiplier for {@code step}: the schedule's factor times the reductions so far. */
    void setLearningRateFor(long step) {
        optimizer.setLearningRateMultiplier(schedule.factor(step) * learningRateScale);
    }

    @Override
    public void requestStop(String reason) {
        if (stop == null) {
            stop = new Stop(Stop.Reason.EARLY_STOPPED, lastCompletedEpoch, reason);
        }
    }
}
