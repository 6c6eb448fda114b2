package tanito.train;

import java.util.ArrayList;
import java.util.List;
import tanito.data.Dataset;
import tanito.data.FittedPreprocessing;
import tanito.linalg.Rng;
import tanito.metrics.EpochMetrics;
import tanito.metrics.Evaluation;
import tanito.metrics.History;
import tanito.metrics.Metric;
import tanito.nn.Network;
import tanito.nn.NetworkSpec;
import tanito.optim.Optimizer;

/**
 * One training run advanced an epoch at a time: {@link Trainer#fit} is {@code start}, {@link #step}
 * until it returns false, {@link #finish}; an interactive caller (the Playground) steps at its own
 * pace and looks at the {@link #model} between epochs. Each epoch visits the training rows in a fresh
 * seeded order, in batches: forward, loss plus penalty, backward, optimiser step; then it validates
 * and tells the callbacks. A non-finite loss ends the run and keeps the last finite weights.
 *
 * <p>Not thread-safe: one thread steps a run.
 */
public final class TrainingRun {
    private static final long INIT = 1;

    private final TrainerConfig config;
    private final NetworkSpec spec;
    private final Dataset train;
    private final Rng rng;
    private final FittedPreprocessing preprocessing;
    private final Examples validationSet;
    private final Network network;
    private final Optimizer optimizer;
    private final Metric metric;
    private final EarlyStoppingCallback earlyStopping;
    private final Run run;
    private final EpochTrainer epochs;
    private final Provenance provenance;
    private int epoch;
    private boolean finished;

    /**
     * Builds the network and fits the preprocessing; the arguments were checked by {@link Trainer}.
     * {@code epochs} makes what trains each epoch ({@link MiniBatchEpochs#local} on this machine).
     */
    TrainingRun(TrainerConfig config, List<Callback> callbacks, NetworkSpec spec, Dataset train, Dataset validation,
                EpochTrainer.Factory epochs) {
        this.config = config;
        this.spec = spec;
        this.train = train;
        this.rng = Rng.seeded(config.seed());
        this.preprocessing = epochs.fitPreprocessing(config.preprocessing(), train);
        this.validationSet = validation == null ? null : Examples.of(validation, preprocessing, config.loss(), spec);
        this.network = config.seedPolicy() == SeedPolicy.PYTORCH ? spec.buildLikePyTorch(config.seed())
                : spec.build(rng.split(INIT));
        this.optimizer = config.optimizer().create(network.params().size());
        this.metric = Metric.forLoss(config.loss().primary());
        this.earlyStopping = config.earlyStopping() == null ? null : new EarlyStoppingCallback(config.earlyStopping());
        this.run = new Run(network.params(), optimizer, config.schedule(), metric.key(), config.epochs(),
                earlyStopping, validation != null, allCallbacks(callbacks));
        this.epochs = epochs.create(new EpochContext(config, network, optimizer, preprocessing, train, rng, run));
        this.provenance = Provenance.of(config.seed(), train);
    }

    /**
     * Trains the next epoch unless the run is over (all planned epochs done, a stop requested, a
     * non-finite loss, or {@link #finish} called); returns whether an epoch was completed.
     */
    public boolean step() {
        if (finished || epoch >= config.epochs() || run.stopRequested()) {
            return false;
        }
        int next = epoch + 1;
        EpochLoss trained = epochs.train(next);
        if (trained.failed()) {
            run.nonFinite(next, trained.failedAt(), trained.loss());
            return false;
        }
        Evaluation validated = validationSet == null ? null
                : Scorer.score(network, config.loss(), config.penalties(), metric, validationSet);
        if (validated != null && !Double.isFinite(validated.loss())) {
            run.nonFinite(next, "the validation after epoch " + next, validated.loss());
            return false;
        }
        epoch = next;
        run.endEpoch(new EpochMetrics(epoch, trained.loss(), trained.metric(),
                validated == null ? Double.NaN : validated.loss(),
                validated == null ? Double.NaN : validated.metric()));
        return true;
    }

    /** The number of epochs completed. */
    public int epoch() {
        return epoch;
    }

    /** The metrics of every completed epoch. */
    public History history() {
        return run.history();
    }

    /** A model with the current weights (a copy: later steps do not change it). */
    public Model model() {
        return new Model(spec, network.params().values(), preprocessing, config, train.featureNames(),
                train.targetNames(), train.classNames(), provenance);
    }

    /** Ends the run (telling the callbacks) and returns its result; later {@link #step}s do nothing. */
    public TrainingResult finish() {
        if (!finished) {
            finished = true;
            run.end();
        }
        return new TrainingResult(model(), run.history(), run.bestEpoch(), weightsEpoch(), run.stop());
    }

    private List<Callback> allCallbacks(List<Callback> callbacks) {
        List<Callback> all = new ArrayList<>();
        if (earlyStopping != null) {
            all.add(earlyStopping);
        }
        if (config.plateau() != null) {
            all.add(new ReduceOnPlateauCallback(config.plateau()));
        }
        all.addAll(callbacks);
        return all;
    }

    private int weightsEpoch() {
        boolean restored = earlyStopping != null && config.earlyStopping().restoreBestWeights();
        return restored && earlyStopping.bestEpoch() > 0 ? earlyStopping.bestEpoch() : run.lastCompletedEpoch();
    }
}
