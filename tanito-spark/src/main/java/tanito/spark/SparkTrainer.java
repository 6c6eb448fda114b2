package tanito.spark;

import static tanito.Require.require;

import org.apache.spark.api.java.JavaSparkContext;
import tanito.data.Dataset;
import tanito.nn.NetworkSpec;
import tanito.train.Callback;
import tanito.train.Trainer;
import tanito.train.TrainerConfig;
import tanito.train.TrainingResult;

/**
 * {@link Trainer} on a Spark cluster: the same preprocessing (fitted on the training set only),
 * validation, history, early stopping and callbacks, and the same model, with each epoch's gradients
 * computed by the executors as {@link Parallelism} says. The executors receive the raw training rows
 * once, return the imputer's and scalers' statistics ({@link ShardStatistics}) and keep their
 * partitions, prepared, for the run; the driver still holds the training rows (it checks them and
 * draws the epoch orders).
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
        try (DistributedRows rows = new DistributedRows(spark, parallelism)) {
            return new Trainer(runConfig, callbacks).withEpochs(rows).fit(spec, train, validation);
        }
    }
}
