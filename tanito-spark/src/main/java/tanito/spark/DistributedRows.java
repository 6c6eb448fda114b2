package tanito.spark;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import tanito.data.Dataset;
import tanito.data.FittedPreprocessing;
import tanito.data.Preprocessing;
import tanito.linalg.Matrix;
import tanito.train.EpochContext;
import tanito.train.EpochTrainer;
import tanito.train.MiniBatchEpochs;

/**
 * Where one Spark run's training rows live and how its epochs are trained. The raw rows go to the
 * executors once; the scalers' statistics come back from there ({@link ShardStatistics}); then each
 * partition prepares its own rows with the fitted preprocessing and keeps them for the run, and the
 * epochs are trained as {@link Parallelism} says. Closing it drops the shards.
 */
final class DistributedRows implements EpochTrainer.Factory, AutoCloseable {
    private final JavaSparkContext spark;
    private final Parallelism parallelism;
    private final List<ShardedData> opened = new ArrayList<>();
    private ShardedData raw;

    DistributedRows(JavaSparkContext spark, Parallelism parallelism) {
        this.spark = spark;
        this.parallelism = parallelism;
    }

    /** Sends the raw training rows to the executors and fits {@code preprocessing} from their statistics. */
    @Override
    public FittedPreprocessing fitPreprocessing(Preprocessing preprocessing, Dataset train) {
        raw = ShardedData.of(spark, train.features(), List.of(train.targets()), parallelism.partitions());
        opened.add(raw);
        return preprocessing.fit(train, new ShardStatistics(raw, train.features().cols(), train.targets().cols()));
    }

    @Override
    public EpochTrainer create(EpochContext context) {
        require(raw != null, "the preprocessing must be fitted before the epochs are made");
        Recipe recipe = new Recipe(context.spec(), context.config());
        Parcel<FittedPreprocessing> fitted = new Parcel<>(context.preprocessing(), FittedPreprocessing.class);
        ShardedData data = raw.mapShards(shard -> prepared(shard, fitted.get(), recipe));
        opened.add(data);
        if (parallelism instanceof Parallelism.Average average) {
            return new LocalSgdEpochs(context, data, recipe, average.localSteps());
        }
        SyncBatches batches = new SyncBatches(data, recipe, context.network(), context.config().penalties());
        return new MiniBatchEpochs(context, batches, labels(context.train()), null);
    }

    /** A raw shard's rows imputed and scaled, its targets scaled and cut into the heads' blocks. */
    private static Shard prepared(Shard raw, FittedPreprocessing preprocessing, Recipe recipe) {
        Matrix features = preprocessing.features(raw.featureMatrix());
        List<Matrix> targets = recipe.config().loss().splitTargets(
                preprocessing.targets(raw.targetMatrices().get(0)), recipe.spec().outputSizes());
        return raw.with(features, targets);
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

    @Override
    public void close() {
        opened.forEach(ShardedData::close);
    }
}
