package tanito.spark;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import tanito.data.Dataset;
import tanito.linalg.Matrix;
import tanito.nn.NetworkSpec;
import tanito.train.Callback;
import tanito.train.EpochContext;
import tanito.train.EpochTrainer;
import tanito.train.MiniBatchEpochs;
import tanito.train.Trainer;
import tanito.train.TrainerConfig;
import tanito.train.TrainingResult;

/**
 * {@link Trainer} on a Spark cluster: the same preprocessing (fitted on the training set only),
 * validation, history, early stopping and callbacks, and the same model, with each epoch's gradients
 * computed by the executors as {@link Parallelism} says. The driver holds the training rows to fit
 * the scaler and draw the epoch orders; the executors hold their partitions, prepared, for the run.
 */
public final class SparkTrainer {
    private final JavaSparkContext spark;
    private final TrainerConfig config;
    private final Parallelism parallelism;
    private final Callback[] callbacks;

    public SparkTrainer(JavaSparkContext spark, TrainerConfig config, Parallelism parallelism, Callback... callbacks) {
        require(!config.order().usesErrors(), "the error-emphasising epoch order is not available on Spark; "
                + "use random or interleaved");
        this.spark = spark;
        this.config = config;
        this.parallelism = parallelism;
        this.callbacks = callbacks.clone();
    }

    /** Fits a new network of shape {@code spec} to {@code train}, validating on {@code validation} (may be null). */
    public TrainingResult fit(NetworkSpec spec, Dataset train, Dataset validation) {
        TrainerConfig runConfig = parallelism instanceof Parallelism.FullBatch
                ? config.withBatchSize(Math.max(1, train.rows())) : config;
        List<ShardedData> opened = new ArrayList<>();
        try {
            return new Trainer(runConfig, callbacks).withEpochs(epochs(opened)).fit(spec, train, validation);
        } finally {
            opened.forEach(ShardedData::close);
        }
    }

    private EpochTrainer.Factory epochs(List<ShardedData> opened) {
        return context -> {
            ShardedData data = distribute(context);
            opened.add(data);
            Recipe recipe = new Recipe(context.spec(), context.config());
            if (parallelism instanceof Parallelism.Average average) {
                return new LocalSgdEpochs(context, data, recipe, average.localSteps());
            }
            SyncBatches batches = new SyncBatches(data, recipe, context.network(), context.config().penalties());
            return new MiniBatchEpochs(context, batches, labels(context.train()), null);
        };
    }

    /** The training rows, prepared with the preprocessing fitted on them, cut into the partitions. */
    private ShardedData distribute(EpochContext context) {
        Dataset train = context.train();
        Matrix features = context.preprocessing().features(train.features());
        List<Matrix> targets = context.config().loss().splitTargets(
                context.preprocessing().targets(train.targets()), context.spec().outputSizes());
        return ShardedData.of(spark, features, targets, parallelism.partitions());
    }

    private static int[] labels(Dataset train) {
        if (!train.isClassification()) {
            return null;
        }
        int[] labels = new int[train.rows()];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = train.label(r);
        }
        return labels;
    }
}
