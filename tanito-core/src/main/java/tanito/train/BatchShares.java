package tanito.train;

import java.util.ArrayList;
import java.util.List;
import tanito.linalg.MatMul;
import tanito.linalg.Matrix;
import tanito.linalg.Parallel;
import tanito.linalg.Params;
import tanito.linalg.Rng;
import tanito.linalg.Vectors;
import tanito.loss.WeightedLoss;
import tanito.metrics.Metric;
import tanito.nn.Network;
import tanito.regularize.Penalty;

/**
 * A mini-batch evaluated on this machine as several shares side by side, the way Spark's {@code sync}
 * mode evaluates it over partitions. The batch's n rows are cut into s contiguous shares, s the
 * largest power of two with {@code s <= n / MIN_SHARE_ROWS} (one share below 2 x 128 rows), at most
 * {@link #MAX_SHARES}. Share k's n_k rows are evaluated by a {@link BatchObjective} on a replica of the
 * network that reads the same live parameters and writes gradients of its own; the batch's loss and
 * gradient are then
 * <pre>
 *   L = sum_k (n_k / n) L_k + penalty(w),   g = sum_k (n_k / n) g_k + penalty'(w)
 * </pre>
 * (added in the shares' order, {@link Vectors#weightedSum}), the batch's mean loss and gradient. With one share
 * this is exactly the single {@link BatchObjective}'s computation, bit for bit. With several, share k
 * draws its dropout masks from the batch's stream split by k.
 *
 * <p>Why. On two cores a batch of 256 split this way runs each share's whole forward and backward pass
 * on one core, with single-threaded BLAS products of 128 rows and no hand-over between the layers;
 * splitting each product over the cores instead meets at a barrier a dozen times a step. The number of
 * shares depends on the batch's size alone, never on the number of threads, and each share's products
 * run whole on one thread ({@link Parallel#whole}), so a batch of several shares gives the same bits
 * side by side as one after another: on one thread, or when the BLAS library keeps the cores busy
 * with threads of its own ({@link MatMul#backendUsesAllCores()}). Measured at batch 256 on two cores
 * (./tanito bench, six interleaved runs each, samples/s): second epoch 87k to 94k, third 109k to 125k.
 */
public final class BatchShares implements BatchSource {
    /** The fewest rows of a share ({@code -Dtanito.shareRows=N} to measure others). */
    static final int MIN_SHARE_ROWS = Integer.getInteger("tanito.shareRows", 128);
    /** The most shares of one batch: each holds a gradient vector as large as the parameters. */
    static final int MAX_SHARES = 8;

    private final Network network;
    private final List<Penalty> penalties;
    private final List<BatchObjective> objectives = new ArrayList<>();
    private final List<float[]> gradients = new ArrayList<>();
    private final double[] weights;
    private final double[] losses;
    private int shares;
    private int rows;

    /**
     * @param network the network the optimiser moves; share 0 evaluates on it, the others on replicas
     * @param features the prepared rows the batches are drawn from
     * @param targets one target matrix per head, row-aligned with {@code features}
     * @param recentErrors where each row's loss at its last presentation is written, or null
     * @param capacity the largest batch
     */
    public BatchShares(Network network, WeightedLoss loss, List<Penalty> penalties, Metric metric, Matrix features,
                       List<Matrix> targets, double[] recentErrors, int capacity) {
        this.network = network;
        this.penalties = List.copyOf(penalties);
        int most = sharesFor(capacity);
        int shareCapacity = Math.min(capacity, Math.max(2 * MIN_SHARE_ROWS, (capacity + most - 1) / most));
        for (int k = 0; k < most; k++) {
            Network evaluator = k == 0 ? network : network.replica();
            objectives.add(new BatchObjective(evaluator, loss, List.of(), metric, features, targets, recentErrors,
                    most == 1 ? capacity : shareCapacity));
            gradients.add(evaluator.params().gradients());
        }
        this.weights = new double[most];
        this.losses = new double[most];
    }

    /** How many shares a batch of {@code rows} rows is cut into. */
    static int sharesFor(int rows) {
        int most = Math.max(1, Math.min(MAX_SHARES, rows / MIN_SHARE_ROWS));
        return Integer.highestOneBit(most);
    }

    @Override
    public void select(int[] order, int from, int to, Rng dropout) {
        rows = to - from;
        shares = sharesFor(rows);
        for (int k = 0; k < shares; k++) {
            int first = from + (int) ((long) rows * k / shares);
            int end = from + (int) ((long) rows * (k + 1) / shares);
            objectives.get(k).select(order, first, end, shares == 1 ? dropout : dropout.split(k));
            weights[k] = (double) (end - first) / rows;
        }
    }

    @Override
    public double evaluate(float[] x, float[] gradient) {
        Params params = network.params();
        float[] values = params.values();
        if (x != values) {
            System.arraycopy(x, 0, values, 0, x.length);
        }
        double loss;
        if (shares == 1) {
            loss = objectives.get(0).evaluate(values, params.gradients());
        } else {
            if (MatMul.backendUsesAllCores()) {
                evaluateShares(0, shares);
            } else {
                Parallel.forShares(shares, shares, this::evaluateShares);
            }
            loss = 0;
            for (int k = 0; k < shares; k++) {
                loss += weights[k] * losses[k];
            }
            Vectors.weightedSum(gradients.subList(0, shares), weights, params.gradients());
        }
        double value = loss + Penalty.total(penalties, params);
        if (Double.isFinite(value)) {
            Penalty.addGradients(penalties, params);
        }
        if (gradient != params.gradients()) {
            System.arraycopy(params.gradients(), 0, gradient, 0, gradient.length);
        }
        return value;
    }

    private void evaluateShares(int from, int to) {
        float[] values = network.params().values();
        for (int k = from; k < to; k++) {
            int share = k;
            Parallel.whole(() -> losses[share] = objectives.get(share).evaluate(values, gradients.get(share)));
        }
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public double firstMetricSum() {
        double sum = 0;
        for (int k = 0; k < shares; k++) {
            sum += objectives.get(k).firstMetricSum();
        }
        return sum;
    }
}
