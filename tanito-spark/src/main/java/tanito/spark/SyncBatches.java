package tanito.spark;

import java.util.List;
import tanito.linalg.Params;
import tanito.linalg.Rng;
import tanito.linalg.Vectors;
import tanito.nn.Network;
import tanito.regularize.Penalty;
import tanito.train.BatchSource;

/**
 * A batch evaluated on the cluster ({@code sync} mode): each evaluation sends the weights and, to each
 * partition, the local indices of its rows in the batch; partition p returns the mean loss L_p and
 * mean gradient g_p of its n_p rows ({@link ShareGradient}). The driver adds them in partition order
 * ({@link Vectors#weightedSum}, as {@link tanito.train.BatchShares} adds the shares of a batch on one
 * machine),
 * <pre>
 *   L = sum_p (n_p / n) L_p + penalty(w),   g = sum_p (n_p / n) g_p + penalty'(w)
 * </pre>
 * which is the batch's mean loss and gradient as one machine computes them (n = sum_p n_p); with one
 * partition the weight is exactly 1 and the result is bit-identical.
 */
final class SyncBatches implements BatchSource {
    private final ShardedData data;
    private final Recipe recipe;
    private final Network network;
    private final List<Penalty> penalties;
    private int[][] shares;
    private int rows;
    private Rng dropout;
    private int evaluations;
    private double firstMetricSum;

    /** @param network the driver's network, whose parameters the optimiser moves */
    SyncBatches(ShardedData data, Recipe recipe, Network network, List<Penalty> penalties) {
        this.data = data;
        this.recipe = recipe;
        this.network = network;
        this.penalties = List.copyOf(penalties);
    }

    @Override
    public void select(int[] order, int from, int to, Rng batchDropout) {
        int partitions = data.partitions();
        int[] counts = new int[partitions];
        for (int i = from; i < to; i++) {
            counts[data.partitionOf(order[i])]++;
        }
        shares = new int[partitions][];
        for (int p = 0; p < partitions; p++) {
            shares[p] = new int[counts[p]];
        }
        int[] filled = new int[partitions];
        for (int i = from; i < to; i++) {
            int p = data.partitionOf(order[i]);
            shares[p][filled[p]++] = order[i] - data.start(p);
        }
        rows = to - from;
        dropout = batchDropout;
        evaluations = 0;
    }

    @Override
    public double evaluate(float[] x, float[] gradient) {
        List<PartGradient> parts = data.map(new ShareGradient(recipe, x.clone(), shares, dropout));
        double[] weights = new double[parts.size()];
        double loss = 0;
        double metricSum = 0;
        for (int p = 0; p < weights.length; p++) {
            PartGradient part = parts.get(p);
            weights[p] = (double) part.rows() / rows;
            loss += part.rows() == 0 ? 0 : weights[p] * part.loss();
            metricSum += part.metricSum();
        }
        Params params = network.params();
        if (x != params.values()) {
            System.arraycopy(x, 0, params.values(), 0, x.length);
        }
        float[] g = params.gradients();
        Vectors.weightedSum(parts.stream().map(PartGradient::gradient).toList(), weights, g);
        double value = loss + Penalty.total(penalties, params);
        if (Double.isFinite(value)) {
            Penalty.addGradients(penalties, params);
        }
        if (gradient != g) {
            System.arraycopy(g, 0, gradient, 0, gradient.length);
        }
        if (evaluations++ == 0) {
            firstMetricSum = metricSum;
        }
        return value;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public double firstMetricSum() {
        return firstMetricSum;
    }
}
