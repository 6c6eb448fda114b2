package tanito.train;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.List;
import tanito.data.Dataset;
import tanito.data.FittedPreprocessing;
import tanito.linalg.Rng;
import tanito.loss.SoftmaxCrossEntropy;
import tanito.metrics.EpochMetrics;
import tanito.metrics.Evaluation;
import tanito.metrics.Metric;
import tanito.nn.HeadSpec;
import tanito.nn.Network;
import tanito.nn.NetworkSpec;
import tanito.optim.Objective;
import tanito.optim.Optimizer;

/**
 * Trains a network by mini-batch gradient descent: each epoch visits the training rows in a fresh
 * seeded order, in batches of {@code batchSize}: forward, loss plus penalty, backward, optimiser
 * step; then it evaluates the validation set and tells the callbacks. The preprocessing (imputer,
 * scalers) is fitted on the training set only. A non-finite loss stops the run and keeps the best (or last finite) weights.
 * The inputs are never modified.
 */
public final class Trainer {
    private static final long INIT = 1;
    private static final long ORDER = 2;
    private static final long DROPOUT = 3;

    private final TrainerConfig config;
    private final List<Callback> callbacks;

    public Trainer(TrainerConfig config, Callback... callbacks) {
        this.config = config;
        this.callbacks = List.of(callbacks);
    }

    /**
     * Fits a new network of shape {@code spec} to {@code train}, validating on {@code validation}
     * (may be null) after each epoch.
     */
    public TrainingResult fit(NetworkSpec spec, Dataset train, Dataset validation) {
        checkFits(spec, train, validation);
        Rng rng = Rng.seeded(config.seed());
        FittedPreprocessing preprocessing = config.preprocessing().fit(train);
        Examples trainSet = Examples.of(train, preprocessing, config.loss(), spec)
                .recordingErrors(config.order().usesErrors());
        Examples validationSet = validation == null ? null : Examples.of(validation, preprocessing, config.loss(), spec);
        Network network = spec.build(rng.split(INIT));
        Optimizer optimizer = config.optimizer().create(network.params().size());
        Metric metric = Metric.forLoss(config.loss().primary());
        EarlyStoppingCallback earlyStopping =
                config.earlyStopping() == null ? null : new EarlyStoppingCallback(config.earlyStopping());
        Run run = new Run(network.params(), optimizer, config.schedule(), metric.key(), config.epochs(),
                earlyStopping, validation != null, allCallbacks(earlyStopping));
        Batch batch = new Batch(Math.min(config.batchSize(), train.rows()), trainSet, spec.outputSizes());
        BatchObjective objective = new BatchObjective(network, config.loss(), config.penalties(), metric, batch,
                trainSet);

        for (int epoch = 1; epoch <= config.epochs() && !run.stopRequested(); epoch++) {
            double[] trained = trainEpoch(epoch, optimizer, trainSet, batch, objective, rng, run);
            if (trained == null) {
                break;
            }
            Evaluation validated = validationSet == null ? null
                    : Scorer.score(network, config.loss(), config.penalties(), metric, validationSet);
            if (validated != null && !Double.isFinite(validated.loss())) {
                run.nonFinite(epoch, "the validation after epoch " + epoch, validated.loss());
                break;
            }
            run.endEpoch(new EpochMetrics(epoch, trained[0], trained[1],
                    validated == null ? Double.NaN : validated.loss(),
                    validated == null ? Double.NaN : validated.metric()));
        }
        run.end();
        Model model = new Model(spec, network.params().values(), preprocessing, config, train.featureNames(),
                train.targetNames(), train.classNames(), Provenance.of(config.seed(), train));
        return new TrainingResult(model, run.history(), run.bestEpoch(),
                weightsEpoch(run, earlyStopping), run.stop());
    }

    /** One pass over the training rows; returns {mean loss, mean metric}, or null when the loss stopped being finite. */
    private double[] trainEpoch(int epoch, Optimizer optimizer, Examples data, Batch batch, BatchObjective objective,
                                Rng rng, Run run) {
        int n = data.rows();
        int[] order = config.order().order(n, data.labels(), data.recentErrors(), rng.split(ORDER, epoch));
        int batches = (n + config.batchSize() - 1) / config.batchSize();
        Objective clipped = config.clipping() == null ? objective : config.clipping().apply(objective);
        double lossSum = 0;
        double metricSum = 0;
        for (int b = 0; b < batches; b++) {
            int from = b * config.batchSize();
            int to = Math.min(n, from + config.batchSize());
            batch.fill(data, order, from, to);
            objective.reset(rng.split(DROPOUT, epoch, b), order, from);
            run.setLearningRateFor(optimizer.steps() + 1);
            double loss = optimizer.step(run.params(), clipped);
            if (!Double.isFinite(loss)) {
                run.nonFinite(epoch, "batch " + (b + 1) + " of epoch " + epoch, loss);
                return null;
            }
            lossSum += loss * batch.rows();
            metricSum += objective.firstMetricSum();
            run.batchEnd(epoch, b + 1, batches, lossSum / to);
        }
        return new double[] {lossSum / n, metricSum / n};
    }

    private List<Callback> allCallbacks(EarlyStoppingCallback earlyStopping) {
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

    private int weightsEpoch(Run run, EarlyStoppingCallback earlyStopping) {
        boolean restored = earlyStopping != null && config.earlyStopping().restoreBestWeights();
        return restored && earlyStopping.bestEpoch() > 0 ? earlyStopping.bestEpoch() : run.lastCompletedEpoch();
    }

    private void checkFits(NetworkSpec spec, Dataset train, Dataset validation) {
        require(train.rows() > 0, "the training set is empty");
        require(spec.inputs() == train.features().cols(),
                "the network takes %d inputs but the data has %d feature columns", spec.inputs(), train.features().cols());
        List<String> heads = spec.heads().stream().map(HeadSpec::name).toList();
        config.loss().checkFits(heads, spec.outputSizes(), train.targets().cols());
        if (train.isClassification() && config.loss().primary() instanceof SoftmaxCrossEntropy) {
            require(spec.outputSizes().get(0) == train.classNames().size(),
                    "the output head has %d units but the data has %d classes %s",
                    spec.outputSizes().get(0), train.classNames().size(), train.classNames());
        }
        require(!config.preprocessing().scalesTargets() || spec.heads().size() == 1,
                "target scaling needs a single head; this network has %d", spec.heads().size());
        if (validation != null) {
            require(validation.features().cols() == train.features().cols()
                            && validation.targets().cols() == train.targets().cols(),
                    "validation data has %d features and %d targets, training data %d and %d",
                    validation.features().cols(), validation.targets().cols(),
                    train.features().cols(), train.targets().cols());
            require(validation.rows() > 0, "the validation set is empty");
        }
        String metric = Metric.forLoss(config.loss().primary()).key();
        if (config.earlyStopping() != null) {
            checkMonitor("early stopping", config.earlyStopping().monitor(), metric, validation != null);
        }
        if (config.plateau() != null) {
            checkMonitor("reduce-on-plateau", config.plateau().monitor(), metric, validation != null);
        }
    }

    private static void checkMonitor(String who, String monitor, String metric, boolean validated) {
        require(!monitor.startsWith("val_") || validated, "%s monitors %s but no validation set was given", who, monitor);
        String watched = monitor.replace("val_", "");
        require(watched.equals("loss") || watched.equals(metric),
                "%s monitors %s but this run measures loss and %s", who, monitor, metric);
    }
}
