package tanito.train;

import java.util.List;
import tanito.linalg.Matrix;
import tanito.linalg.Params;
import tanito.linalg.Rng;
import tanito.loss.WeightedLoss;
import tanito.metrics.Metric;
import tanito.nn.Mode;
import tanito.nn.Network;
import tanito.optim.Objective;
import tanito.regularize.Penalty;

/**
 * The loss of one mini-batch, penalties included, as a function of the network's parameters: what
 * the optimiser minimises at each step. Every evaluation replays the batch's dropout stream from its
 * start, so the function is the same at every evaluation of a step (L-BFGS's line search relies on
 * that). Evaluating at x sets the network's parameters to x. The metric of the first evaluation (at
 * the point the step starts from) is kept for the epoch's report.
 */
final class BatchObjective implements Objective {
    private final Network network;
    private final WeightedLoss loss;
    private final List<Penalty> penalties;
    private final Metric metric;
    private final Batch batch;
    private final Examples data;
    private Rng dropout;
    private int[] order;
    private int from;
    private int evaluations;
    private double firstMetricSum;

    BatchObjective(Network network, WeightedLoss loss, List<Penalty> penalties, Metric metric, Batch batch,
                   Examples data) {
        this.network = network;
        this.loss = loss;
        this.penalties = penalties;
        this.metric = metric;
        this.batch = batch;
        this.data = data;
    }

    /**
     * Starts a new batch, already gathered into the batch buffers from rows {@code order[from ..]},
     * with its own dropout stream.
     */
    void reset(Rng batchDropout, int[] epochOrder, int firstPosition) {
        dropout = batchDropout;
        order = epochOrder;
        from = firstPosition;
        evaluations = 0;
    }

    @Override
    public double evaluate(float[] x, float[] gradient) {
        Params params = network.params();
        if (x != params.values()) {
            System.arraycopy(x, 0, params.values(), 0, x.length);
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
        double[] errors = data.recentErrors();
        if (errors == null) {
            return;
        }
        double[] rowLosses = new double[batch.rows()];
        loss.addRowLosses(outputs, batch.targets(), rowLosses);
        for (int i = 0; i < rowLosses.length; i++) {
            errors[order[from + i]] = rowLosses[i];
        }
    }

    /** The metric's sum over the batch's rows at the first evaluation of the current batch. */
    double firstMetricSum() {
        return firstMetricSum;
    }
}
