package tanito.train;

import static tanito.Require.require;

import java.util.List;
import tanito.data.Dataset;
import tanito.loss.SoftmaxCrossEntropy;
import tanito.metrics.Metric;
import tanito.nn.HeadSpec;
import tanito.nn.NetworkSpec;

/**
 * Trains a network by mini-batch gradient descent: each epoch visits the training rows in a fresh
 * seeded order, in batches of {@code batchSize}: forward, loss plus penalty, backward, optimiser
 * step; then it evaluates the validation set and tells the callbacks (the loop is {@link TrainingRun}). The preprocessing (imputer,
 * scalers) is fitted on the training set only. A non-finite loss stops the run and keeps the best (or last finite) weights.
 * The inputs are never modified.
 */
public final class Trainer {
    private final TrainerConfig config;
    private final List<Callback> callbacks;
    private final EpochTrainer.Factory epochs;

    public Trainer(TrainerConfig config, Callback... callbacks) {
        this(config, MiniBatchEpochs.local(), List.of(callbacks));
    }

    private Trainer(TrainerConfig config, EpochTrainer.Factory epochs, List<Callback> callbacks) {
        this.config = config;
        this.callbacks = callbacks;
        this.epochs = epochs;
    }

    /**
     * This trainer with each epoch trained by what {@code newEpochs} makes (tanito-spark's distributed
     * epochs), everything else (preprocessing, validation, history, callbacks) unchanged.
     */
    public Trainer withEpochs(EpochTrainer.Factory newEpochs) {
        return new Trainer(config, newEpochs, callbacks);
    }

    /**
     * Fits a new network of shape {@code spec} to {@code train}, validating on {@code validation}
     * (may be null) after each epoch.
     */
    public TrainingResult fit(NetworkSpec spec, Dataset train, Dataset validation) {
        TrainingRun run = start(spec, train, validation);
        while (run.step()) {
            // each step is one epoch
        }
        return run.finish();
    }

    /**
     * Starts a run of {@link #fit} without training yet: the caller advances it one epoch at a time
     * with {@link TrainingRun#step} and ends it with {@link TrainingRun#finish}.
     */
    public TrainingRun start(NetworkSpec spec, Dataset train, Dataset validation) {
        checkFits(spec, train, validation);
        return new TrainingRun(config, callbacks, spec, train, validation, epochs);
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
