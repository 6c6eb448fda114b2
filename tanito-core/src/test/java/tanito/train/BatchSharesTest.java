package tanito.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tanito.data.Datasets;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.linalg.Matrix;
import tanito.linalg.Parallel;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.loss.WeightedLoss;
import tanito.metrics.Metric;
import tanito.nn.Activation;
import tanito.nn.Network;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.regularize.Penalty;

/**
 * A batch evaluated in shares: one share is the single objective bit for bit; several add up to the
 * whole batch's mean loss and gradient; the shares give the same bits whether they run side by side
 * or one after another on one thread, and so does training.
 */
class BatchSharesTest {
    private static final int ROWS = 600;
    private static final int FEATURES = 20;
    private static final int CLASSES = 3;
    private static final WeightedLoss LOSS = WeightedLoss.of(Loss.softmaxCrossEntropy());
    private static final Metric ACCURACY = Metric.forLoss(Loss.softmaxCrossEntropy());
    private static final List<Penalty> L2 = List.of(Penalty.l2(1e-3));
    private static final Matrix FEATURES_MATRIX = gaussian(ROWS, FEATURES, Rng.seeded(3));
    private static final List<Matrix> TARGETS = List.of(labels(Rng.seeded(4)));

    @Test
    void theNumberOfSharesDependsOnTheBatchSizeAlone() {
        assertEquals(1, BatchShares.sharesFor(1));
        assertEquals(1, BatchShares.sharesFor(255));
        assertEquals(2, BatchShares.sharesFor(256));
        assertEquals(2, BatchShares.sharesFor(511));
        assertEquals(4, BatchShares.sharesFor(512));
        assertEquals(8, BatchShares.sharesFor(1024));
        assertEquals(8, BatchShares.sharesFor(60_000));
    }

    @Test
    void aBatchOfOneShareIsTheSingleObjectiveBitForBit() {
        int[] order = Rng.seeded(5).permutation(ROWS);
        Evaluation single = firstEvaluation(BatchObjective::new, spec(0.2), 255, order, 10, 265);
        Evaluation shares = firstEvaluation(BatchShares::new, spec(0.2), 255, order, 10, 265);
        assertEquals(single.value(), shares.value());
        assertArrayEquals(single.gradient(), shares.gradient());
        assertEquals(single.metricSum(), shares.metricSum());
    }

    @Test
    void sharesAddUpToTheWholeBatchsMeanLossAndGradient() {
        int[] order = Rng.seeded(6).permutation(ROWS);
        Evaluation whole = firstEvaluation(BatchObjective::new, spec(0), 600, order, 0, 517);
        Evaluation shares = firstEvaluation(BatchShares::new, spec(0), 600, order, 0, 517); // 4 of 129 or 130 rows
        assertEquals(whole.value(), shares.value(), 1e-6 * whole.value());
        double largest = 0;
        double worst = 0;
        for (int i = 0; i < whole.gradient().length; i++) {
            largest = Math.max(largest, Math.abs(whole.gradient()[i]));
            worst = Math.max(worst, Math.abs(whole.gradient()[i] - shares.gradient()[i]));
        }
        assertTrue(worst <= 1e-6 * largest, "largest gradient " + largest + ", worst difference " + worst);
        assertNotEquals(0, worst, "the shares' sums round differently from one product over the batch");
        assertEquals(whole.metricSum(), shares.metricSum());
    }

    /** How a batch source is made: BatchObjective's and BatchShares's constructors. */
    private interface SourceFactory {
        BatchSource create(Network network, WeightedLoss loss, List<Penalty> penalties, Metric metric, Matrix features,
                           List<Matrix> targets, double[] recentErrors, int capacity);
    }

    /** The first evaluation of rows {@code order[from .. to)} from the weights of seed 1, with L2 and dropout seed 9. */
    private static Evaluation firstEvaluation(SourceFactory factory, NetworkSpec spec, int capacity, int[] order,
                                              int from, int to) {
        Network network = spec.build(Rng.seeded(1));
        BatchSource source = factory.create(network, LOSS, L2, ACCURACY, FEATURES_MATRIX, TARGETS, null, capacity);
        source.select(order, from, to, Rng.seeded(9));
        assertEquals(to - from, source.rows());
        float[] gradient = new float[network.params().size()];
        double value = source.evaluate(network.params().values(), gradient);
        return new Evaluation(value, gradient, source.firstMetricSum());
    }

    @Test
    void sharesGiveTheSameBitsSideBySideAsOneAfterAnother() throws Exception {
        NetworkSpec spec = spec(0.3);
        int[] order = Rng.seeded(7).permutation(ROWS);
        Supplier<Evaluation> evaluation = () -> {
            Network network = spec.build(Rng.seeded(3));
            BatchSource shares = new BatchShares(network, LOSS, L2, ACCURACY, FEATURES_MATRIX, TARGETS, null, 512);
            shares.select(order, 40, 552, Rng.seeded(2));
            float[] gradient = new float[network.params().size()];
            double value = shares.evaluate(network.params().values(), gradient);
            float[] again = new float[gradient.length];
            assertEquals(value, shares.evaluate(network.params().values(), again), "the dropout masks replay");
            assertArrayEquals(gradient, again);
            return new Evaluation(value, gradient, shares.firstMetricSum());
        };
        Evaluation sideBySide = evaluation.get();
        Evaluation alone = onOneThread(evaluation);
        assertEquals(sideBySide.value(), alone.value());
        assertArrayEquals(sideBySide.gradient(), alone.gradient());
    }

    private record Evaluation(double value, float[] gradient, double metricSum) {}

    /**
     * 1,257 training rows in batches of 512, 512 and 233: two batches of four shares and one whose
     * products are split over the cores, cut the same way when the caller runs the pieces itself.
     */
    @Test
    void trainingInSharesDoesNotDependOnTheNumberOfThreads() throws Exception {
        Split digits = SplitSpec.PRESET_70_20_10.apply(Datasets.builtin("digits"), Rng.seeded(1));
        assertEquals(1257, digits.train().rows());
        NetworkSpec net = NetworkSpec.input(64).dense(32, Activation.relu()).dropout(0.1).output(10);
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.withLearningRate(0.01))
                .withBatchSize(512).withEpochs(4).withSeed(8);
        Supplier<float[]> training = () -> new Trainer(config).fit(net, digits.train(), digits.validation())
                .model().parameters();
        float[] sideBySide = training.get();
        assertArrayEquals(sideBySide, onOneThread(training));
    }

    /** Runs {@code task} on a thread of a two-thread task pool, whose loops stay on that one thread. */
    private static <T> T onOneThread(Supplier<T> task) throws Exception {
        ExecutorService pool = Parallel.taskPool(2, "one-thread");
        try {
            Future<T> result = pool.submit(task::get);
            return result.get();
        } finally {
            pool.shutdown();
        }
    }

    private static NetworkSpec spec(double dropout) {
        NetworkSpec.Builder builder = NetworkSpec.input(FEATURES).dense(16, Activation.relu());
        return (dropout > 0 ? builder.dropout(dropout) : builder).dense(8, Activation.tanh()).output(CLASSES);
    }

    private static Matrix gaussian(int rows, int cols, Rng rng) {
        Matrix m = Matrix.zeros(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m.set(r, c, (float) rng.nextGaussian());
            }
        }
        return m;
    }

    private static Matrix labels(Rng rng) {
        Matrix m = Matrix.zeros(ROWS, 1);
        for (int r = 0; r < ROWS; r++) {
            m.set(r, 0, rng.nextInt(CLASSES));
        }
        return m;
    }
}
