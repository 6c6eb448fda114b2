package tanito.train;

import java.util.List;
import tanito.linalg.Matrix;
import tanito.loss.WeightedLoss;
import tanito.metrics.Evaluation;
import tanito.metrics.Metric;
import tanito.nn.Mode;
import tanito.nn.Network;
import tanito.regularize.Penalty;

/**
 * Evaluates a network in evaluation mode (dropout off) on prepared examples, in chunks of rows so
 * that memory stays bounded on large sets: loss (penalties included, as in training) and metric.
 */
final class Scorer {
    private static final int CHUNK_ROWS = 1024;

    private Scorer() {}

    static Evaluation score(Network network, WeightedLoss loss, List<Penalty> penalties, Metric metric, Examples data) {
        int n = data.rows();
        double lossSum = 0;
        double metricSum = 0;
        for (int from = 0; from < n; from += CHUNK_ROWS) {
            int to = Math.min(n, from + CHUNK_ROWS);
            Examples chunk = data.rows(from, to);
            List<Matrix> outputs = network.forward(chunk.features(), Mode.EVAL, null);
            lossSum += loss.evaluate(outputs, chunk.targets(), null) * (to - from);
            metricSum += metric.sum(outputs.get(0), chunk.targets().get(0));
        }
        double penalty = Penalty.total(penalties, network.params());
        return new Evaluation(n, lossSum / n + penalty, metric.key(), metricSum / n);
    }
}
