package tanito.train;

import java.util.List;
import tanito.linalg.Matrix;
import tanito.linalg.Params;
import tanito.linalg.Rng;
import tanito.loss.WeightedLoss;
import tanito.metrics.Metric;
import tanito.nn.Mode;
import tanito.nn.Network;
import tanito.regularize.Penalty;

/**
 * The loss of one mini-batch of prepared rows (scaled features, one target matrix per head), penalties
 * included, as a function of the network's parameters: what the optimiser minimises at each step.
 * The loss is the mean over the batch's rows, so the gradient is too. Every evaluation replays the
 * batch's dropout stream from its start, so the function is the same at every evaluation of a step
 * (L-BFGS's line search relies on that). Evaluating at x sets the network's parameters to x. The
 * metric of the first evaluation (at the point the step starts from) is kept for the epoch's report.
 * The batch's rows are gathered at that first evaluation, where the batch is evaluated: a share
 * evaluated on another core ({@link BatchShares}) gathers its rows on that core and finds them in its
 * own cache, and a whole batch has them gathered over the cores ({@link tanito.linalg.Rows#gather}).
 */
public final class BatchObjective implements BatchSource {
    private final Network network;
    private final WeightedLoss loss;
    private final List<Penalty> penalties;
    private final Metric metric;
    private final Matrix features;
    private final List<Matrix> targets;
    private final double[] recentErrors;
    private final Batch batch;
    private Rng dropout;
    private int[] order;
    private int from;
    private int to;
    private int evaluations;
    private double firstMetricSum;

    /**
     * @param features the prepared rows the batches are drawn from
     * @param targets one target matrix per head, row-aligned with {@code features}
     * @param recentErrors where each row's loss at its last presentation is written, or null
     * @param capacity the largest batch
     */
    public BatchObjective(Network network, WeightedLoss loss, List<Penalty> penalties, Metric metric, Matrix features,
                          List<Matrix> targets, double[] recentErrors, int capacity) {
        this.network = network;
        this.loss = loss;
        this.penalties = List.copyOf(penalties);
        this.metric = metric;
        this.features = features;
        this.targets = List.copyOf(targets);
        this.recentErrors = recentErrors;
        this.batch = new Batch(capacity, features.cols(), targets, network.spec().outputSizes());
    }

    @Override
    public void select(int[] epochOrder, int firstPosition, int end, Rng batchDropout) {
        dropout = batchDropout;
        order = epochOrder;
        from = firstPosition;
        to = end;
        evaluations = 0;
    }

    @Override
    public double evaluate(float[] x, float[] gradient) {
        Params params = network.params();
        if (x != params.values()) {
            System.arraycopy(x, 0, params.values(), 0, x.length);
        }
        if (evaluations == 0) {
            batch.fill(features, targets, order, from, to);
        }
        List<Matrix> outputs = network.forward(batch.features(), Mode.TRAIN, dropout.split());
        double value = loss.evaluate(outputs, batch.targets(), batch.gradients()) + Penalty.total(penalties, params);
        if (evaluations++ == 0) {
            firstMetricSum = metric.sum(outputs.get(0), batch.targets().get(0));
            recordRowErrors(outputs);
        }
        if (Double.isFinite(value)) {
            network.backward(batch.gradients());
            Penalty.addGradients(penalties, params);
        }
        if (gradient != params.gradients()) {
            System.arraycopy(params.gradients(), 0, gradient, 0, gradient.length);
        }
        return value;
    }

    /** Keeps each batch row's loss for the error-emphasising epoch order, when the data records them. */
    private void recordRowErrors(List<Matrix> outputs) {
        if (recentErrors == null) {
            return;
        }
        double[] rowLosses = new double[batch.rows()];
        loss.addRowLosses(outputs, batch.targets(), rowLosses);
        for (int i = 0; i < rowLosses.length; i++) {
            recentErrors[order[from + i]] = rowLosses[i];
        }
    }

    @Override
    public int rows() {
        return to - from;
    }

    @Override
    public double firstMetricSum() {
        return firstMetricSum;
    }
}
