package tanito.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import tanito.data.Dataset;
import tanito.data.IdxReader;
import tanito.data.Preprocessing;
import tanito.data.ScalerSpec;
import tanito.linalg.Matrix;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.train.EpochTimer;
import tanito.train.Trainer;
import tanito.train.TrainerConfig;
import tanito.train.TrainingResult;

/**
 * The benchmark of acceptance 6, run by hand (not a test): Fashion-MNIST (60,000 rows, 784-256-128-10
 * ReLU, Adam, batch 128, as {@code tanito bench} but a larger batch), one machine against {@code sync}
 * and {@code average} in the same JVM on the given master, three epochs each, the faster of the
 * second and third timed (the first warms up; on a shared machine the faster is the less disturbed). Also
 * times a round with no work (one job over the partitions returning nothing), the fixed cost every
 * {@code sync} step and {@code average} round pays.
 *
 * <p>Usage: {@code SparkBenchmark [master] [idx-dir]}, defaults {@code local[2]} and
 * {@code /usr/share/datasets/fashion-mnist}; {@code SparkBenchmark MASTER rounds} times only the empty
 * round on 1, 2, 4 and 8 partitions.
 */
public final class SparkBenchmark {
    private static final int BATCH = 128;

    private SparkBenchmark() {}

    public static void main(String[] args) throws IOException {
        String master = args.length > 0 ? args[0] : "local[2]";
        if (args.length > 1 && args[1].equals("rounds")) {
            roundsOnly(master);
            return;
        }
        Path dir = Path.of(args.length > 1 ? args[1] : "/usr/share/datasets/fashion-mnist");
        Dataset train = IdxReader.readDirectory(dir, true, 1f / 255);
        Dataset test = IdxReader.readDirectory(dir, false, 1f / 255);
        NetworkSpec net = NetworkSpec.input(784).dense(256, Activation.relu()).dense(128, Activation.relu()).output(10);
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.withLearningRate(1e-3))
                .withBatchSize(BATCH).withEpochs(3).withSeed(42)
                .withPreprocessing(Preprocessing.standard().withFeatures(ScalerSpec.none()));
        EpochTimer local = new EpochTimer();
        report("one machine", train.rows(), local, new Trainer(config, local).fit(net, train, null), test, 0);
        try (SparkRun run = SparkRun.start(master, "tanito-spark benchmark")) {
            int partitions = run.defaultPartitions();
            System.out.printf(Locale.ROOT, "Spark %s, %d partitions; empty round: %.1f ms%n", run.describe(),
                    partitions, emptyRoundMillis(run, net.parameterCount(), partitions));
            int steps = (train.rows() + BATCH - 1) / BATCH;
            for (Parallelism mode : List.of(new Parallelism.Sync(partitions), new Parallelism.Average(partitions, 8),
                    new Parallelism.Average(partitions, 32))) {
                int rounds = mode instanceof Parallelism.Average a
                        ? ((train.rows() / partitions + BATCH - 1) / BATCH + a.localSteps() - 1) / a.localSteps() : steps;
                EpochTimer clock = new EpochTimer();
                long start = System.nanoTime();
                TrainingResult result = run.train(config, mode, net, train, null, clock);
                report(mode.toString(), train.rows(), clock, result, test, rounds);
                System.out.printf(Locale.ROOT, "  (whole run with distribution: %.1f s)%n", (System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static void report(String what, int rows, EpochTimer clock, TrainingResult result, Dataset test, int rounds) {
        double seconds = Math.min(clock.seconds().get(1), clock.seconds().get(2));
        System.out.printf(Locale.ROOT, "  epochs: %s s%n", clock.seconds().stream()
                .map(t -> String.format(Locale.ROOT, "%.2f", t)).toList());
        System.out.printf(Locale.ROOT, "%-40s %8.0f samples/s (fastest of epochs 2-3: %.2f s%s), test accuracy %.4f%n", what,
                rows / seconds, seconds, rounds > 0 ? String.format(Locale.ROOT, ", %d rounds, %.1f ms a round",
                        rounds, 1000 * seconds / rounds) : "", result.model().evaluate(test).metric());
    }

    /** The fixed cost of a round against the partitions (1 to 8), for the scaling estimate. */
    private static void roundsOnly(String master) {
        int parameters = NetworkSpec.input(784).dense(256, Activation.relu()).dense(128, Activation.relu()).output(10)
                .parameterCount();
        try (SparkRun run = SparkRun.start(master, "tanito-spark benchmark")) {
            for (int partitions : new int[] {1, 2, 4, 8}) {
                System.out.printf(Locale.ROOT, "empty round, %d partitions, %d weights: %.1f ms%n", partitions, parameters,
                        emptyRoundMillis(run, parameters, partitions));
            }
        }
    }

    /** The mean time of a job that sends a weight vector to every partition and returns one number from each. */
    private static double emptyRoundMillis(SparkRun run, int parameters, int partitions) {
        JavaSparkContext spark = run.context();
        Matrix rows = Matrix.zeros(partitions, 1);
        try (ShardedData data = ShardedData.of(spark, rows, List.of(rows), partitions)) {
            float[] weights = new float[parameters];
            for (int i = 0; i < 20; i++) {
                data.map(shard -> weights.length); // warms the JIT and the executors up
            }
            long start = System.nanoTime();
            int repeats = 50;
            for (int i = 0; i < repeats; i++) {
                data.map(shard -> weights[0] + shard.rows());
            }
            return (System.nanoTime() - start) / 1e6 / repeats;
        }
    }
}
