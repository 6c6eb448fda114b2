package tanito.train;

import tanito.data.Dataset;
import tanito.data.FittedPreprocessing;
import tanito.linalg.Params;
import tanito.linalg.Rng;
import tanito.metrics.Metric;
import tanito.nn.Network;
import tanito.nn.NetworkSpec;
import tanito.optim.Optimizer;

/**
 * The parts of one training run that an {@link EpochTrainer} works with: the configuration, the
 * network (whose parameters the run owns), its optimiser, the preprocessing fitted on the training
 * set, the raw training set, the run's random stream (split it by purpose, epoch and step), and the
 * hooks that set the learning rate for a step and report a finished batch.
 */
public final class EpochContext {
    private final TrainerConfig config;
    private final Network network;
    private final Optimizer optimizer;
    private final FittedPreprocessing preprocessing;
    private final Dataset train;
    private final Rng rng;
    private final Run run;

    EpochContext(TrainerConfig config, Network network, Optimizer optimizer, FittedPreprocessing preprocessing,
                 Dataset train, Rng rng, Run run) {
        this.config = config;
        this.network = network;
        this.optimizer = optimizer;
        this.preprocessing = preprocessing;
        this.train = train;
        this.rng = rng;
        this.run = run;
    }

    public TrainerConfig config() {
        return config;
    }

    public NetworkSpec spec() {
        return network.spec();
    }

    /** The run's network; its parameters are the run's. */
    public Network network() {
        return network;
    }

    public Params params() {
        return network.params();
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public FittedPreprocessing preprocessing() {
        return preprocessing;
    }

    /** The raw (unscaled) training set. */
    public Dataset train() {
        return train;
    }

    /** The metric the run reports besides the loss. */
    public Metric metric() {
        return Metric.forLoss(config.loss().primary());
    }

    /** The run's random stream; derive every choice from it with {@link Rng#split}. */
    public Rng rng() {
        return rng;
    }

    /** Sets the optimiser's learning-rate multiplier for step {@code step} (schedule and reductions). */
    public void setLearningRateFor(long step) {
        run.setLearningRateFor(step);
    }

    /** Tells the callbacks that batch {@code batch} of {@code batches} ended with the epoch's running mean loss. */
    public void batchEnd(int epoch, int batch, int batches, double runningLoss) {
        run.batchEnd(epoch, batch, batches, runningLoss);
    }
}
